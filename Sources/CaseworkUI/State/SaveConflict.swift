/// A save that another session got in before: what was typed stays on screen, unsaved, beside what they
/// saved, until the practitioner saves again on purpose. While it exists nothing is saved from the
/// editor or the form by itself (idle save, leaving the field, a signal, quitting).
public struct SaveConflict: Hashable, Sendable {
    /// What the conflict is about: a field of a checklist item in the editor, or the form on screen.
    public enum Target: Hashable, Sendable {
        case item(itemID: String, field: ItemField)
        case form
    }

    /// One field the practitioner changed: its label, the value it had when they started, and the value
    /// the other session saved. A clash is a field both changed, so one has to be chosen.
    public struct Field: Hashable, Sendable {
        public var id: String
        public var label: String
        public var base: String
        public var theirs: String
        public var clash: Bool

        public init(id: String, label: String, base: String, theirs: String, clash: Bool) {
            self.id = id
            self.label = label
            self.base = base
            self.theirs = theirs
            self.clash = clash
        }
    }

    /// What the practitioner can do when fields clash: keep theirs, yours, both, or go on editing.
    public enum Choice: Hashable, Sendable {
        case mine, theirs, both, edit
    }

    /// Who saved the case first.
    public var by: String
    public var target: Target
    public var fields: [Field]
    /// Set while "keep mine / keep theirs / keep both / go on editing" is on screen.
    public var choosing = false

    public init(by: String, target: Target, fields: [Field]) {
        self.by = by
        self.target = target
        self.fields = fields
    }

    /// True when the other session changed a field that was also typed in: saving needs a choice.
    public var clashes: Bool { fields.contains { $0.clash } }

    /// The labels of the clashing fields, for sentences: "Evidence", "Rationale and Review on".
    public var clashLabels: String {
        let labels = fields.filter(\.clash).map(\.label)
        guard labels.count > 1 else { return labels.first ?? "" }
        return labels.dropLast().joined(separator: ", ") + " and " + labels.last!
    }
}
