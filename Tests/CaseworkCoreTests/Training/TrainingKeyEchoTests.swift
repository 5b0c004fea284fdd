import CaseworkCore
import Testing

/// The key echo shows navigation keys in order, folds typing into one token and keeps the newest key.
@Suite struct TrainingKeyEchoTests {
    @Test func keysAppearInOrderAndOldOnesScrollOff() {
        var echo = TrainingKeyEcho(capacity: 3)
        for key in ["Down", "Down", "Enter", "2"] { echo.record(key) }
        #expect(echo.keys == ["Down", "Enter", "2"])
        #expect(echo.line(width: 80) == "Keys: Down Enter 2")
    }

    @Test func typingIsOneToken() {
        var echo = TrainingKeyEcho()
        echo.record("n")
        for letter in "Practice" { echo.record(String(letter), isText: true) }
        echo.record("Enter")
        echo.record("x", isText: true)
        #expect(echo.keys == ["n", TrainingKeyEcho.typingToken, "Enter", TrainingKeyEcho.typingToken])
    }

    @Test func aNarrowLineKeepsTheNewestKey() {
        var echo = TrainingKeyEcho()
        for key in ["PageDown", "PageDown", "PageDown", "Ctrl-S"] { echo.record(key) }
        #expect(echo.line(width: 20) == "Keys: Ctrl-S")
        #expect(echo.line(width: 8).count <= 8)
        echo.clear()
        #expect(echo.line(width: 80) == "")
    }

    @Test func controlCharactersInANameAreEscaped() {
        var echo = TrainingKeyEcho()
        echo.record("\u{1b}[A")
        #expect(!echo.line(width: 80).contains("\u{1b}"))
    }
}
