import CaseworkCore

/// A case on screen: the record as last saved, its checklist, and whether someone else holds it.
public struct OpenCase: Hashable, Sendable {
    public var record: CaseRecord
    public var template: ChecklistTemplate
    /// Set when another session has the case: every change is refused and the banner says who.
    public var heldBy: CaseHold.Holder?
    public var readOnly: Bool

    public init(record: CaseRecord, template: ChecklistTemplate, readOnly: Bool = false, heldBy: CaseHold.Holder? = nil) {
        self.record = record
        self.template = template
        self.readOnly = readOnly
        self.heldBy = heldBy
    }
}
