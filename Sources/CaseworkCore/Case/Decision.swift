/// The practitioner's decision: the threshold level, the route, and why. Made by a person, never computed.
public struct Decision: Hashable, Sendable, Codable {
    /// A threshold id from the authority's settings.
    public var threshold: String
    /// A route id from the authority's settings.
    public var route: String
    public var rationale: String
    public var decidedBy: String
    public var decidedOn: LocalDate
    public var reviewOn: LocalDate?

    public init(threshold: String, route: String, rationale: String, decidedBy: String, decidedOn: LocalDate, reviewOn: LocalDate?) {
        self.threshold = threshold
        self.route = route
        self.rationale = rationale
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.reviewOn = reviewOn
    }
}
