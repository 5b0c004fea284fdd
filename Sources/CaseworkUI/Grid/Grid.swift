import CaseworkCore

/// The screen as the view draws it: rows of cells with display widths and semantic styles.
///
/// The only way to put text in is `write`, which passes it through `TextSanitizer`, so no stored name or
/// note can reach the terminal as an escape sequence, whichever screen draws it.
public struct Grid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [[Cell]]
    /// Where the terminal cursor should sit (in a text field), or nil to hide it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set {
            cursorRow = newValue?.row
            cursorColumn = newValue?.column ?? 0
        }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0

    /// Where the focused thing is (the selected row, the current item's status, a button) when no text
    /// field has the cursor. Screen readers and braille displays follow the terminal cursor, so the
    /// terminal layer parks the cursor here, hidden or visible, instead of on the last row.
    /// A view sets it where the focus is not simply the first highlighted text.
    public var focus: (row: Int, column: Int)? {
        get { focusRow.map { ($0, focusColumn) } ?? firstSelected.map { ($0.row, $0.column) } }
        set {
            focusRow = newValue?.row
            focusColumn = newValue?.column ?? 0
        }
    }
    private var focusRow: Int?
    private var focusColumn = 0
    /// The first text written in the selection style: the highlighted row on every list.
    private var firstSelected: Position?

    private struct Position: Hashable, Sendable {
        var row: Int
        var column: Int
    }

    /// Where the terminal cursor goes after a paint: the text cursor if a field has one, else the focus.
    public var cursorOrFocus: (row: Int, column: Int)? { cursor ?? focus }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: Array(repeating: .blank, count: max(0, size.columns)), count: max(0, size.rows))
    }

    /// Writes one line of text at a position, cut at `maxWidth` columns (or the right edge). Returns the
    /// columns used. Newlines and control characters show as visible escapes.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < size.rows, column < size.columns else { return 0 }
        let limit = min(size.columns, column + (maxWidth ?? size.columns))
        var x = column
        if style.role == .selected, firstSelected == nil, !text.isEmpty { firstSelected = Position(row: row, column: max(0, column)) }
        for character in TextSanitizer.line(text) {
            var shown = character
            var width = DisplayWidth.of(character)
            if width <= 0 { shown = "\u{FFFD}"; width = 1 }
            if x + width > limit { break }
            if x >= 0 { place(Cell(character: shown, width: width, style: style), row: row, column: x) }
            x += width
        }
        return max(0, x - column)
    }

    /// Fills a stretch of a row with spaces in a style (bars, selections).
    public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let end = min(size.columns, column + (width ?? size.columns))
        var x = max(0, column)
        while x < end {
            place(Cell(character: " ", width: 1, style: style), row: row, column: x)
            x += 1
        }
    }

    /// Word-wraps text into a box; returns the rows used. Newlines in the text start new lines.
    @discardableResult
    public mutating func paragraph(_ text: String, row: Int, column: Int, width: Int, maxRows: Int, style: Style = .normal) -> Int {
        guard width > 0, maxRows > 0 else { return 0 }
        let lines = Grid.wrap(text, width: width)
        for (index, line) in lines.prefix(maxRows).enumerated() {
            write(line, row: row + index, column: column, style: style, maxWidth: width)
        }
        if lines.count > maxRows, maxRows > 0 {
            let last = row + maxRows - 1
            let shown = DisplayWidth.prefix(lines[maxRows - 1], fitting: max(1, width - 1)).0
            fill(row: last, column: column, width: width, style: style)
            write(shown + "…", row: last, column: column, style: style, maxWidth: width)
        }
        return min(lines.count, maxRows)
    }

    /// The wrapped lines of a text, sanitised first so the widths are those of what is drawn.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let lines = WordWrap.lines(TextSanitizer.multiline(text), width: max(1, width))
        return lines.isEmpty ? [""] : lines
    }

    private mutating func place(_ cell: Cell, row: Int, column: Int) {
        // Overwriting half of a wide character blanks its other half, as a terminal would.
        if cells[row][column].isContinuation, column > 0 { cells[row][column - 1] = .blank }
        if cells[row][column].width == 2, column + 1 < size.columns { cells[row][column + 1] = .blank }
        cells[row][column] = cell
        if cell.width == 2 {
            if column + 1 < size.columns {
                if cells[row][column + 1].width == 2, column + 2 < size.columns { cells[row][column + 2] = .blank }
                cells[row][column + 1] = Cell(character: " ", width: 0, style: cell.style)
            } else {
                cells[row][column] = Cell(character: " ", width: 1, style: cell.style)
            }
        }
    }

    /// The grid as plain text, one line per row with trailing spaces cut: what snapshots compare.
    public var text: String {
        cells.map { row in
            var line = ""
            for cell in row where !cell.isContinuation { line.append(cell.character) }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
            && lhs.focusRow == rhs.focusRow && lhs.focusColumn == rhs.focusColumn && lhs.firstSelected == rhs.firstSelected
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
    }
}
