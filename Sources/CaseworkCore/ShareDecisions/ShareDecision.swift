/// The decision behind one share: its purpose, the lawful basis and condition relied on, whether the
/// person or family was told, how it went and exactly what went.
///
/// Kept on the share's `SharingRecord`. Ids and the labels they had at the time are both kept, so the
/// record stands if the settings change. Nothing in it is derived from other parts of the case.
public struct ShareDecision: Hashable, Sendable, Codable {
    public var purpose: String
    /// An Article 6 basis id from the settings, and its label when the share was made.
    public var article6: String
    public var article6Label: String
    /// The Article 9 condition id (with its Schedule 1 condition) when special category data went.
    public var article9: String?
    public var article9Label: String?
    /// For an adult's case shared under a condition that needs them (para 18): their care and support needs.
    public var careAndSupportNeeds: String?
    /// Whether the person or family was told about this share; nil when nothing was said either way.
    public var told: Bool?
    /// Why they were not told (for example it would put someone at risk).
    public var notToldReason: String?
    public var method: ShareMethod
    /// The day a share made by phone, in a meeting or by email took place, when recorded after it.
    public var madeOn: LocalDate?
    /// The sections that went (`SummarySection` raw values), and every entry in them by id
    /// (`answer:intent.stated-wish`, `concern:3`).
    public var sections: [String]
    public var entries: [String]
    /// SHA-256 of the file as written (lowercase hex); nil when no file was written.
    public var fileDigest: String?
    /// The warnings shown before the share went, and the practitioner's reason for going ahead.
    public var warnings: [String]
    public var despite: String?
    /// Entries added or left out by the practitioner for this share, with their reasons.
    public var entryChoices: [EntryChoice]?
    /// People named in this share although protected, each confirmed by the practitioner with a reason.
    public var namesConfirmed: [NameConfirmation]?

    public init(
        purpose: String, article6: String, article6Label: String, article9: String? = nil, article9Label: String? = nil,
        careAndSupportNeeds: String? = nil, told: Bool? = nil, notToldReason: String? = nil, method: ShareMethod = .file,
        madeOn: LocalDate? = nil, sections: [String] = [], entries: [String] = [], fileDigest: String? = nil,
        warnings: [String] = [], despite: String? = nil, entryChoices: [EntryChoice]? = nil,
        namesConfirmed: [NameConfirmation]? = nil
    ) {
        self.namesConfirmed = namesConfirmed
        self.entryChoices = entryChoices
        self.purpose = purpose
        self.article6 = article6
        self.article6Label = article6Label
        self.article9 = article9
        self.article9Label = article9Label
        self.careAndSupportNeeds = careAndSupportNeeds
        self.told = told
        self.notToldReason = notToldReason
        self.method = method
        self.madeOn = madeOn
        self.sections = sections
        self.entries = entries
        self.fileDigest = fileDigest
        self.warnings = warnings
        self.despite = despite
    }
}
