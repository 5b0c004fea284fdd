import CaseworkCore

/// Work the update function asks for but never does itself, so the screen logic stays pure.
public enum Effect: Hashable, Sendable {
    case listCases
    case createCase(NewCase)
    case openCase(CaseReference)
    /// Lets go of the open case (releases the session hold).
    case closeCase
    case save(CaseRecord, basedOn: Int, summary: String)
    case writeSession(WorkbenchSession)
    case quit
}

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
