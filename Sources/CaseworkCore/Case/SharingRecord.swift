/// One decision to share, or not to share, information from the case.
public struct SharingRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    /// A recipient profile id from the authority's settings.
    public var recipient: String
    public var shared: Bool
    /// What was shared (or withheld): the sections and format.
    public var what: String
    public var why: String
    public var at: Timestamp
    public var by: String
    /// The consent position at the time, copied so the record stands even if consent later changes.
    /// On records from version 1 only: the consent position then, copied so the record stands.
    public var consent: ConsentRecord?
    /// The decision behind the share (version 2): basis, purpose, openness, how, exactly what went.
    public var decision: ShareDecision?
    /// The case revision the shared summary was built from.
    public var caseRevision: Int
    public var format: String
    public var file: String

    public init(
        id: Int, recipient: String, shared: Bool, what: String, why: String, at: Timestamp, by: String,
        consent: ConsentRecord?, caseRevision: Int, format: String = "", file: String = "",
        decision: ShareDecision? = nil
    ) {
        self.decision = decision
        self.id = id
        self.recipient = recipient
        self.shared = shared
        self.what = what
        self.why = why
        self.at = at
        self.by = by
        self.consent = consent
        self.caseRevision = caseRevision
        self.format = format
        self.file = file
    }
}
