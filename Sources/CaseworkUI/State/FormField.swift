import CaseworkCore

/// One field of a form, with its editor or its choices.
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
    /// The value the field was opened with (the option's label for a choice), and the choice: what the
    /// case held when the form was filled in, so a conflict can tell which fields someone else changed.
    public let original: String
    public let originalChoice: Int

    public init(id: String, label: String, kind: Kind, text: String = "", required: Bool = false,
                options: [Option] = [], choice: Int = 0) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
        editor = TextEditor(text, multiline: kind == .multiline)
        self.options = options
        self.choice = min(max(0, choice), max(0, options.count - 1))
        originalChoice = self.choice
        original = kind == .choice ? (options.indices.contains(self.choice) ? options[self.choice].label : "") : text.trimmed
    }

    public var selectedOption: Option? { options.indices.contains(choice) ? options[choice] : nil }

    /// The field's value as a sentence shows it: the text typed, or the chosen option's label.
    public var value: String { kind == .choice ? selectedOption?.label ?? "" : editor.text.trimmed }

    /// True once the practitioner typed in the field or chose another option.
    public var changed: Bool { kind == .choice ? choiceChanged : editor.changed }
}
