/// Where one case stands against its retention rule, as `casework retention` lists it.
public struct RetentionStatus: Hashable, Sendable {
    public var reference: CaseReference
    public var ruleID: String?
    public var ruleName: String?
    /// The first day the case may be deleted; nil while it cannot be worked out (not closed yet, no age).
    public var dueOn: LocalDate?
    public var hold: LegalHold?
    /// Why the due date is unknown, or why the case could not be read.
    public var note: String?

    public func isDue(on today: LocalDate) -> Bool {
        guard let dueOn else { return false }
        return dueOn <= today
    }

    /// Due and not held: deletion may go ahead after confirmation.
    public func mayBeDeleted(on today: LocalDate) -> Bool { isDue(on: today) && hold == nil }
}
