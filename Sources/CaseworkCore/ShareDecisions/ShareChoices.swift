/// What the practitioner decides for one share, beyond what goes in the summary: the basis relied on,
/// whether the family was told, how it went, and the reason for going ahead despite warnings.
public struct ShareChoices: Hashable, Sendable {
    /// An Article 6 basis id; nil means the recipient profile's default basis.
    public var basis: String?
    /// An Article 9 condition id, needed when special category data goes.
    public var condition: String?
    public var careAndSupportNeeds: String?
    public var told: Bool?
    public var notToldReason: String?
    public var method: ShareMethod
    public var madeOn: LocalDate?
    public var despite: String?

    public init(
        basis: String? = nil, condition: String? = nil, careAndSupportNeeds: String? = nil, told: Bool? = nil,
        notToldReason: String? = nil, method: ShareMethod = .file, madeOn: LocalDate? = nil, despite: String? = nil
    ) {
        self.basis = basis
        self.condition = condition
        self.careAndSupportNeeds = careAndSupportNeeds
        self.told = told
        self.notToldReason = notToldReason
        self.method = method
        self.madeOn = madeOn
        self.despite = despite
    }
}
