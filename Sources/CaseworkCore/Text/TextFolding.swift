/// Case- and accent-insensitive comparison of names, so that a subject access export finds "Zoë" written
/// as "ZOE" or "zoë", one character at a time.
///
/// Accents are dropped from Latin letters by the Unicode name of the character ("LATIN SMALL LETTER E WITH
/// ACUTE" is an "e") and by removing combining marks; other scripts are compared by case only. This is a
/// little wider than Foundation's diacritic folding (it also makes "ø" an "o"), which for redaction errs
/// on the safe side; Foundation's version would link ICU (see PathText).
public enum TextFolding {
    /// One character, folded: lower case, without accents.
    public static func fold(_ character: Character) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in String(character).lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            folded.append(latinBase(of: scalar) ?? scalar)
        }
        return String(folded)
    }

    /// A whole text, folded character by character.
    public static func fold(_ text: String) -> String {
        text.map(fold).joined()
    }

    /// `text` with every stretch of characters that folds to the same as `needle` replaced.
    public static func replacingMatches(of needle: String, in text: String, with replacement: String) -> String {
        let key = needle.map(fold)
        guard !key.isEmpty else { return text }
        let characters = Array(text)
        let folded = characters.map(fold)
        var result = ""
        var index = 0
        while index < characters.count {
            if index + key.count <= characters.count, folded[index..<(index + key.count)].elementsEqual(key) {
                result += replacement
                index += key.count
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// "é" (LATIN SMALL LETTER E WITH ACUTE) -> "e"; nil for anything that is not an accented Latin letter.
    static func latinBase(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.value >= 0xC0, let name = scalar.properties.name else { return nil }
        let words = name.split(separator: " ")
        guard words.count >= 6, words[0] == "LATIN", words[1] == "SMALL" || words[1] == "CAPITAL", words[2] == "LETTER",
              words[3].count == 1, words[4] == "WITH", let letter = words[3].lowercased().unicodeScalars.first
        else { return nil }
        return letter
    }
}
