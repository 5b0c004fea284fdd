import FoundationEssentials

/// Consent to share information about the case, and the lawful basis that applies.
public struct ConsentRecord: Hashable, Sendable, Codable {
    public var sought: Bool
    /// Why consent was not sought (for example it would put someone at risk).
    public var notSoughtReason: String
    /// Whose consent: the person, or a parent for a child.
    public var from: String
    public var outcome: ConsentOutcome?
    public var outcomeOn: LocalDate?
    /// UK GDPR Article 6 basis, for example "6(1)(e) public task".
    public var article6Basis: String
    /// For special category data, the Article 9 condition, for example "9(2)(g) with DPA 2018 Sch.1 para 18".
    public var article9Condition: String
    /// A recorded justification for sharing without consent (safety, public interest).
    public var overrideJustification: String

    public init(
        sought: Bool = false, notSoughtReason: String = "", from: String = "", outcome: ConsentOutcome? = nil,
        outcomeOn: LocalDate? = nil, article6Basis: String = "", article9Condition: String = "",
        overrideJustification: String = ""
    ) {
        self.sought = sought
        self.notSoughtReason = notSoughtReason
        self.from = from
        self.outcome = outcome
        self.outcomeOn = outcomeOn
        self.article6Basis = article6Basis
        self.article9Condition = article9Condition
        self.overrideJustification = overrideJustification
    }
}

public enum ConsentOutcome: String, CaseIterable, Hashable, Sendable, Codable {
    case given
    case refused
    case withdrawn

    public var label: String { rawValue.capitalized }
}
