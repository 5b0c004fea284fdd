/// What each authority decides for itself: its threshold levels, referral routes and contacts, the agencies
/// it works with, and what each recipient of a summary may see.
///
/// Lives in the store as `settings.json` (format in docs/settings.md); a missing file means the bundled
/// default, a broken one is refused with the file and field named.
public struct AuthoritySettings: Hashable, Sendable, Codable {
    public static let formatName = "casework-settings"
    public static let currentFormatVersion = 1

    public var format: String
    public var formatVersion: Int
    public var authority: Authority
    /// In increasing order of concern.
    public var thresholds: [ThresholdLevel]
    public var routes: [ReferralRoute]
    public var agencies: [Agency]
    public var recipients: [RecipientProfile]
    public var statistics: StatisticsSettings
    public var retention: RetentionSettings?
    /// The languages services are offered in; absent means the authority does not list them.
    public var languages: LanguageSettings?
    /// The Article 6 bases and Article 9 conditions practitioners choose from per share; nil in settings
    /// written before they existed, when every share is refused until they are added.
    public var sharingBases: SharingBases?

    public func threshold(id: String) -> ThresholdLevel? { thresholds.first { $0.id == id } }
    public func route(id: String) -> ReferralRoute? { routes.first { $0.id == id } }
    public func agency(id: String) -> Agency? { agencies.first { $0.id == id } }
    public func recipient(id: String) -> RecipientProfile? { recipients.first { $0.id == id } }
}

public struct Authority: Hashable, Sendable, Codable {
    public var name: String
    public var shortName: String
}

public struct ThresholdLevel: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    /// To whom the level applies ("children", "adults", "both"); absent means both. A child protection
    /// enquiry cannot be the decision for an adult, nor an adult safeguarding enquiry for a child.
    public var audience: String?

    /// To whom the level applies; an unknown word (refused by the check) counts as both.
    public var appliesTo: Audience { Audience.parse(audience) ?? .both }
}

public struct ReferralRoute: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    public var whenToUse: String
    public var steps: [RouteStep]
    public var contacts: [Contact]
}

public struct RouteStep: Hashable, Sendable, Codable {
    public var title: String
    public var detail: String
}

public struct Contact: Hashable, Sendable, Codable {
    public var name: String
    public var role: String
    public var phone: String?
    public var email: String?
    public var hours: String?
}

public struct Agency: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
}

/// One kind of recipient and the parts of a summary they need to know; nothing else reaches them.
public struct RecipientProfile: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    public var receives: [SummarySection]
    /// Read from older settings files and no longer used: sharing is never gated on consent.
    public var requiresConsentOrOverride: Bool?
    /// The Article 6 basis id a share to this recipient uses unless the practitioner picks another.
    public var defaultBasis: String?
    /// True for the authority's own full record: belief-only entries are in it by default. Every other
    /// recipient gets them only when the practitioner adds one, with a reason.
    public var includesBeliefOnly: Bool?
    /// When set, the `assessment` section carries only these answers (nil: the whole assessment).
    public var assessmentScope: AssessmentScope?

    public func receives(_ section: SummarySection) -> Bool { receives.contains(section) }
}

/// The parts a summary is built from; a recipient profile names the ones its recipient receives.
public enum SummarySection: String, CaseIterable, Hashable, Sendable, Codable {
    case caseDetails
    case subjectIdentity
    case referral
    case referrerIdentity
    case agencies
    case concerns
    case assessment
    case strengths
    case unknowns
    case analysis
    case decision
    case actions
    case consent
    case changes
    case specialCategory
}

public struct StatisticsSettings: Hashable, Sendable, Codable {
    /// Counts below this are shown as suppressed in anonymised statistics.
    public var suppressBelow: Int
}

public struct RetentionSettings: Hashable, Sendable, Codable {
    public var rules: [RetentionRule]
    public var `default`: String
    /// The rule for a case about someone who was 18 or over when referred (a child's rule would keep an
    /// adult's record far too long, or, counted from a birthday long past, delete it at once); nil = `default`.
    public var adultDefault: String?
}

public struct RetentionRule: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var years: Int
    public var from: RetentionStart
    public var description: String
}

public enum RetentionStart: String, Hashable, Sendable, Codable {
    case closure
    case dateOfBirth
}
