/// Something that needs to happen, with who does it and by when.
public struct CaseAction: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var what: String
    public var owner: String
    public var due: LocalDate?
    public var done: Bool
    public var doneOn: LocalDate?

    public init(id: Int, what: String, owner: String, due: LocalDate?, done: Bool = false, doneOn: LocalDate? = nil) {
        self.id = id
        self.what = what
        self.owner = owner
        self.due = due
        self.done = done
        self.doneOn = doneOn
    }
}
