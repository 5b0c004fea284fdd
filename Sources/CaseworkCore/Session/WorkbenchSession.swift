/// Where a practitioner was in the workbench, kept so that the next start can offer to go back there.
///
/// Written on a tick whenever it changed, and holds any editor text not yet saved into the case, so that
/// even a killed process (no chance to save) loses at most a second or two of typing.
public struct WorkbenchSession: Hashable, Sendable, Codable {
    public var reference: CaseReference?
    /// The screen's stable name (`overview`, `checklist`, ...).
    public var screen: String
    public var itemID: String?
    public var draft: Draft?
    public var savedAt: Timestamp

    public init(reference: CaseReference?, screen: String, itemID: String?, draft: Draft?, savedAt: Timestamp) {
        self.reference = reference
        self.screen = screen
        self.itemID = itemID
        self.draft = draft
        self.savedAt = savedAt
    }

    /// Text typed into a field that had not yet been saved into the case.
    public struct Draft: Hashable, Sendable, Codable {
        /// Which field: `note`, `source` or `date` of the item, or `rationale` of the decision.
        public var field: String
        public var itemID: String?
        public var text: String

        public init(field: String, itemID: String?, text: String) {
            self.field = field
            self.itemID = itemID
            self.text = text
        }
    }
}
