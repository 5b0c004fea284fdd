import FoundationEssentials

/// JSON for a terminal or an export: what `TextSanitizer` would escape in text is written as `\uXXXX`.
///
/// JSONEncoder escapes C0 controls but passes DEL, C1 controls and the bidi and format characters
/// (U+202E, U+2066-2069, U+200B-200F, U+061C, U+FEFF ...) through raw, so `list --json | less` could be
/// reordered or retitle the terminal. Escaping them inside the encoded bytes keeps the parsed value exactly
/// the stored text. Case files on disk are left as they are.
public enum SafeJSON {
    /// Pretty, sorted JSON with every unsafe character escaped, ending in a newline.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        escaped(try CaseCodec.encode(value))
    }

    /// Escapes unsafe characters in already encoded JSON. Outside strings JSON holds only ASCII
    /// punctuation, digits, letters and whitespace, so every character escaped here is inside a string.
    public static func escaped(_ json: Data) -> Data {
        guard let text = String(data: json, encoding: .utf8) else { return json }
        guard text.unicodeScalars.contains(where: needsEscape) else { return json }
        var result = ""
        result.reserveCapacity(text.utf8.count + 64)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: false)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return Data(result.utf8)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09, 0x0D: return false  // structural whitespace; inside strings the encoder escapes them
        case 0x200B...0x200F: return true  // zero-width characters and the joiners: harmless to escape in JSON
        default: return TextSanitizer.escape(for: scalar, keepNewlines: true) != nil
        }
    }
}
