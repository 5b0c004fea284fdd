import CaseworkCore

extension Frame {
    /// The share review: the warnings, each entry with its check mark and why it goes, the names found,
    /// scrolled together with the highlighted row kept in view; the reason being typed at the foot.
    mutating func drawShareReview(_ box: Box) {
        guard let review = state.sharing.review else { return }
        let name = state.summaryProfile?.name ?? "?"
        grid.write(" Share with \(name): what goes, entry by entry", row: box.row, column: 0, style: .heading, maxWidth: box.width)
        let lines = state.shareReviewLines
        let promptRows = review.asking == nil ? 0 : 2
        let rows = max(1, box.height - 2 - promptRows)
        let cursorLine = lines.firstIndex { $0.target == review.cursor }
        var top = min(review.scroll, max(0, lines.count - rows))
        if let cursorLine {
            if cursorLine < top { top = max(0, cursorLine - 1) }
            if cursorLine + 2 > top + rows { top = min(cursorLine, cursorLine + 2 - rows) }
        }
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let row = box.row + 1 + offset
            let selected = line.target != nil && line.target == review.cursor
            let style: Style = switch line.kind {
            case .heading: .heading
            case .warning: .warning
            case .item: .normal
            case .detail: .muted
            case .changed: .reminder
            }
            if selected { grid.fill(row: row, column: 1, width: box.width - 2, style: .selected) }
            grid.write(line.text, row: row, column: 1, style: selected ? .selected : style, maxWidth: box.width - 2)
        }
        if let asking = review.asking {
            let row = box.bottom - 1 - promptRows
            let kept = asking.question + " (kept in the share record)"
            rule(DisplayWidth.of(kept) + 4 <= box.width - 2 ? kept : asking.question, row: row, column: 1, width: box.width - 2)
            let width = max(10, box.width - 6)
            let position = asking.editor.cursorPosition(width: width)
            let visible = asking.editor.visualLines(width: width)
            grid.write("> ", row: row + 1, column: 1, style: .heading)
            if visible.indices.contains(position.row) {
                grid.write(visible[position.row], row: row + 1, column: 3, style: .input, maxWidth: width)
            }
            grid.cursor = (row + 1, 3 + position.column)
        }
        let last = min(lines.count, top + rows)
        let keys = review.asking == nil
            ? "Space change · Enter next: basis, then share · Esc back"
            : "Enter keeps the reason · Esc changes nothing"
        grid.write("Lines \(top + 1)-\(last) of \(lines.count) · \(keys)", row: box.bottom - 1, column: 1, style: .muted, maxWidth: box.width - 2)
    }
}
