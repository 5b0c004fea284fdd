/// Numbers for log entries (concerns, strengths, agencies, actions, sharing records): one more than the
/// highest in use, so a number removed in error is never given to a new entry and the history stays
/// unambiguous about which entry a change touched.
extension Array where Element: Identifiable, Element.ID == Int {
    public var nextID: Int { (map(\.id).max() ?? 0) + 1 }
}
