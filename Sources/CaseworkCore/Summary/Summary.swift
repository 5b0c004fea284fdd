/// A multi-agency summary built for one recipient: only the parts their profile names, every piece of
/// text already sanitised, so every front end and every format shows the same need-to-know content.
///
/// A part the profile does not name is nil and is left out of every format, JSON included (the encoder
/// omits nil). The JSON form is documented in docs/summary-json-schema.json.
public struct Summary: Hashable, Sendable, Codable {
    public static let formatName = "casework-summary"
    public static let currentFormatVersion = 1

    public var format: String
    public var formatVersion: Int
    /// A preview that has not been shared: every page says so.
    public var draft: Bool
    public var generatedAt: Timestamp
    public var generatedBy: String
    public var authority: String
    public var recipient: Recipient
    /// The sections included: those the profile names, less special category data or the referrer when
    /// the practitioner did not choose them.
    public var sections: [SummarySection]
    /// Present when the summary holds special category data: which kinds, and in which fields.
    public var specialCategory: SpecialCategoryNotice?

    public var caseDetails: CaseDetails?
    public var subject: SubjectPart?
    public var referral: ReferralPart?
    public var referrer: ReferrerPart?
    public var agencies: [AgencyPart]?
    public var concerns: [ConcernGroup]?
    public var assessment: [AssessmentSection]?
    public var strengths: StrengthsPart?
    public var unknowns: UnknownsPart?
    public var analysis: AnalysisPart?
    public var decision: DecisionPart?
    public var actions: [ActionPart]?
    public var consent: ConsentPart?
    public var changes: ChangesPart?

    public init(
        draft: Bool, generatedAt: Timestamp, generatedBy: String, authority: String, recipient: Recipient,
        sections: [SummarySection]
    ) {
        format = Summary.formatName
        formatVersion = Summary.currentFormatVersion
        self.draft = draft
        self.generatedAt = generatedAt
        self.generatedBy = generatedBy
        self.authority = authority
        self.recipient = recipient
        self.sections = sections
    }

    /// True when any part holds special category data.
    public var containsSpecialCategory: Bool { !(specialCategory?.fields.isEmpty ?? true) }
}
