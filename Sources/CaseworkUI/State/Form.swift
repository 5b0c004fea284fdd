import CaseworkCore

/// A short form: the new-case form, a log entry, the decision. Every text field edits in place; Tab and
/// the arrows move between fields.
public struct Form: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case newCase
        /// Adding (id nil) or editing an entry of a log.
        case entry(LogKind, id: Int?)
        case decision
        /// Sharing the summary with the recipient on the summary screen.
        case share
        /// Recording a decision not to share with that recipient.
        case decline
        /// Openness with the family and agreement to a service, on the summary screen (`consent` in drafts).
        case consent
        /// Correcting the person's and the referral's details, on the overview.
        case details
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

    public func text(_ id: String) -> String { self[id].editor.text.trimmed }
    public func choice(_ id: String) -> String? { self[id].selectedOption?.id }

    public var isBlank: Bool { fields.allSatisfy { $0.kind == .choice || $0.editor.text.isEmpty || !$0.editor.changed } }
    public var changed: Bool { fields.contains { $0.editor.changed || $0.choiceChanged } }
}
