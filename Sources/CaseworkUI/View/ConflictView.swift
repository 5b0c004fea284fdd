import CaseworkCore

extension Frame {
    /// Beside text held by a conflict: what the other session saved in the same field, and what to do.
    /// Drawn in the guidance's place, above the editor; returns the rows used.
    @discardableResult
    mutating func drawConflict(_ held: SaveConflict, row start: Int, column x: Int, width: Int, bottom: Int) -> Int {
        var row = start
        guard row < bottom else { return 0 }
        for field in held.fields where row < bottom {
            rule("\(field.label) as \(held.by) saved it", row: row, column: x, width: width)
            row += 1
            let theirs = field.theirs.isEmpty ? "(empty)" : field.theirs
            row += grid.paragraph(theirs, row: row, column: x, width: width, maxRows: max(1, min(4, bottom - row - 2)), style: .guidance)
        }
        guard row < bottom else { return row - start }
        let save = held.target == .form ? "F2" : "Esc"
        let advice: String
        if held.choosing {
            advice = "m keep yours · t keep theirs · b keep both · e edit yours"
        } else if held.clashes {
            advice = "Yours is not saved: you both changed this. \(save) to choose which to keep."
        } else {
            advice = "Yours is not saved yet: they changed other parts. \(save) saves yours on top."
        }
        row += grid.paragraph(advice, row: row, column: x, width: width, maxRows: min(2, bottom - row), style: .warning)
        return row - start
    }
}
