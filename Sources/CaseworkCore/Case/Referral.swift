/// How the case came in.
public struct Referral: Hashable, Sendable, Codable {
    /// Why the concern arose, including any specific event.
    public var reason: String
    public var receivedOn: LocalDate
    /// Who referred; left out of summaries unless the practitioner chooses to include it.
    public var referrer: String
    public var referrerRole: String

    public init(reason: String, receivedOn: LocalDate, referrer: String = "", referrerRole: String = "") {
        self.reason = reason
        self.receivedOn = receivedOn
        self.referrer = referrer
        self.referrerRole = referrerRole
    }
}
