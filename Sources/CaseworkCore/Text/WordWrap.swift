/// Breaks text into lines no wider than a number of columns, at spaces where it can, and inside a word
/// only when the word alone is too long. Newlines in the text start new lines.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        // ASCII without carriage returns (where "\r\n" is one character): split the bytes, much faster
        // than splitting characters; a 200-item case's summary spent a third of its time here.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            for paragraph in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
                result.append(contentsOf: wrapParagraph(String(decoding: paragraph, as: UTF8.self), width: width))
            }
            return result
        }
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
        // In ASCII text a space byte is a space character, and splitting bytes is several times faster.
        let words = paragraph.utf8.allSatisfy({ $0 < 0x80 })
            ? paragraph.utf8.split(separator: 0x20, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            : paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for word in words {
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
