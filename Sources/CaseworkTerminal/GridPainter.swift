#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import CaseworkUI

/// Draws Grids on the terminal, writing only the cells that differ from the last Grid drawn, so moving
/// the highlight one line rewrites two lines and never the whole screen.
final class GridPainter {
    private let screen: TerminalScreen
    private var last: Grid?
    /// Cells written by the last paint (tests and the curious can watch the diff work).
    private(set) var cellsWritten = 0

    /// A visible cursor on the focus, and no decorative lines for a braille display to spell out.
    private let accessible: Bool

    init(screen: TerminalScreen, accessible: Bool = false) {
        self.screen = screen
        self.accessible = accessible
        if screen.colours { GridPainter.definePairs() }
    }

    /// True after a resize, until the next paint.
    var needsPaint: Bool { last == nil }

    /// Forgets what is on screen, so the next paint draws everything (after a resize).
    func invalidate() {
        last = nil
        wclear(screen.window)
    }

    func paint(_ grid: Grid) {
        let window = screen.window
        let changes = GridDiff.changes(from: last, to: grid)
        for change in changes {
            draw(grid.cells[change.row][change.column], row: change.row, column: change.column, window: window)
        }
        cellsWritten = changes.count
        // The cursor always ends on the focused thing, moved there last, so a screen reader or braille
        // display following it reads the selected case, item, field or button. It shows in a text field,
        // and everywhere when the user asked for an accessible screen.
        if let cursor = grid.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else if let focus = grid.focus {
            curs_set(accessible ? 1 : 0)
            wmove(window, Int32(focus.row), Int32(focus.column))
        } else {
            curs_set(accessible ? 1 : 0)
            wmove(window, Int32(grid.size.rows - 1), 0)
        }
        wrefresh(window)
        last = grid
    }

    private func draw(_ cell: Cell, row: Int, column: Int, window: UnsafeMutablePointer<WINDOW>) {
        // Box-drawing lines (U+2500 to U+257F) carry no information: a braille display would read each
        // "─" of a rule aloud, so an accessible screen draws them as spaces.
        let decorative = accessible && cell.character.unicodeScalars.allSatisfy { (0x2500...0x257F).contains($0.value) }
        var characters: [wchar_t] = (decorative ? " " : cell.character).unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var complex = cchar_t()
        let (attributes, pair) = style(cell.style)
        _ = characters.withUnsafeBufferPointer { setcchar(&complex, $0.baseAddress, attributes, pair, nil) }
        mvwadd_wch(window, Int32(row), Int32(column), &complex)
    }

    /// Colour pair numbers are the role's position + 1.
    private static func definePairs() {
        for (index, role) in Style.Role.allCases.enumerated() {
            let (foreground, background) = colours(role)
            init_pair(Int16(index + 1), foreground, background)
        }
    }

    private static func colours(_ role: Style.Role) -> (Int16, Int16) {
        switch role {
        case .normal, .input: (-1, -1)
        case .title: (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        // Reverse video in the terminal's own colours: as visible, and ~20 bytes less per move over SSH.
        case .selected: (-1, -1)
        case .muted: (-1, -1)
        case .warning: (Int16(COLOR_RED), -1)
        case .keyBar: (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .keyName: (-1, -1)
        case .banner: (Int16(COLOR_WHITE), Int16(COLOR_RED))
        case .heading: (Int16(COLOR_CYAN), -1)
        case .guidance: (Int16(COLOR_GREEN), -1)
        case .reminder: (Int16(COLOR_MAGENTA), -1)
        case .good: (Int16(COLOR_GREEN), -1)
        }
    }

    /// Attributes and colour pair for a style. Without colour every role still reads: selection and
    /// bars in reverse, headings and warnings bold, muted text dim.
    private func style(_ style: Style) -> (attr_t, Int16) {
        var attributes = nc_a_normal()
        if style.bold { attributes |= nc_a_bold() }
        if style.reverse { attributes |= nc_a_reverse() }
        if style.underline { attributes |= nc_a_underline() }
        if screen.colours {
            if style.role == .muted { attributes |= nc_a_dim() }
            // Roles in the terminal's own colours use pair 0: the same look, and no colour codes sent.
            if GridPainter.colours(style.role) == (-1, -1) { return (attributes, 0) }
            let index = Style.Role.allCases.firstIndex(of: style.role) ?? 0
            return (attributes, Int16(index + 1))
        }
        switch style.role {
        case .title, .banner: attributes |= nc_a_reverse() | nc_a_bold()
        case .selected, .keyBar: attributes |= nc_a_reverse()
        case .muted: attributes |= nc_a_dim()
        case .warning, .keyName, .heading: attributes |= nc_a_bold()
        case .reminder: attributes |= nc_a_bold() | nc_a_underline()
        case .input: attributes |= nc_a_underline()
        case .normal, .guidance, .good: break
        }
        return (attributes, 0)
    }
}
