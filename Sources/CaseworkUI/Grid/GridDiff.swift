/// The cells that differ between the Grid on screen and the next one: what the terminal layer writes.
///
/// Pure, so the promise that moving the highlight one line rewrites a line or two (never the screen)
/// is tested without a terminal.
public enum GridDiff {
    /// Positions of cells to draw, in order. A changed continuation cell draws the wide character it
    /// belongs to. With no previous grid (first paint, resize), every cell is drawn.
    public static func changes(from old: Grid?, to new: Grid) -> [(row: Int, column: Int)] {
        let previous = old?.size == new.size ? old : nil
        var result: [(row: Int, column: Int)] = []
        for row in 0..<new.size.rows {
            let cells = new.cells[row]
            if let previous, previous.cells[row] == cells { continue }
            var column = 0
            while column < cells.count {
                if let previous, previous.cells[row][column] == cells[column] {
                    column += 1
                    continue
                }
                let start = cells[column].isContinuation && column > 0 ? column - 1 : column
                if result.last.map({ $0.row == row && $0.column == start }) != true { result.append((row, start)) }
                column = max(column + 1, start + max(1, cells[start].width))
            }
        }
        return result
    }

    /// Rows with at least one change.
    public static func changedRows(from old: Grid?, to new: Grid) -> Set<Int> {
        Set(changes(from: old, to: new).map(\.row))
    }
}
