import CaseworkCore

/// A save asked for and not yet answered: the case as it was before the change was shown on screen
/// (put back if the save fails or meets a conflict, so a refused change never becomes the basis of the
/// next save), and the text or form that made it, so nothing typed is lost either way.
public struct PendingSave: Hashable, Sendable {
    /// The case as last confirmed by the store.
    public var before: CaseRecord
    /// The editor text that was saved, with the field's text it was typed over.
    public var edit: WorkbenchSession.Draft?
    /// The form that was saved.
    public var form: Form?

    public init(before: CaseRecord, edit: WorkbenchSession.Draft? = nil, form: Form? = nil) {
        self.before = before
        self.edit = edit
        self.form = form
    }
}
