/// An agency involved in the case and what it contributed.
public struct AgencyInvolvement: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    /// An agency id from the authority's settings, or free text for one not listed.
    public var agency: String
    public var contact: String
    public var contribution: String
    public var checkedOn: LocalDate?

    public init(id: Int, agency: String, contact: String, contribution: String, checkedOn: LocalDate?) {
        self.id = id
        self.agency = agency
        self.contact = contact
        self.contribution = contribution
        self.checkedOn = checkedOn
    }
}
