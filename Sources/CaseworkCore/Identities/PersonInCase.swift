/// Someone other than the subject whom the case names: a family member, another child, a contact. A
/// summary never names them unless they may be named, or the practitioner confirms a mention for one
/// share with a reason; otherwise every mention in free text is replaced by their role.
public struct PersonInCase: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var name: String
    /// How they stand to the person, as it replaces their name: "a relative", "a friend", "the mother".
    public var role: String
    public var mayBeNamed: Bool

    public init(id: Int, name: String, role: String, mayBeNamed: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.mayBeNamed = mayBeNamed
    }
}
