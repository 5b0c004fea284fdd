/// The person the case is about.
public struct Subject: Hashable, Sendable, Codable {
    public var name: String
    public var dateOfBirth: LocalDate?
    /// Used when the date of birth is not known.
    public var approximateAge: Int?
    /// The language the person asked to be worked with in (a code from the settings' offered languages,
    /// such as `cy`, or the language's name): recorded so the choice is respected, as the Welsh Language
    /// Standards' active offer requires. Optional and left out of the file when not recorded.
    public var language: String?

    public init(name: String, dateOfBirth: LocalDate? = nil, approximateAge: Int? = nil, language: String? = nil) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.approximateAge = approximateAge
        self.language = language
    }

    /// "A. B." style initials, shown by default so that a screen seen over a shoulder names no one.
    public var initials: String {
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
        let letters = words.compactMap { $0.first(where: { $0.isLetter }) }.map { String($0).uppercased() }
        return letters.isEmpty ? "?" : letters.map { $0 + "." }.joined()
    }

    /// The age on a given day, from the date of birth or the approximate age.
    public func age(on day: LocalDate) -> Int? {
        if let dateOfBirth { return dateOfBirth.wholeYears(until: day) }
        return approximateAge
    }
}
