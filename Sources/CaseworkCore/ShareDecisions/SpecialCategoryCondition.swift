/// An Article 9 condition for sharing special category data, with the DPA 2018 Schedule 1 condition it
/// relies on, as an authority's settings define it.
public struct SpecialCategoryCondition: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The article, for example "9(2)(g)".
    public var article: String
    /// The Schedule 1 condition, for example "para 18"; nil when the article needs none.
    public var schedule1: String?
    public var name: String
    public var help: String
    /// Para 18 (safeguarding): for an adult it applies only to someone with needs for care and support,
    /// so a share of an adult's case under it needs those needs noted.
    public var adultNeedsCareAndSupport: Bool?

    public init(
        id: String, article: String, schedule1: String?, name: String, help: String, adultNeedsCareAndSupport: Bool? = nil
    ) {
        self.id = id
        self.article = article
        self.schedule1 = schedule1
        self.name = name
        self.help = help
        self.adultNeedsCareAndSupport = adultNeedsCareAndSupport
    }

    /// "UK GDPR Article 9(2)(g) with DPA 2018 Schedule 1 para 18 (safeguarding ...)".
    public var label: String {
        "UK GDPR Article \(article)" + (schedule1.map { " with DPA 2018 Schedule 1 \($0)" } ?? "") + " (\(name))"
    }
}
