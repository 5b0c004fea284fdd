/// A legal hold freezes deletion of a case whatever its retention rule says, for example while the
/// record is the subject of proceedings or an inquiry.
public struct LegalHold: Hashable, Sendable, Codable {
    public var reason: String
    public var placedBy: String
    public var placedOn: LocalDate

    public init(reason: String, placedBy: String, placedOn: LocalDate) {
        self.reason = reason
        self.placedBy = placedBy
        self.placedOn = placedOn
    }
}
