/// The languages an authority offers its services in. Welsh councils work under the Welsh Language
/// Standards: Welsh is offered without being asked for (the active offer) and the person's choice is
/// recorded and respected. Optional: an authority that offers one language leaves it out.
public struct LanguageSettings: Hashable, Sendable, Codable {
    public var offered: [OfferedLanguage]
    /// True when every offered language is offered to each person without their having to ask.
    public var activeOffer: Bool
    /// What practitioners should know about offering and recording a language, in the authority's words.
    public var note: String?

    public init(offered: [OfferedLanguage], activeOffer: Bool, note: String? = nil) {
        self.offered = offered
        self.activeOffer = activeOffer
        self.note = note
    }
}

public struct OfferedLanguage: Hashable, Sendable, Codable {
    /// A short language code, such as `cy` for Welsh or `en` for English.
    public var code: String
    /// The language's name as people will read it, such as `Cymraeg (Welsh)`.
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
