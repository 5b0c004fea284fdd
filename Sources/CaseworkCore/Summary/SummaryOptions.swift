/// The practitioner's choices for one summary, on top of what the recipient's profile allows.
public struct SummaryOptions: Hashable, Sendable {
    /// Name the referrer; only honoured when the profile includes `referrerIdentity`.
    public var includeReferrer: Bool
    /// Whether special category data goes in, when the profile allows it.
    public var specialCategory: SpecialCategoryChoice
    /// A preview, marked as not shared on every page.
    public var draft: Bool
    /// The labels of the Article 6 basis and Article 9 condition the share relies on, printed in the
    /// summary; filled in by `SharingService` from the share's choices.
    public var basisLabel: String?
    public var conditionLabel: String?
    /// Entries the practitioner added or left out for this share, each with its reason.
    public var entryChoices: [EntryChoice] = []
    /// People the practitioner confirmed may be named in this share, each with the reason.
    public var namesConfirmed: [NameConfirmation] = []

    public init(
        includeReferrer: Bool = false, specialCategory: SpecialCategoryChoice = .undecided, draft: Bool = true,
        basisLabel: String? = nil, conditionLabel: String? = nil
    ) {
        self.includeReferrer = includeReferrer
        self.specialCategory = specialCategory
        self.draft = draft
        self.basisLabel = basisLabel
        self.conditionLabel = conditionLabel
    }
}

/// The practitioner's answer to the special category warning. A preview shows such data (marked) while
/// the choice is undecided; sharing refuses until the practitioner has chosen.
public enum SpecialCategoryChoice: String, Hashable, Sendable, CaseIterable {
    case undecided
    case include
    case leaveOut = "leave-out"
}
