import CaseworkCore

/// Work the update function asks for but never does itself, so the screen logic stays pure.
public enum Effect: Hashable, Sendable {
    case listCases
    case createCase(NewCase)
    case openCase(CaseReference)
    /// Lets go of the open case (releases the session hold).
    case closeCase
    case save(CaseRecord, basedOn: Int, summary: String)
    /// Re-reads a case shown read-only, and takes the hold if its holder has let go.
    case refresh(CaseReference)
    case writeSession(WorkbenchSession)
    case quit
    /// Shares a summary through `SharingService` (checked, written 0600, recorded in the case and audit trail).
    case share(ShareRequest)
    /// Records a decision not to share with a recipient, with why.
    case declineShare(CaseReference, recipient: String, why: String)
}
