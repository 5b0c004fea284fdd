/// The practitioner's change to what one share carries: an entry added (a belief-only entry, which goes
/// to nobody by default) or left out, always with the reason, which the share record keeps.
public struct EntryChoice: Hashable, Sendable, Codable {
    /// An entry id as `ShareContents` names it: `concern:3`, `strength:1`, `action:2`, `answer:ITEM`.
    public var id: String
    public var include: Bool
    public var reason: String

    public init(id: String, include: Bool, reason: String) {
        self.id = id
        self.include = include
        self.reason = reason
    }
}
