/// Being open with the person and family about sharing: what they were told and when, or why they were
/// not told. Separate from the lawful basis and from agreement to a service (DOMAIN.md, "Information
/// sharing", rule 3); one entry per conversation, never overwritten.
public struct OpennessRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var told: Bool
    /// Who was told, for example "Mother" or "the person".
    public var who: String
    /// What they were told will be shared, with whom and why.
    public var what: String
    /// Why they were not told (for example it would put a child at risk).
    public var whyNot: String
    public var on: LocalDate?
    public var recordedAt: Timestamp
    public var recordedBy: String

    public init(
        id: Int, told: Bool, who: String = "", what: String = "", whyNot: String = "", on: LocalDate?,
        recordedAt: Timestamp, recordedBy: String
    ) {
        self.id = id
        self.told = told
        self.who = who
        self.what = what
        self.whyNot = whyNot
        self.on = on
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}
