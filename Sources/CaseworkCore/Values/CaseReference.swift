/// A case reference a practitioner can read out on the phone: three consonants and four digits, `KTR-4827`.
///
/// The letters leave out vowels (so no words are spelt by chance) and the letters most often misheard or
/// misread (L, Q, V against 1, 0, B). That leaves 17 letters: 17³ × 10⁴ ≈ 49 million references.
public struct CaseReference: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let letters = Array("BCDFGHJKMNPRSTWXZ")

    public let rawValue: String

    /// Accepts a reference typed in any case, with or without the dash, and normalises it.
    public init?(_ text: String) {
        let cleaned = text.uppercased().filter { $0 != "-" && $0 != " " }
        let chars = Array(cleaned)
        guard chars.count == 7,
              chars[0..<3].allSatisfy({ CaseReference.letters.contains($0) }),
              chars[3..<7].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        rawValue = String(chars[0..<3]) + "-" + String(chars[3..<7])
    }

    /// A reference as the store writes it (`KTR-4827` exactly, as in file names and the index), checked byte
    /// by byte: listing 10,000 cases makes 20,000 of these, and the general initialiser above costs ~1 µs each.
    public init?(stored text: String) {
        var text = text
        let valid = text.withUTF8 { bytes -> Bool in
            guard bytes.count == 8, bytes[3] == 0x2D else { return false }
            for i in 0..<3 where !CaseReference.letterBytes.contains(bytes[i]) { return false }
            for i in 4..<8 where !(0x30...0x39).contains(bytes[i]) { return false }
            return true
        }
        guard valid else { return nil }
        rawValue = text
    }

    static let letterBytes: Set<UInt8> = Set(letters.map { $0.asciiValue! })

    /// A fresh random reference; the store retries if it is taken.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> CaseReference {
        var text = ""
        for _ in 0..<3 { text.append(letters.randomElement(using: &generator)!) }
        text.append("-")
        for _ in 0..<4 { text.append(String(Int.random(in: 0...9, using: &generator))) }
        return CaseReference(text)!
    }

    /// The reference spelt out for the phone: "K for kilo, T for tango ...".
    public var spoken: String {
        let words: [Character: String] = [
            "B": "bravo", "C": "charlie", "D": "delta", "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet",
            "K": "kilo", "M": "mike", "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
            "W": "whiskey", "X": "x-ray", "Z": "zulu",
        ]
        return rawValue.compactMap { char in
            if let word = words[char] { return word }
            return char == "-" ? nil : String(char)
        }.joined(separator: " ")
    }

    public var description: String { rawValue }

    public static func < (lhs: CaseReference, rhs: CaseReference) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = CaseReference(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a case reference like KTR-4827")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
