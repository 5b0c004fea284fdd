import FoundationEssentials

/// The practitioner's answer to one checklist item: a judgement and the evidence for it.
public struct ItemAnswer: Hashable, Sendable, Codable {
    public var status: AnswerStatus
    /// The evidence, or for a narrative item the text itself.
    public var note: String
    /// Where the information came from (a person, a document, an agency).
    public var source: String
    public var observedOn: LocalDate?
    public var basis: EvidenceBasis?
    /// For a scale item, the 0-10 judgement.
    public var scale: Int?

    public init(
        status: AnswerStatus = .notAssessed, note: String = "", source: String = "",
        observedOn: LocalDate? = nil, basis: EvidenceBasis? = nil, scale: Int? = nil
    ) {
        self.status = status
        self.note = note
        self.source = source
        self.observedOn = observedOn
        self.basis = basis
        self.scale = scale
    }

    /// True once the practitioner has recorded anything for the item.
    public var isAnswered: Bool {
        status != .notAssessed || !note.isEmpty || scale != nil
    }
}

/// The judgement on an item. "Unknown - information needed" is an honest answer of its own, listed in
/// every summary, and never the same as "no concern".
public enum AnswerStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case notAssessed = "not-assessed"
    case noConcern = "no-concern"
    case someConcern = "some-concern"
    case significantConcern = "significant-concern"
    case notApplicable = "not-applicable"
    case unknown

    public var label: String {
        switch self {
        case .notAssessed: "Not yet assessed"
        case .noConcern: "No concern"
        case .someConcern: "Some concern"
        case .significantConcern: "Significant concern"
        case .notApplicable: "Not applicable"
        case .unknown: "Unknown - information needed"
        }
    }

    /// The single key that sets this status in the workbench and its short CLI name.
    public var key: Character {
        switch self {
        case .notAssessed: "x"
        case .noConcern: "0"
        case .someConcern: "1"
        case .significantConcern: "2"
        case .notApplicable: "n"
        case .unknown: "u"
        }
    }

    /// Accepts the raw value, the key, or a few natural words ("none", "some", "significant", "na").
    public init?(loose text: String) {
        let lowered = text.lowercased().trimmedOfSpaces
        if let exact = AnswerStatus(rawValue: lowered) { self = exact; return }
        switch lowered {
        case "0", "none", "no", "no concern": self = .noConcern
        case "1", "some", "some concern": self = .someConcern
        case "2", "significant", "significant concern": self = .significantConcern
        case "n", "na", "n/a", "not applicable": self = .notApplicable
        case "u", "unknown", "information-needed", "information needed": self = .unknown
        case "x", "clear", "not assessed", "notassessed": self = .notAssessed
        default: return nil
        }
    }
}

/// Whether a piece of evidence is an observed fact or a professional opinion; summaries keep them apart.
public enum EvidenceBasis: String, CaseIterable, Hashable, Sendable, Codable {
    case fact
    case opinion

    public var label: String { self == .fact ? "Fact" : "Professional opinion" }
}
