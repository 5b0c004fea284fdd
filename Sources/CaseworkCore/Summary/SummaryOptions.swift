/// The practitioner's choices for one summary, on top of what the recipient's profile allows.
public struct SummaryOptions: Hashable, Sendable {
    /// Name the referrer; only honoured when the profile includes `referrerIdentity`.
    public var includeReferrer: Bool
    /// Whether special category data goes in, when the profile allows it.
    public var specialCategory: SpecialCategoryChoice
    /// A preview, marked as not shared on every page.
    public var draft: Bool

    public init(includeReferrer: Bool = false, specialCategory: SpecialCategoryChoice = .undecided, draft: Bool = true) {
        self.includeReferrer = includeReferrer
        self.specialCategory = specialCategory
        self.draft = draft
    }
}

/// The practitioner's answer to the special category warning. A preview shows such data (marked) while
/// the choice is undecided; sharing refuses until the practitioner has chosen.
public enum SpecialCategoryChoice: String, Hashable, Sendable, CaseIterable {
    case undecided
    case include
    case leaveOut = "leave-out"
}
