import CaseworkCore

/// A short form: the new-case form, a log entry, the decision. Every text field edits in place; Tab and
/// the arrows move between fields.
public struct Form: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case newCase
        /// Adding (id nil) or editing an entry of a log.
        case entry(LogKind, id: Int?)
        case decision
    }

    public var purpose: Purpose
    public var fields: [FormField]
    public var focus: Int = 0
    /// Set after a first Esc on a form that cannot be saved: a second Esc discards it.
    public var discardArmed = false

    public init(purpose: Purpose, fields: [FormField]) {
        self.purpose = purpose
        self.fields = fields
    }

    public subscript(id: String) -> FormField {
        get { fields.first { $0.id == id }! }
        set { if let index = fields.firstIndex(where: { $0.id == id }) { fields[index] = newValue } }
    }

    public func text(_ id: String) -> String { self[id].editor.text.trimmingCharacters(in: .whitespacesAndNewlines) }
    public func choice(_ id: String) -> String? { self[id].selectedOption?.id }

    public var isBlank: Bool { fields.allSatisfy { $0.kind == .choice || $0.editor.text.isEmpty || !$0.editor.changed } }
    public var changed: Bool { fields.contains { $0.editor.changed || $0.choiceChanged } }
}

public struct FormField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case text, multiline, date, choice }

    public struct Option: Hashable, Sendable {
        public var id: String
        public var label: String
        public var detail: String

        public init(id: String, label: String, detail: String = "") {
            self.id = id
            self.label = label
            self.detail = detail
        }
    }

    public var id: String
    public var label: String
    public var kind: Kind
    public var required: Bool
    public var editor: TextEditor
    public var options: [Option]
    public var choice: Int
    public var choiceChanged = false

    public init(id: String, label: String, kind: Kind, text: String = "", required: Bool = false,
                options: [Option] = [], choice: Int = 0) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
        editor = TextEditor(text, multiline: kind == .multiline)
        self.options = options
        self.choice = min(max(0, choice), max(0, options.count - 1))
    }

    public var selectedOption: Option? { options.indices.contains(choice) ? options[choice] : nil }
}
