/// Fills a store with invented cases (made-up names, events and decisions) for statistics, demos and
/// load tests. Nothing here describes a real person.
public struct FictionalCaseFactory {
    public var store: CaseStore
    public var template: ChecklistTemplate
    public var settings: AuthoritySettings
    public var user: String

    static let givenNames = ["Ari", "Bexley", "Cato", "Dilys", "Emrys", "Fenna", "Galen", "Hollis", "Ines", "Jory",
                             "Kestrel", "Lowen", "Morwen", "Nyle", "Orla", "Perrin", "Quill", "Rosen", "Sable", "Tamsin"]
    static let familyNames = ["Ashcombe", "Brackwater", "Cindermoor", "Dunmere", "Elderfield", "Fallowby", "Greystoke-Vane",
                              "Hartwell", "Ivybridge", "Jessop-Lark", "Kilnsey", "Larkholme", "Marrowdene", "Nettlecombe"]
    static let reasons = [
        "Shared violent extremist videos in a class group chat (fictional scenario).",
        "Searched on a school laptop for how to make an explosive device (fictional scenario).",
        "Defaced a community building with hate symbols after a news event (fictional scenario).",
        "Parent active in an extremist movement; child repeating its slogans at school (fictional scenario).",
        "Siblings seen watching violent footage at a relative's home (fictional scenario).",
    ]

    public init(store: CaseStore, template: ChecklistTemplate, settings: AuthoritySettings, user: String = "fictional-generator") {
        self.store = store
        self.template = template
        self.settings = settings
        self.user = user
    }

    /// Creates `count` cases; the same seed gives the same cases (references apart, which the store picks).
    @discardableResult
    public func generate(count: Int, seed: UInt64 = 2026) throws -> [CaseReference] {
        var rng = SeededGenerator(seed: seed)
        var references: [CaseReference] = []
        let headings = template.concernHeadings.map(\.id)
        let base = LocalDate(year: 2026, month: 1, day: 5)!
        for _ in 0..<count {
            let name = "\(Self.givenNames.randomElement(using: &rng)!) \(Self.familyNames.randomElement(using: &rng)!)"
            let received = base.adding(days: Int.random(in: 0...300, using: &rng))
            let age = Int.random(in: 8...30, using: &rng)
            let knowsBirthday = Int.random(in: 0...9, using: &rng) > 1
            let dob = knowsBirthday ? received.adding(days: -(age * 365 + Int.random(in: 0...300, using: &rng))) : nil
            let record = try store.create(
                subject: Subject(name: name, dateOfBirth: dob),
                referral: Referral(reason: Self.reasons.randomElement(using: &rng)!, receivedOn: received,
                                   referrer: "Fictional referrer", referrerRole: "Designated safeguarding lead"),
                lead: "practitioner-\(Int.random(in: 1...6, using: &rng))", template: template, by: user)
            let concernCount = Int.random(in: 0...4, using: &rng)
            let concerns = (0..<concernCount).map { index in
                Concern(
                    id: index + 1, what: "Fictional concern \(index + 1)", observedOn: received,
                    source: "Fictional source", heading: headings.randomElement(using: &rng) ?? "engagement",
                    nature: .behaviour, severity: ConcernSeverity.allCases.randomElement(using: &rng)!,
                    recordedAt: record.createdAt, recordedBy: user)
            }
            let decided = Int.random(in: 0...9, using: &rng) > 2
            let threshold = settings.thresholds.randomElement(using: &rng)!
            let route = settings.routes.randomElement(using: &rng)!
            let status: CaseStatus = decided
                ? [CaseStatus.decided, .underReview, .closed].randomElement(using: &rng)!
                : [CaseStatus.newReferral, .assessing].randomElement(using: &rng)!
            try store.update(record.reference, by: user, summary: "Fictional assessment") { r in
                r.concerns = concerns
                r.status = status
                if decided {
                    r.decision = Decision(
                        threshold: threshold.id, route: route.id, rationale: "Fictional rationale.", decidedBy: user,
                        decidedOn: received.adding(days: 14), reviewOn: received.adding(days: 100))
                }
            }
            references.append(record.reference)
        }
        return references
    }
}
