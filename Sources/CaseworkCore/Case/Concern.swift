import FoundationEssentials

/// One entry in the concerns log: something seen or reported, with where it came from.
public struct Concern: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var what: String
    public var observedOn: LocalDate?
    public var source: String
    /// The template section id the concern belongs under (engagement, intent, capability, ...).
    public var heading: String
    /// Whether the concern is about behaviour or about a belief; belief alone is not a safeguarding concern.
    public var nature: ConcernNature
    /// How serious the behaviour is; nil for a belief-only entry, which is not a safeguarding concern and is
    /// never graded (a version-1 file's grade on one is kept as written).
    public var severity: ConcernSeverity?
    public var basis: EvidenceBasis
    public var recordedAt: Timestamp
    public var recordedBy: String

    public init(
        id: Int, what: String, observedOn: LocalDate?, source: String, heading: String,
        nature: ConcernNature, severity: ConcernSeverity?, basis: EvidenceBasis = .fact,
        recordedAt: Timestamp, recordedBy: String
    ) {
        self.id = id
        self.what = what
        self.observedOn = observedOn
        self.source = source
        self.heading = heading
        self.nature = nature
        self.severity = severity
        self.basis = basis
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

public enum ConcernNature: String, CaseIterable, Hashable, Sendable, Codable {
    case behaviour
    case belief

    public var label: String { self == .behaviour ? "Behaviour" : "Belief only" }
}

extension Concern {
    /// A belief with no behaviour attached: not counted as a concern and sent to nobody unless chosen.
    public var isBeliefOnly: Bool { nature == .belief }

    /// "High", or "No severity (belief only)".
    public var severityLabel: String { severity?.label ?? "No severity (belief only)" }
}

public enum ConcernSeverity: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case low
    case medium
    case high

    public var label: String { rawValue.capitalized }

    public static func < (lhs: ConcernSeverity, rhs: ConcernSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
