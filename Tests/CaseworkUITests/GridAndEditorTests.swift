import CaseworkCore
import CaseworkUI
import Testing

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsWithAContinuation() {
        var grid = Grid(size: Size(columns: 10, rows: 1))
        let used = grid.write("a日b", row: 0, column: 0)
        #expect(used == 4)
        #expect(grid.cells[0][1].width == 2)
        #expect(grid.cells[0][2].isContinuation)
        #expect(grid.cells[0][3].character == "b")
        #expect(grid.text == "a日b")
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var grid = Grid(size: Size(columns: 3, rows: 1))
        grid.write("ab日", row: 0, column: 0)
        #expect(grid.text == "ab")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: Size(columns: 4, rows: 1))
        grid.write("日本", row: 0, column: 0)
        grid.write("x", row: 0, column: 1)
        #expect(grid.text == " x本")
    }

    @Test func everythingWrittenIsSanitised() {
        var grid = Grid(size: Size(columns: 60, rows: 2))
        grid.write("a\u{1B}[2J\rb\u{202E}c\u{9B}", row: 0, column: 0)
        #expect(grid.text.hasPrefix("a^[[2J^Mb<U+202E>c<U+009B>"))
        grid.paragraph("x\u{1B}]0;t\u{07}", row: 1, column: 0, width: 60, maxRows: 1)
        #expect(grid.text.contains("x^[]0;t^G"))
    }
}

@Suite struct TextEditorTests {
    @Test func movesByCharacterWordAndLine() {
        var editor = TextEditor("Zoë said 日本 was far", multiline: true)
        editor.wordLeft()
        #expect(editor.cursor == 16)
        editor.wordLeft()
        editor.wordLeft()
        #expect(editor.cursor == 9)
        editor.left()
        editor.backspace()
        #expect(editor.text == "Zoë sai 日本 was far")
        editor.wordRight()
        #expect(editor.cursor == 10)
        editor.home(width: 80)
        #expect(editor.cursor == 0)
        editor.right()
        editor.right()
        editor.deleteForward()
        #expect(editor.text == "Zo sai 日本 was far")
        editor.end(width: 80)
        #expect(editor.cursor == editor.characters.count)
    }

    @Test func wrapsAtSpacesAndMovesBetweenVisualLines() {
        var editor = TextEditor("one two three four five", multiline: true)
        #expect(editor.visualLines(width: 11) == ["one two ", "three ", "four five"])
        #expect(editor.cursorPosition(width: 11).row == 2)
        #expect(editor.cursorPosition(width: 11).column == 9)
        editor.vertical(-1, width: 11)
        #expect(editor.cursorPosition(width: 11).row == 1)
        #expect(editor.cursor == 13)
        editor.vertical(-1, width: 11)
        #expect(editor.cursorPosition(width: 11).row == 0)
        #expect(editor.cursor == 5)
        let moved = editor.vertical(-1, width: 11)
        #expect(!moved)
    }

    @Test func wideCharactersCountTwoColumns() {
        let editor = TextEditor("日本語日本語", multiline: true)
        #expect(editor.visualLines(width: 7) == ["日本語", "日本語"])
        #expect(editor.cursorPosition(width: 7).column == 6)
    }

    @Test func newlinesStartLinesAndSingleLineFieldsFlattenThem() {
        var multi = TextEditor("", multiline: true)
        multi.insert("a\r\nb\rc")
        #expect(multi.text == "a\nb\nc")
        #expect(multi.visualLines(width: 20).count == 3)
        var single = TextEditor("")
        single.insert("a\nb")
        #expect(single.text == "a b")
    }

    @Test func ctrlWDeletesAWord() {
        var editor = TextEditor("keep these words")
        editor.deleteWordBackward()
        #expect(editor.text == "keep these ")
        #expect(editor.changed)
    }
}

@Suite struct GridDiffTests {
    @Test func movingTheHighlightOneLineRedrawsTwoRows() {
        var state = Fixtures.state()
        let before = view(state, size: Fixtures.small)
        Fixtures.press(&state, .down)
        let after = view(state, size: Fixtures.small)
        #expect(GridDiff.changedRows(from: before, to: after) == [3, 4])
    }

    @Test func movingInTheOverviewRedrawsTwoRows() {
        var state = Fixtures.openState(size: Fixtures.large)
        let before = view(state, size: Fixtures.large)
        Fixtures.press(&state, .down)
        let after = view(state, size: Fixtures.large)
        #expect(GridDiff.changedRows(from: before, to: after).count == 2)
    }

    @Test func anUnchangedScreenDrawsNothingAndANewOneDrawsEverything() {
        let state = Fixtures.state()
        let grid = view(state, size: Fixtures.small)
        #expect(GridDiff.changes(from: grid, to: grid).isEmpty)
        // Every cell, a wide character counting once for its two columns.
        #expect(GridDiff.changes(from: nil, to: grid).count == 80 * 24 - grid.cells.joined().filter(\.isContinuation).count)
    }

    @Test func aChangedWideCharacterIsDrawnFromItsFirstCell() {
        var old = Grid(size: Size(columns: 6, rows: 1))
        old.write("ab日", row: 0, column: 0)
        var new = Grid(size: Size(columns: 6, rows: 1))
        new.write("ab本", row: 0, column: 0)
        #expect(GridDiff.changes(from: old, to: new).map(\.column) == [2])
    }
}

/// The focus a screen reader follows when no text field has the cursor.
@Suite struct GridFocusTests {
    @Test func theFirstHighlightedTextIsTheFocus() {
        var grid = Grid(size: Size(columns: 20, rows: 4))
        grid.write("Cases", row: 0, column: 0, style: .title)
        grid.fill(row: 2, style: .selected)
        grid.write("KTR-4827", row: 2, column: 1, style: .selected)
        grid.write("other", row: 3, column: 1, style: .selected)
        #expect(grid.focus?.row == 2 && grid.focus?.column == 1)
        #expect(grid.cursorOrFocus?.row == 2)
    }

    @Test func aViewsOwnFocusAndATextCursorComeFirst() {
        var grid = Grid(size: Size(columns: 20, rows: 4))
        grid.write("row", row: 1, column: 0, style: .selected)
        grid.focus = (3, 5)
        #expect(grid.focus?.row == 3 && grid.focus?.column == 5)
        grid.cursor = (0, 2)
        #expect(grid.cursorOrFocus?.row == 0 && grid.cursorOrFocus?.column == 2)
    }

    @Test func aGridWithNothingHighlightedHasNoFocus() {
        var grid = Grid(size: Size(columns: 20, rows: 2))
        grid.write("plain", row: 0, column: 0)
        #expect(grid.focus == nil)
    }
}
