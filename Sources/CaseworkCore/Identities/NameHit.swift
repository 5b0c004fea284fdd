/// One mention of a protected person in what a share would send: who, where, and the words around it,
/// so the practitioner can decide, mention by mention, to let the role stand in or to name them.
public struct NameHit: Hashable, Sendable {
    /// The person's name as the case records it, and the role that replaces it when redacted.
    public var name: String
    public var role: String
    /// The entry it is in, as `ShareContents` names entries (`concern:2`, `answer:ITEM`), or the part of
    /// the summary for text that is not an entry of its own (`agencies`, `consent`).
    public var entryID: String
    /// The field of that entry: `what`, `note`, `source`, `reason` and so on.
    public var field: String
    /// A short, sanitised stretch of the text with the mention in it.
    public var context: String

    public init(name: String, role: String, entryID: String, field: String, context: String) {
        self.name = name
        self.role = role
        self.entryID = entryID
        self.field = field
        self.context = context
    }
}
