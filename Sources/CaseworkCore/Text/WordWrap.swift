/// Breaks text into lines no wider than a number of columns, at spaces where it can, and inside a word
/// only when the word alone is too long. Newlines in the text start new lines.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return result
    }

    static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        if DisplayWidth.of(paragraph) <= width { return [paragraph] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var piece = word
            var pieceWidth = DisplayWidth.of(piece)
            let gap = current.isEmpty ? 0 : 1
            if currentWidth + gap + pieceWidth <= width {
                current += (gap == 1 ? " " : "") + piece
                currentWidth += gap + pieceWidth
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            currentWidth = 0
            while pieceWidth > width {
                var (head, _) = DisplayWidth.prefix(piece, fitting: width)
                if head.isEmpty { head = String(piece.prefix(1)) }
                lines.append(head)
                piece = String(piece.dropFirst(head.count))
                pieceWidth = DisplayWidth.of(piece)
            }
            current = piece
            currentWidth = pieceWidth
        }
        lines.append(current)
        return lines
    }
}
