import Testing
@testable import CaseworkCore

@Suite("Sanitiser, display width and wrapping")
struct TextSafetyTests {
    @Test func hostileSequencesBecomeVisible() {
        let hostile = "Ro\u{1B}[2Jwan\u{1B}]0;title\u{07}\r\u{202E}evil\u{9B}"
        let shown = TextSanitizer.line(hostile)
        #expect(shown == "Ro^[[2Jwan^[]0;title^G^M<U+202E>evil<U+009B>")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(TextSanitizer.needsEscaping(hostile))
    }

    @Test func everyBidiControlIsEscaped() {
        for value: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let text = String(Unicode.Scalar(value)!)
            #expect(TextSanitizer.line(text).hasPrefix("<U+"), "U+\(String(value, radix: 16)) must be escaped")
        }
    }

    @Test func ordinaryTextIsUntouched() {
        for text in ["Zoë Łęcka", "日本語のメモ", "family 👨‍👩‍👧", "Persian: می‌خواهم", "plain"] {
            #expect(TextSanitizer.line(text) == text)
        }
        #expect(TextSanitizer.multiline("a\nb") == "a\nb")
        #expect(TextSanitizer.line("a\nb") == "a⏎b")
    }

    @Test func widthsOfWideAndCombiningText() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.pad("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.of(DisplayWidth.pad("日本語", to: 5)) == 5)
    }

    @Test func wrappingKeepsWithinWidth() {
        let text = "The quick brown fox jumps over the lazy dog; 日本語の長い文章もきちんと折り返されるべきです。"
        for width in [1, 5, 10, 23] {
            for line in WordWrap.lines(text, width: width) {
                #expect(DisplayWidth.of(line) <= max(width, 2))
            }
        }
        #expect(WordWrap.lines("one two three", width: 7) == ["one two", "three"])
        #expect(WordWrap.lines("a\n\nb", width: 10) == ["a", "", "b"])
    }
}
