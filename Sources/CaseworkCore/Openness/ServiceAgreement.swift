import FoundationEssentials

/// Agreement to receive a service such as Channel support, which is voluntary: who agreed (the person,
/// or a parent for a child), their capacity or competence, and whether it was given, refused or
/// withdrawn. It never gates sharing; a refused or withdrawn agreement is a warning before a share.
public struct ServiceAgreement: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var by: AgreementParty
    /// The name or role of whoever answered, for example "Mother (fictional)".
    public var who: String
    /// The person's capacity (an adult) or competence (a young person), as the practitioner judged it.
    public var capacity: String
    public var status: AgreementStatus
    public var on: LocalDate?
    /// What the agreement is to, for example "Channel support".
    public var service: String
    public var recordedAt: Timestamp
    public var recordedBy: String

    public init(
        id: Int, by: AgreementParty, who: String = "", capacity: String = "", status: AgreementStatus, on: LocalDate?,
        service: String = "", recordedAt: Timestamp, recordedBy: String
    ) {
        self.id = id
        self.by = by
        self.who = who
        self.capacity = capacity
        self.status = status
        self.on = on
        self.service = service
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// Whose agreement: the person's own (an adult with capacity, a competent young person) or a parent's.
public enum AgreementParty: String, CaseIterable, Hashable, Sendable, Codable {
    case person
    case parent

    public var label: String { self == .person ? "The person" : "A parent or carer" }
}

public enum AgreementStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case given
    case refused
    case withdrawn

    public var label: String { rawValue.capitalized }
}
