/// The one gate every piece of stored text passes through before it reaches a terminal or an export.
///
/// Control characters (C0 but newline, DEL, C1) and Unicode format characters, bidi overrides among them,
/// are turned into visible escapes, so a note holding `ESC[2J` or U+202E shows as text and is never
/// acted on. glibc's wcwidth gives 0, not -1, for the bidi controls, so a width check alone lets them
/// through; the Unicode general category catches them. The stored text stays exactly as typed.
public enum TextSanitizer {
    /// Text for one line: newlines become a visible `⏎` too.
    public static func line(_ text: String) -> String {
        sanitize(text, keepNewlines: false)
    }

    /// Text that may run over several lines: newlines are kept, everything else is escaped.
    public static func multiline(_ text: String) -> String {
        sanitize(text, keepNewlines: true)
    }

    /// True when the text would be changed by sanitising (useful for warnings).
    public static func needsEscaping(_ text: String) -> Bool {
        text.unicodeScalars.contains { escape(for: $0, keepNewlines: true) != nil }
    }

    /// The most of a value a message echoes back: an argument or a stored key, cut so that a 100 KB
    /// argument does not fill the screen.
    public static let echoLimit = 80

    /// A value quoted in a message: one line, escaped, and cut after `limit` characters with
    /// "…(N more characters)".
    public static func echo(_ text: String, limit: Int = echoLimit) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return line(text) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars.prefix(limit))
        return line(String(kept)) + "…(\(scalars.count - limit) more characters)"
    }

    /// A whole message for a terminal (an error, a warning): escaped but for its newlines, every value in
    /// single quotes cut as `echo` cuts it, and every line cut after `lineLimit` characters, so nothing a
    /// message quotes can act on the terminal or flood it.
    public static func message(_ text: String, lineLimit: Int = 400) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { row -> String in
            let parts = row.split(separator: "'", omittingEmptySubsequences: false)
            let cutQuotes = parts.enumerated().map { index, part in
                index % 2 == 1 && index < parts.count - 1 ? echo(String(part)) : line(String(part))
            }.joined(separator: "'")
            return echo(cutQuotes, limit: lineLimit)
        }.joined(separator: "\n")
    }

    static func sanitize(_ text: String, keepNewlines: Bool) -> String {
        // Fast path: plain printable ASCII passes as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = escape(for: scalar, keepNewlines: keepNewlines) {
                result.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The visible form of a scalar that must not reach the terminal as it is, or nil for a safe one.
    static func escape(for scalar: Unicode.Scalar, keepNewlines: Bool) -> String? {
        let value = scalar.value
        switch value {
        case 0x0A: return keepNewlines ? nil : "⏎"
        case 0x09: return " "
        case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
        case 0x7F: return "^?"
        case 0x80..<0xA0: return codePoint(value)
        // Joiners are format characters too, but Persian, Indic and emoji text needs them and they move nothing.
        case 0x200C, 0x200D: return nil
        default: break
        }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control, .surrogate, .privateUse, .unassigned:
            return codePoint(value)
        default:
            return nil
        }
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
