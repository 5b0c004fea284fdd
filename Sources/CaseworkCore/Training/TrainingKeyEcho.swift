/// The presenter aid: the last few keys pressed, as a line for the status bar, so a room watching a
/// projector can see what the trainer did to get from one screen to the next.
///
/// The workbench names each key (`Down`, `Enter`, `2`, `Ctrl-S`) and says whether it was typed into a text
/// field. Typing is shown as one "(typing)" token rather than letter by letter: the room needs the
/// navigation, and a status line full of letters hides it.
public struct TrainingKeyEcho: Hashable, Sendable {
    public static let typingToken = "(typing)"

    /// How many keys are kept; older ones scroll off.
    public let capacity: Int
    public private(set) var keys: [String] = []

    public init(capacity: Int = 8) {
        self.capacity = max(1, capacity)
    }

    /// Records one key press. `isText` marks a character typed into a text field.
    public mutating func record(_ name: String, isText: Bool = false) {
        let token = isText ? TrainingKeyEcho.typingToken : TextSanitizer.line(name)
        if isText, keys.last == TrainingKeyEcho.typingToken { return }
        keys.append(token)
        if keys.count > capacity { keys.removeFirst(keys.count - capacity) }
    }

    public mutating func clear() { keys.removeAll() }

    /// "Keys: Down Down Enter 2", cut from the left to fit `width` columns so the newest key always shows.
    public func line(width: Int) -> String {
        guard !keys.isEmpty, width > 0 else { return "" }
        let prefix = "Keys: "
        var shown = keys
        while shown.count > 1, DisplayWidth.of(prefix + shown.joined(separator: " ")) > width {
            shown.removeFirst()
        }
        return DisplayWidth.truncate(prefix + shown.joined(separator: " "), to: width)
    }
}
