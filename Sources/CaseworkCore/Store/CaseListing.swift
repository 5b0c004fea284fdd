/// What the case list shows for one case, kept in the index so that listing 10,000 cases reads one file.
public struct CaseListing: Hashable, Sendable, Codable {
    public var reference: CaseReference
    public var subjectName: String
    public var subjectInitials: String
    public var status: CaseStatus
    public var lead: String
    public var updatedAt: Timestamp
    public var revision: Int
    public var templateID: String
    /// The template version the case is assessed on, so the list counts its items, not the newest's.
    public var templateVersion: String
    public var answeredItems: Int
    public var concerns: Int
    public var threshold: String?
    public var reviewOn: LocalDate?
    /// Set when the file could not be read; the list shows the reason instead of hiding the case.
    public var problem: String?

    public init(record: CaseRecord) {
        reference = record.reference
        subjectName = record.subject.name
        subjectInitials = record.subject.initials
        status = record.status
        lead = record.lead
        updatedAt = record.updatedAt
        revision = record.revision
        templateID = record.templateID
        templateVersion = record.templateVersion
        answeredItems = record.answers.values.filter(\.isAnswered).count
        concerns = record.concerns.count
        threshold = record.decision?.threshold
        reviewOn = record.decision?.reviewOn
        problem = nil
    }

    public init(unreadable reference: CaseReference, problem: String) {
        self.reference = reference
        subjectName = ""
        subjectInitials = "?"
        status = .newReferral
        lead = ""
        updatedAt = Timestamp(secondsSinceEpoch: 0)
        revision = 0
        templateID = ""
        templateVersion = ""
        answeredItems = 0
        concerns = 0
        threshold = nil
        reviewOn = nil
        self.problem = problem
    }
}
