/// Finds a person's name in free text the way people write it: case, accents and spacing folded, with
/// or without a title, the surname alone, or an initial and the surname; whole words only, so "Hale"
/// never matches "whale". Used for every free-text field of a summary before it goes out.
public struct NameMatcher: Sendable {
    /// Word sequences (folded) that stand for the name; a one-letter word is an initial.
    let patterns: [[String]]
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "dc", "pc", "ds", "di", "sgt", "prof", "rev", "cllr"]

    /// `keepSurnames`: surnames that must not be matched alone (the subject's own, shared with family).
    public init(name: String, keepSurnames: Set<String> = []) {
        var words = NameMatcher.words(in: name).map(\.folded)
        while let first = words.first, NameMatcher.titles.contains(first), words.count > 1 { words.removeFirst() }
        var patterns: [[String]] = []
        if !words.isEmpty { patterns.append(words) }
        if words.count >= 2, let surname = words.last {
            if words.count > 2 { patterns.append([words[0], surname]) }
            if let initial = words.first?.first { patterns.append([String(initial), surname]) }
            if surname.count >= 3 && !keepSurnames.contains(surname) { patterns.append([surname]) }
        }
        // Longest first, so "Ada Okafor" is replaced whole rather than as "Ada" + "the referrer".
        self.patterns = patterns.sorted { $0.count > $1.count }
    }

    struct Word {
        var folded: String
        var range: Range<Int>
    }

    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var current = "", start = 0
        for (index, character) in text.enumerated() {
            if character.isLetter || character == "'" || character == "-" {
                if current.isEmpty { start = index }
                current += TextFolding.fold(character)
            } else if !current.isEmpty {
                words.append(Word(folded: current, range: start..<index))
                current = ""
            }
        }
        if !current.isEmpty { words.append(Word(folded: current, range: start..<text.count)) }
        return words
    }

    /// The character ranges of every mention, each widened to a title just before it.
    func matches(in text: String) -> [Range<Int>] {
        let words = NameMatcher.words(in: text)
        var found: [Range<Int>] = []
        var index = 0
        while index < words.count {
            var matched = false
            for pattern in patterns where index + pattern.count <= words.count {
                let slice = words[index..<(index + pattern.count)]
                guard zip(slice, pattern).allSatisfy({ $0.folded == $1 }) else { continue }
                var start = slice.first!.range.lowerBound
                if index > 0, NameMatcher.titles.contains(words[index - 1].folded) { start = words[index - 1].range.lowerBound }
                found.append(start..<slice.last!.range.upperBound)
                index += pattern.count
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return found
    }

    public func occurs(in text: String) -> Bool { !matches(in: text).isEmpty }

    /// `text` with every mention replaced by `replacement`.
    public func redacting(_ text: String, with replacement: String) -> String {
        let ranges = matches(in: text)
        guard !ranges.isEmpty else { return text }
        let characters = Array(text)
        var result = "", position = 0
        for range in ranges {
            result += String(characters[position..<range.lowerBound]) + replacement
            position = range.upperBound
        }
        return result + String(characters[position...])
    }
}
