import CaseworkCore

/// What the new-case form collects.
public struct NewCase: Hashable, Sendable {
    public var subjectName: String
    public var reason: String
    public var receivedOn: LocalDate
    public var referrer: String
    public var referrerRole: String

    public init(subjectName: String, reason: String, receivedOn: LocalDate, referrer: String, referrerRole: String) {
        self.subjectName = subjectName
        self.reason = reason
        self.receivedOn = receivedOn
        self.referrer = referrer
        self.referrerRole = referrerRole
    }
}
