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
