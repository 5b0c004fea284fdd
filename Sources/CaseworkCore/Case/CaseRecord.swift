/// One case: everything recorded about one person's assessment, saved as one JSON file.
///
/// A plain value. The store gives it its revision and history; screens and commands change a copy and
/// hand it back to the store, which is the only place a record is written.
public struct CaseRecord: Hashable, Sendable, Codable {
    /// The file format this program writes. A file with a higher number is refused, never rewritten.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var reference: CaseReference
    /// Goes up by one with every saved change; a save based on an older revision is a conflict.
    public var revision: Int
    public var createdAt: Timestamp
    public var createdBy: String
    public var updatedAt: Timestamp
    public var updatedBy: String

    public var subject: Subject
    /// The practitioner who leads the case (the OS user who created it unless set).
    public var lead: String
    public var status: CaseStatus
    public var templateID: String
    public var templateVersion: String
    public var referral: Referral

    /// Answers keyed by template item id; items not yet looked at have no entry.
    public var answers: [String: ItemAnswer]
    public var concerns: [Concern]
    public var strengths: [Strength]
    public var agencies: [AgencyInvolvement]
    public var actions: [CaseAction]
    public var decision: Decision?
    /// Version 1's case-wide consent switch, kept exactly as written so nothing is lost. It no longer gates
    /// sharing and is not edited: `CaseMigration` turned it into the first openness and agreement records.
    public var consent: ConsentRecord?
    /// Being open with the family about sharing (version 2); see `opennessLog`.
    public var openness: [OpennessRecord]?
    /// Agreement to receive a service, such as Channel support (version 2); see `agreementLog`.
    public var agreements: [ServiceAgreement]?
    /// The people in this case other than the subject, and whether each may be named (version 2).
    public var people: [PersonInCase]?
    public var sharing: [SharingRecord]
    /// Every saved change, oldest first; enough to recreate the record as it was at any revision.
    public var history: [HistoryEntry]

    /// The retention rule id from the settings; nil means the settings' default rule. Optional so files
    /// written before retention existed still load.
    public var retentionRule: String?
    /// Set while the case must not be deleted whatever its retention rule says.
    public var legalHold: LegalHold?
    /// The day the case was closed, from which closure-based retention rules count.
    public var closedOn: LocalDate?
    /// Answers to items a later template version retired, kept as they were when the case moved to it
    /// (`casework template migrate`). Optional so files written before migrations existed still load.
    public var retiredAnswers: [RetiredAnswer]?
    /// True when the practitioner chose to see every item, including those for another age group
    /// (parenting for an adult); nil or false means the checklist follows the person's age (ChecklistScope).
    public var allItemsIncluded: Bool?

    public init(
        reference: CaseReference, subject: Subject, lead: String, referral: Referral,
        templateID: String, templateVersion: String, createdAt: Timestamp, createdBy: String
    ) {
        schemaVersion = CaseRecord.currentSchemaVersion
        self.reference = reference
        revision = 0
        self.createdAt = createdAt
        self.createdBy = createdBy
        updatedAt = createdAt
        updatedBy = createdBy
        self.subject = subject
        self.lead = lead
        status = .newReferral
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.referral = referral
        answers = [:]
        concerns = []
        strengths = []
        agencies = []
        actions = []
        decision = nil
        consent = nil
        openness = []
        agreements = []
        people = []
        sharing = []
        history = []
    }

    public func answer(for itemID: String) -> ItemAnswer { answers[itemID] ?? ItemAnswer() }
}
