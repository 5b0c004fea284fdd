import CaseworkUI
import Testing

/// Bytes as ncurses hands them over, in; keys out. Escape sequences the workbench does not know are read
/// to their end and dropped, so text holding ESC never acts as Esc, F2 or commands.
@Suite struct KeySequenceFilterTests {
    /// Feeds text as codes with no pause between them (as `tmux send-keys -l` or a burst does), then a pause.
    static func keys(_ parts: [KeySequenceFilter.Input], pause: Bool = true) -> [Key] {
        var filter = KeySequenceFilter()
        var keys = parts.flatMap { filter.feed($0) }
        if pause { keys += filter.feed(.quiet) }
        return keys
    }

    static func codes(_ text: String) -> [KeySequenceFilter.Input] { text.unicodeScalars.map { .code($0.value) } }

    static func chars(_ text: String) -> [Key] { text.map { Key.char($0) } }

    @Test func printableTextIsText() {
        #expect(Self.keys(Self.codes("Zoë 日本 ok")) == Self.chars("Zoë 日本 ok"))
    }

    @Test func escAloneIsStillEsc() {
        #expect(Self.keys([.code(27)]) == [.escape])
        #expect(Self.keys([.code(27), .quiet, .code(27)]) == [.escape, .escape])
    }

    @Test func aControlSequenceIsDroppedWhole() {
        #expect(Self.keys(Self.codes("abc\u{1B}[2Jxyz")) == Self.chars("abcxyz"))
        #expect(Self.keys(Self.codes("a\u{1B}[38;5;196mb\u{1B}[?2004lc")) == Self.chars("abc"))
    }

    @Test func oscAndStringSequencesAreDroppedToTheirTerminator() {
        #expect(Self.keys(Self.codes("abc\u{1B}]0;PWNED\u{07}xyz")) == Self.chars("abcxyz"))
        #expect(Self.keys(Self.codes("a\u{1B}]52;c;ZXZpbA==\u{1B}\\b")) == Self.chars("ab"))
        #expect(Self.keys(Self.codes("a\u{1B}Pq#0;1;2\u{1B}\\b\u{1B}_apc\u{1B}\\c\u{1B}^pm\u{07}d")) == Self.chars("abcd"))
        // An ESC inside a string that is not ST starts a new sequence, which is dropped too.
        #expect(Self.keys(Self.codes("a\u{1B}]0;x\u{1B}[2Jb")) == Self.chars("ab"))
    }

    @Test func singleShiftAndShortEscapesAreDropped() {
        #expect(Self.keys(Self.codes("a\u{1B}OQb")) == Self.chars("ab"))
        #expect(Self.keys(Self.codes("a\u{1B}qb\u{1B}(Bc\u{1B}#8d")) == Self.chars("abcd"))
        // Esc pressed twice quickly is two Escs; an ESC starting a sequence is none.
        #expect(Self.keys([.code(27), .code(27)]) == [.escape, .escape])
        #expect(Self.keys(Self.codes("a\u{1B}\u{1B}[2Jb")) == [.char("a"), .escape, .char("b")])
    }

    @Test func eightBitIntroducersAndControlBytesThatAreNoKeyAreDropped() {
        #expect(Self.keys(Self.codes("a\u{9B}2Jb\u{9D}0;x\u{07}c\u{0}\u{1C}\u{85}d")) == Self.chars("abcd"))
    }

    @Test func theWholeHostileStringLeavesOnlyItsPrintableText() {
        // OQ is F2 on most terminals: ncurses decodes it; run together with text it is not a key press.
        let parts = Self.codes("abc\u{1B}[2J\u{1B}]0;PWNED\u{07}") + [.key(.function(2))] + Self.codes("xyz")
        #expect(Self.keys(parts) == Self.chars("abcxyz"))
    }

    @Test func aFunctionKeyOnItsOwnIsAKey() {
        #expect(Self.keys([.key(.function(2))]) == [.function(2)])
        #expect(Self.keys(Self.codes("abc") + [.quiet, .key(.function(2)), .quiet]) == Self.chars("abc") + [.function(2)])
        // Run together with text on either side, it came from the text.
        #expect(Self.keys(Self.codes("abc") + [.key(.function(2))]) == Self.chars("abc"))
        #expect(Self.keys([.key(.function(2))] + Self.codes("xyz")) == Self.chars("xyz"))
        // Two function keys held down (key repeat) are both keys.
        #expect(Self.keys([.key(.function(1)), .key(.function(1))]) == [.function(1), .function(1)])
    }

    @Test func decodedEditingKeysStillWork() {
        let decoded: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .wordLeft, .wordRight, .backTab, .delete]
        #expect(Self.keys(decoded.map { .key($0) }) == decoded)
        // Typed fast after text (a slow link), an arrow still moves.
        #expect(Self.keys(Self.codes("ab") + [.key(.left)] + Self.codes("c")) == Self.chars("ab") + [.left] + Self.chars("c"))
        // Alt with a decoded key: the key stands.
        #expect(Self.keys([.code(27), .key(.up)]) == [.up])
    }

    @Test func controlKeysStayKeys() {
        #expect(Self.keys(Self.codes("\r\t\u{7F}\u{13}")) == [.enter, .tab, .backspace, .ctrl("s")])
    }

    @Test func aSequenceCutShortByAPauseIsDroppedAndWhatFollowsIsTyped() {
        #expect(Self.keys(Self.codes("\u{1B}[12") + [.quiet] + Self.codes("ab")) == Self.chars("ab"))
        #expect(Self.keys(Self.codes("\u{1B}]0;never ended") + [.quiet] + Self.codes("ab")) == Self.chars("ab"))
    }

    @Test func theFilterAsksForAShortWaitOnlyWhileASequenceIsOpen() {
        var filter = KeySequenceFilter()
        #expect(filter.waitMilliseconds == nil)
        _ = filter.feed(.code(27))
        #expect(filter.waitMilliseconds == 0)
        _ = filter.feed(.code(0x5D))
        #expect(filter.waitMilliseconds == 50)
        _ = filter.feed(.code(7))
        #expect(filter.waitMilliseconds == nil)
        _ = filter.feed(.quiet)
        _ = filter.feed(.key(.function(5)))
        #expect(filter.waitMilliseconds == 0)
        #expect(filter.feed(.quiet) == [.function(5)])
    }

    @Test func aResizeOrPasteMarkEndsASequence() {
        #expect(Self.keys(Self.codes("\u{1B}]0;x") + [.other] + Self.codes("ab")) == Self.chars("ab"))
    }
}
