/// Where a practitioner was in the workbench, kept so that the next start can offer to go back there.
///
/// Written on a tick whenever it changed, and holds any editor text not yet saved into the case, so that
/// even a killed process (no chance to save) loses at most a second or two of typing.
public struct WorkbenchSession: Hashable, Sendable, Codable {
    public var reference: CaseReference?
    /// The screen's stable name (`overview`, `checklist`, ...).
    public var screen: String
    public var itemID: String?
    /// The recipient the summary screen was previewing (absent on other screens and in older files), so
    /// a resume lands on the same recipient's summary, not the internal record.
    public var recipient: String?
    public var draft: Draft?
    /// A form being filled in and not yet saved (absent in files from before forms were kept).
    public var form: FormDraft?
    public var savedAt: Timestamp

    public init(reference: CaseReference?, screen: String, itemID: String?, recipient: String? = nil, draft: Draft?,
                form: FormDraft? = nil, savedAt: Timestamp) {
        self.reference = reference
        self.screen = screen
        self.itemID = itemID
        self.recipient = recipient
        self.draft = draft
        self.form = form
        self.savedAt = savedAt
    }

    /// What was typed and chosen in a form that could not be saved yet (a new case without a name, say),
    /// so a dropped connection or a crash does not lose it.
    public struct FormDraft: Hashable, Sendable, Codable {
        /// Which form: `new-case`, `decision`, `consent`, or `entry:<log>:<id or new>`.
        public var purpose: String
        /// Text typed, by field id (only fields that were changed).
        public var texts: [String: String]
        /// The option chosen, by field id (only choices that were changed).
        public var choices: [String: String]
        /// The field the cursor was in.
        public var focus: String?
        /// Who saved the case first when this form met a conflict that was not yet resolved: the form is
        /// put back as a conflict on resume, never saved by itself.
        public var conflictWith: String?
        /// What the case held in each changed field when the form was filled in (absent in older files):
        /// on resume, a field someone else changed since comes back as a conflict.
        public var basedOn: [String: String]?

        public init(purpose: String, texts: [String: String], choices: [String: String], focus: String?,
                    conflictWith: String? = nil, basedOn: [String: String]? = nil) {
            self.purpose = purpose
            self.texts = texts
            self.choices = choices
            self.focus = focus
            self.conflictWith = conflictWith
            self.basedOn = basedOn
        }
    }

    /// Text typed into a field that had not yet been saved into the case.
    public struct Draft: Hashable, Sendable, Codable {
        /// Which field: `note`, `source` or `date` of the item, or `rationale` of the decision.
        public var field: String
        public var itemID: String?
        public var text: String
        /// The field's saved text the typing started from: on resume, a field someone else changed since
        /// comes back as a conflict instead of being saved over (absent in older files).
        public var basedOn: String?
        /// Who saved the same case first when this text met a conflict that was not yet resolved.
        public var conflictWith: String?

        public init(field: String, itemID: String?, text: String, basedOn: String? = nil, conflictWith: String? = nil) {
            self.field = field
            self.itemID = itemID
            self.text = text
            self.basedOn = basedOn
            self.conflictWith = conflictWith
        }
    }
}
