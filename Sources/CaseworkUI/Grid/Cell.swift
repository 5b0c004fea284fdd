/// One terminal column. A wide character occupies its own cell (width 2) and a continuation cell
/// (width 0) after it, so the grid's columns match the terminal's one for one.
public struct Cell: Hashable, Sendable {
    public var character: Character
    /// 1 or 2 for a cell that starts a character, 0 for the second half of a wide one.
    public var width: Int
    public var style: Style

    public init(character: Character, width: Int, style: Style) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell(character: " ", width: 1, style: .normal)

    public var isContinuation: Bool { width == 0 }
}
