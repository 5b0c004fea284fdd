/// One line of the overview menu: a checklist section or another part of the case.
public enum OverviewEntry: Hashable, Sendable {
    case section(Int)
    case log(LogKind)
    case decision
    case summary
}
