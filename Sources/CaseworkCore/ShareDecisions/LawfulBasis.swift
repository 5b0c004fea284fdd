/// A UK GDPR Article 6 basis an authority shares under, with help in plain words for the practitioner.
///
/// Chosen per share by its id (`public-task`); the label is copied into the share record so the record
/// still says what was relied on if the settings change later.
public struct LawfulBasis: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The article, for example "6(1)(e)".
    public var article: String
    public var name: String
    public var help: String
    /// Set for a basis that is rarely the right one for safeguarding (consent), so screens can say so.
    public var rarelyRight: Bool?

    public init(id: String, article: String, name: String, help: String, rarelyRight: Bool? = nil) {
        self.id = id
        self.article = article
        self.name = name
        self.help = help
        self.rarelyRight = rarelyRight
    }

    /// "UK GDPR Article 6(1)(e) public task", as the share record keeps it.
    public var label: String { "UK GDPR Article \(article) \(name)" }
}
