/// A checklist: sections of items the practitioner answers, each with guidance beside it.
///
/// Templates are data (Resources/templates/*.json, format in docs/templates.md), so an authority can
/// bring its own without a new build. `TemplateValidator` checks one before it is used.
public struct ChecklistTemplate: Hashable, Sendable, Codable {
    public static let formatName = "casework-template"
    public static let currentFormatVersion = 1

    public var format: String
    public var formatVersion: Int
    public var id: String
    public var version: String
    public var title: String
    public var description: String
    public var sections: [TemplateSection]

    public init(id: String, version: String, title: String, description: String, sections: [TemplateSection]) {
        format = ChecklistTemplate.formatName
        formatVersion = ChecklistTemplate.currentFormatVersion
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.sections = sections
    }

    /// Every item in order, across sections.
    public var allItems: [TemplateItem] { sections.flatMap(\.items) }

    public func item(id: String) -> TemplateItem? { allItems.first { $0.id == id } }

    public func section(id: String) -> TemplateSection? { sections.first { $0.id == id } }

    public func section(containing itemID: String) -> TemplateSection? {
        sections.first { $0.items.contains { $0.id == itemID } }
    }

    /// To whom an item applies: its own audience where it has one, else its section's.
    public func audience(ofItem itemID: String) -> Audience {
        guard let section = section(containing: itemID) else { return .both }
        guard let item = section.items.first(where: { $0.id == itemID }), item.audience != nil else { return section.appliesTo }
        return item.appliesTo
    }

    /// The sections concerns can be logged under.
    public var concernHeadings: [TemplateSection] { sections.filter(\.concernHeading) }

    /// How a rated item's status reads: the words of the item's section when it has its own (a strength is
    /// "In place", not "No concern"), else the general ones.
    public func label(for status: AnswerStatus, item itemID: String) -> String {
        section(containing: itemID)?.ratingLabels?.label(for: status) ?? status.label
    }
}

/// A section's own words for the three ratings, where "concern" would read wrongly (strengths and
/// protective factors). The stored statuses stay the same: 0 is the good end, 2 the worrying one.
public struct RatingLabels: Hashable, Sendable, Codable {
    public var noConcern: String
    public var someConcern: String
    public var significantConcern: String

    public init(noConcern: String, someConcern: String, significantConcern: String) {
        self.noConcern = noConcern
        self.someConcern = someConcern
        self.significantConcern = significantConcern
    }

    /// The three rating keys with their words, for legends and help: "0 in place, 1 partly in place, ...".
    public func keys(separator: String) -> String {
        [(AnswerStatus.noConcern, noConcern), (.someConcern, someConcern), (.significantConcern, significantConcern)]
            .map { status, word in "\(status.key) \(word.lowercased())" }
            .joined(separator: separator)
    }

    /// The section's word for a rating; nil for the statuses every section shares (unknown, n/a, not assessed).
    public func label(for status: AnswerStatus) -> String? {
        switch status {
        case .noConcern: noConcern
        case .someConcern: someConcern
        case .significantConcern: significantConcern
        default: nil
        }
    }
}

public struct TemplateSection: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    /// True when concerns can be logged under this section.
    public var concernHeading: Bool
    /// Words for the ratings of this section's items, when "concern" would read wrongly.
    public var ratingLabels: RatingLabels?
    /// To whom the section applies, as written in the file ("children", "adults", "both"); absent means both.
    public var audience: String?
    public var items: [TemplateItem]

    public init(id: String, title: String, summary: String, concernHeading: Bool, ratingLabels: RatingLabels? = nil,
                audience: Audience? = nil, items: [TemplateItem]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.concernHeading = concernHeading
        self.ratingLabels = ratingLabels
        self.audience = audience?.rawValue
        self.items = items
    }

    /// To whom the section applies; an unknown word (refused by the check) counts as both.
    public var appliesTo: Audience { Audience.parse(audience) ?? .both }
}

public struct TemplateItem: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var question: String
    public var kind: ItemKind
    public var guidance: ItemGuidance
    public var flags: [ItemFlag]?
    public var specialCategories: [SpecialCategory]?
    public var scale: ScaleDefinition?
    /// To whom the item applies, as written in the file; absent means whoever its section applies to.
    public var audience: String?

    public init(
        id: String, title: String, question: String, kind: ItemKind, guidance: ItemGuidance,
        flags: [ItemFlag]? = nil, specialCategories: [SpecialCategory]? = nil, scale: ScaleDefinition? = nil,
        audience: Audience? = nil
    ) {
        self.id = id
        self.title = title
        self.question = question
        self.kind = kind
        self.guidance = guidance
        self.flags = flags
        self.specialCategories = specialCategories
        self.scale = scale
        self.audience = audience?.rawValue
    }

    /// To whom the item itself says it applies; absent or unknown (refused by the check) counts as both.
    /// `ChecklistTemplate.audience(ofItem:)` also takes the section's audience into account.
    public var appliesTo: Audience { Audience.parse(audience) ?? .both }

    public func has(_ flag: ItemFlag) -> Bool { flags?.contains(flag) ?? false }

    public var isSpecialCategory: Bool { has(.specialCategory) }
}

/// How an item is answered.
public enum ItemKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A status (no concern ... unknown) with evidence.
    case rated
    /// Free text only: referral facts, the analysis columns.
    case narrative
    /// A 0-10 judgement.
    case scale
}

public struct ItemGuidance: Hashable, Sendable, Codable {
    public var lookFor: String
    public var whyItMatters: String
    /// A reminder that beliefs alone are not a concern, on items where the two are easily confused.
    public var beliefsReminder: String?
    /// What "some" and "significant" concern look like on this item, for practitioners unsure of the line.
    public var ratingGuide: RatingGuide?

    public init(lookFor: String, whyItMatters: String, beliefsReminder: String? = nil, ratingGuide: RatingGuide? = nil) {
        self.lookFor = lookFor
        self.whyItMatters = whyItMatters
        self.beliefsReminder = beliefsReminder
        self.ratingGuide = ratingGuide
    }
}

public enum ItemFlag: String, CaseIterable, Hashable, Sendable, Codable {
    /// The answer is likely to hold special category data (UK GDPR Article 9).
    case specialCategory
    /// The answer identifies the referrer, who stays out of summaries unless chosen.
    case referrerIdentity
    /// The answer may hold information about people other than the subject.
    case thirdPartyInformation
    /// The item asks about immediate danger: harm that is imminent means 999 now.
    case immediateSafety
}

public enum SpecialCategory: String, CaseIterable, Hashable, Sendable, Codable {
    case religion
    case politicalOpinion
    case ethnicity
    case health
    case sexLife

    public var label: String {
        switch self {
        case .religion: "religion or belief"
        case .politicalOpinion: "political opinions"
        case .ethnicity: "racial or ethnic origin"
        case .health: "health"
        case .sexLife: "sex life or sexual orientation"
        }
    }
}

public struct ScaleDefinition: Hashable, Sendable, Codable {
    public var min: Int
    public var max: Int
    public var minLabel: String
    public var maxLabel: String

    public init(min: Int, max: Int, minLabel: String, maxLabel: String) {
        self.min = min
        self.max = max
        self.minLabel = minLabel
        self.maxLabel = maxLabel
    }
}
