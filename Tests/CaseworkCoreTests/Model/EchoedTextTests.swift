import CaseworkCore
import Foundation
import Testing

/// Values echoed in messages and JSON written for a terminal or an export: inert, cut when long, and
/// (for JSON) exactly the stored text once parsed.
@Suite struct EchoedTextTests {
    static let hostile = "\u{1B}]0;PWNED\u{07}\u{1B}[2J \u{202E}evil\u{2066}x\u{2069} \u{9B}1m \u{200B}\u{FEFF}\u{061C}\u{200E}"

    @Test func anEchoedValueIsOneInertLineAndCut() {
        let echoed = TextSanitizer.echo(String(repeating: "A", count: 100_000))
        #expect(echoed == String(repeating: "A", count: 80) + "…(99920 more characters)")
        let inert = TextSanitizer.echo(Self.hostile + "\nsecond")
        #expect(!inert.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E || $0 == "\n" })
    }

    @Test func aMessageKeepsItsLinesAndCutsQuotedValues() {
        let message = TextSanitizer.message("Error: The value '\(Self.hostile)\(String(repeating: "x", count: 5000))' is invalid for '--age <age>'\nUsage: casework new")
        let lines = message.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("is invalid for '--age <age>'"))
        #expect(lines[0].contains("more characters)"))
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(TextSanitizer.message(String(repeating: "b", count: 10_000)).count < 500)
    }

    @Test func safeJSONEscapesBidiFormatAndC1ButParsesBackExactly() throws {
        struct Row: Codable, Equatable { var name: String; var note: String }
        let row = Row(name: Self.hostile, note: "Zoë Ångström 👩‍👧 محمد\nline two")
        let data = try SafeJSON.encode(row)
        let text = String(decoding: data, as: UTF8.self)
        for value: UInt32 in [0x1B, 0x07, 0x9B, 0x202E, 0x2066, 0x2069, 0x200B, 0x200E, 0xFEFF, 0x061C] {
            #expect(!text.unicodeScalars.contains { $0.value == value }, "U+\(String(value, radix: 16)) left raw")
        }
        #expect(text.contains("\\u202e") && text.contains("\\u009b"))
        #expect(try JSONDecoder().decode(Row.self, from: data) == row)
        #expect(text.contains("Zoë Ångström"), "ordinary letters stay readable")
    }
}
