/// The practitioner's decision that a person may be named in one share, with the reason kept.
public struct NameConfirmation: Hashable, Sendable, Codable {
    public var name: String
    public var reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}
