import CaseworkCore

/// A text field's contents and cursor: multi-line or single-line, moved by character, word and line.
///
/// Works on Characters (grapheme clusters), so an accented name or an emoji is one step of the cursor,
/// and lays text out with the same widths the Grid draws, so the cursor lands where the text is.
public struct TextEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// An index into `characters`: the cursor sits before that character.
    public private(set) var cursor: Int
    public let multiline: Bool
    /// True once the text differs from what it was opened with.
    public private(set) var changed = false

    public init(_ text: String = "", multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.multiline = multiline
    }

    public var text: String { String(characters) }

    // MARK: Editing

    public mutating func insert(_ text: String) {
        var incoming = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        if !multiline { incoming = incoming.replacing("\n", with: " ") }
        let new = Array(incoming)
        guard !new.isEmpty else { return }
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
        changed = true
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
        changed = true
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        changed = true
    }

    /// Deletes the word before the cursor (Ctrl-W, as in a shell).
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        guard start < cursor else { return }
        characters.removeSubrange(start..<cursor)
        cursor = start
        changed = true
    }

    public mutating func markSaved() { changed = false }

    /// Marks restored text (a draft) as not yet saved.
    public mutating func markChanged() { changed = true }

    // MARK: Moving

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }
    public mutating func wordLeft() { cursor = wordStart(before: cursor) }
    public mutating func wordRight() {
        var index = cursor
        while index < characters.count, !isWord(characters[index]) { index += 1 }
        while index < characters.count, isWord(characters[index]) { index += 1 }
        cursor = index
    }

    /// Start of the visual line (Home).
    public mutating func home(width: Int) {
        let layout = layout(width: width)
        cursor = layout[TextEditor.row(of: cursor, in: layout)].start
    }

    /// End of the visual line (End).
    public mutating func end(width: Int) {
        let layout = layout(width: width)
        cursor = TextEditor.lastPosition(of: TextEditor.row(of: cursor, in: layout), in: layout)
    }

    /// The last cursor position that still belongs to a visual line: before the break space of a
    /// soft-wrapped line, since the position after it is the start of the next line.
    static func lastPosition(of row: Int, in layout: [Line]) -> Int {
        let line = layout[row]
        if row + 1 < layout.count, layout[row + 1].start == line.end, line.end > line.start { return line.end - 1 }
        return line.end
    }

    /// Up or down one visual line, keeping the column as far as the line allows. False at the edge.
    @discardableResult
    public mutating func vertical(_ delta: Int, width: Int) -> Bool {
        let layout = layout(width: width)
        let row = TextEditor.row(of: cursor, in: layout)
        let target = row + delta
        guard target >= 0, target < layout.count else { return false }
        let column = columnWidth(layout[row].start, cursor)
        let line = layout[target]
        var index = line.start
        var used = 0
        let limit = TextEditor.lastPosition(of: target, in: layout)
        while index < limit {
            let width = TextEditor.width(of: characters[index])
            if used + width > column { break }
            used += width
            index += 1
        }
        cursor = index
        return true
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0, !isWord(characters[index - 1]) { index -= 1 }
        while index > 0, isWord(characters[index - 1]) { index -= 1 }
        return index
    }

    private func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" }

    // MARK: Layout

    /// One visual line: characters `start..<end`. A line broken at a space keeps the space at its end.
    public struct Line: Hashable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// Columns a character takes once sanitised, exactly as `Grid.write` draws it.
    public static func width(of character: Character) -> Int {
        let shown = TextSanitizer.line(String(character))
        if shown == String(character) { return max(1, DisplayWidth.of(character)) }
        return shown.reduce(0) { $0 + max(1, DisplayWidth.of($1)) }
    }

    private func columnWidth(_ from: Int, _ to: Int) -> Int {
        var total = 0
        for index in from..<to { total += TextEditor.width(of: characters[index]) }
        return total
    }

    /// Word-wrapped visual lines for a field `width` columns wide (one column kept for the cursor).
    public func layout(width: Int) -> [Line] {
        let usable = max(2, width - 1)
        var lines: [Line] = []
        var start = 0
        var index = 0
        var used = 0
        var lastSpace: Int?
        while index < characters.count {
            let character = characters[index]
            if character == "\n", multiline {
                lines.append(Line(start: start, end: index))
                index += 1
                start = index
                used = 0
                lastSpace = nil
                continue
            }
            let width = TextEditor.width(of: character)
            if used + width > usable, index > start {
                if let space = lastSpace, space + 1 > start, space + 1 < index + 1 {
                    lines.append(Line(start: start, end: space + 1))
                    start = space + 1
                } else {
                    lines.append(Line(start: start, end: index))
                    start = index
                }
                used = columnWidth(start, index)
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += width
            index += 1
        }
        lines.append(Line(start: start, end: characters.count))
        return lines
    }

    /// The visual line holding the cursor: the last one starting at or before it.
    public static func row(of cursor: Int, in layout: [Line]) -> Int {
        layout.lastIndex { $0.start <= cursor } ?? 0
    }

    /// The cursor's visual row and column for a field `width` wide.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let layout = layout(width: width)
        let row = TextEditor.row(of: cursor, in: layout)
        return (row, columnWidth(layout[row].start, cursor))
    }

    /// The text of each visual line, for drawing (trailing break spaces kept: they take columns).
    public func visualLines(width: Int) -> [String] {
        layout(width: width).map { String(characters[$0.start..<$0.end]) }
    }
}
