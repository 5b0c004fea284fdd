/// The parts of a `Summary`. Plain values with sanitised text; optional fields are left out of JSON.
extension Summary {
    public struct Recipient: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
    }

    /// Which special category data the summary holds, so the reader (and the practitioner before
    /// sharing) sees it at once.
    public struct SpecialCategoryNotice: Hashable, Sendable, Codable {
        /// Labels such as "religion or belief", sorted.
        public var categories: [String]
        /// Where it is: "Assessment: Identity", "Concerns: Engagement with a group or cause".
        public var fields: [String]
    }

    public struct CaseDetails: Hashable, Sendable, Codable {
        public var reference: String
        public var status: String
        public var openedOn: LocalDate
        public var referralReceivedOn: LocalDate
        public var lead: String
        /// The case revision the summary was built from.
        public var caseRevision: Int
        public var reviewOn: LocalDate?
        public var template: String
    }

    public struct SubjectPart: Hashable, Sendable, Codable {
        public var name: String
        public var dateOfBirth: LocalDate?
        /// Age on the day the summary was made.
        public var age: Int?
    }

    /// A piece of recorded evidence with where it came from, when, and whether it is fact or opinion.
    public struct Evidence: Hashable, Sendable, Codable {
        public var itemID: String
        public var title: String
        public var status: AnswerStatus?
        /// The status in the words of the item's section ("In place" for a strength).
        public var statusLabel: String?
        public var text: String
        public var source: String
        public var observedOn: LocalDate?
        public var basis: EvidenceBasis?
        /// Special category labels, when the item is flagged special category.
        public var specialCategories: [String]?
        /// True when the item may hold information about people other than the subject.
        public var thirdParty: Bool?
    }

    public struct ReferralPart: Hashable, Sendable, Codable {
        public var reason: String
        public var receivedOn: LocalDate
        public var details: [Evidence]
    }

    public struct ReferrerPart: Hashable, Sendable, Codable {
        public var name: String
        public var role: String
        public var details: [Evidence]
    }

    public struct AgencyPart: Hashable, Sendable, Codable {
        public var agency: String
        public var contact: String
        public var contribution: String
        public var checkedOn: LocalDate?
    }

    public struct ConcernEntry: Hashable, Sendable, Codable {
        public var id: Int
        public var what: String
        public var source: String
        public var observedOn: LocalDate?
        public var basis: EvidenceBasis
        public var nature: ConcernNature
        public var severity: ConcernSeverity?
    }

    public struct ConcernGroup: Hashable, Sendable, Codable {
        public var heading: String
        public var title: String
        /// Special category labels when concerns under this heading count as special category data.
        public var specialCategories: [String]?
        public var concerns: [ConcernEntry]
    }

    public struct StatusCount: Hashable, Sendable, Codable {
        public var status: AnswerStatus
        public var count: Int
    }

    /// One heading of the checklist: how its items were rated, and the evidence for each answer.
    public struct AssessmentSection: Hashable, Sendable, Codable {
        public var id: String
        public var title: String
        public var counts: [StatusCount]
        public var items: [Evidence]
    }

    public struct StrengthEntry: Hashable, Sendable, Codable {
        public var id: Int
        public var what: String
        public var source: String
        public var observedOn: LocalDate?
    }

    public struct StrengthsPart: Hashable, Sendable, Codable {
        public var recorded: [StrengthEntry]
        public var assessed: [Evidence]
    }

    public struct UnknownsPart: Hashable, Sendable, Codable {
        /// Items answered "unknown - information needed".
        public var items: [Evidence]
        /// Checklist items this recipient may see that nobody has assessed yet.
        public var notYetAssessed: Int
    }

    public struct AnalysisPart: Hashable, Sendable, Codable {
        public var worried: String
        public var workingWell: String
        public var needsToHappen: String
        public var behaviourOrBelief: String
        public var changed: String
        public var scale: Int?
        public var scaleMin: Int
        public var scaleMax: Int
        public var scaleMinLabel: String
        public var scaleMaxLabel: String
    }

    public struct DecisionPart: Hashable, Sendable, Codable {
        public var made: Bool
        public var threshold: String?
        public var route: String?
        public var rationale: String?
        public var decidedBy: String?
        public var decidedOn: LocalDate?
        public var reviewOn: LocalDate?
    }

    public struct ActionPart: Hashable, Sendable, Codable {
        public var id: Int
        public var what: String
        public var owner: String
        public var due: LocalDate?
        public var done: Bool
        public var doneOn: LocalDate?
    }

    /// The basis this summary is shared under, what the family was told and the latest agreement to a
    /// service; the version-1 consent fields only for a case migrated with them.
    public struct ConsentPart: Hashable, Sendable, Codable {
        public var recorded: Bool
        /// The Article 6 basis of this share, and the Article 9 condition when special category data goes.
        public var shareBasis: String?
        public var shareCondition: String?
        /// The latest openness entry, as a sentence ("Told on 2026-10-12: ...", "Not told, because ...").
        public var openness: String?
        /// The latest agreement to a service, as a sentence ("Withdrawn by a parent on 2026-11-02").
        public var agreement: String?
        public var sought: Bool?
        public var notSoughtReason: String?
        public var from: String?
        public var outcome: ConsentOutcome?
        public var outcomeOn: LocalDate?
        public var article6Basis: String?
        public var article9Condition: String?
        public var overrideJustification: String?
    }

    public struct PreviousShare: Hashable, Sendable, Codable {
        public var sharedAt: Timestamp
        public var sharedBy: String
        public var caseRevision: Int
    }

    public struct Change: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable { case added, removed }
        public var section: SummarySection
        public var kind: Kind
        public var text: String
    }

    /// What differs from the summary last shared with this recipient, compared section by section, so
    /// nothing outside the recipient's sections can show through.
    public struct ChangesPart: Hashable, Sendable, Codable {
        /// Nil when nothing has been shared with this recipient before.
        public var previous: PreviousShare?
        public var changes: [Change]
        /// Set when the earlier revision could not be recreated.
        public var problem: String?
    }
}
