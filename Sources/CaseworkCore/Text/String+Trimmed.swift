extension StringProtocol {
    /// Without white space (spaces, tabs, line breaks) at either end; FoundationEssentials has no
    /// `trimmingCharacters(in:)`, and the full Foundation's would link ICU (see PathText).
    public var trimmed: String { trimmed(where: \.isWhitespace) }

    /// Without spaces and tabs at either end; line breaks stay.
    public var trimmedOfSpaces: String { trimmed { $0.isWhitespace && !$0.isNewline } }

    /// Without the characters `predicate` picks at either end.
    public func trimmed(where predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else { return "" }
        return String(self[first...last])
    }
}
