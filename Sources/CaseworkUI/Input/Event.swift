import CaseworkCore

/// Everything that can happen to the workbench: input from the person, time passing, and the results
/// of effects the runner performed.
public enum Event: Sendable {
    case key(Key)
    /// Printable text that arrived in one burst (a paste): inserted at once, redrawn once.
    case paste(String)
    case resize(Size)
    /// Time passing (about four times a second): drives idle saving and the session file.
    case tick(Timestamp)
    /// SIGHUP, SIGTERM or SIGINT: save what is in the editor and leave.
    case hangup

    case listed([CaseListing])
    case opened(OpenCase)
    case saved(CaseRecord)
    /// A read-only case read again: still held elsewhere, or now ours to change.
    case refreshed(OpenCase)
    /// A save was refused because someone else (`by`) saved first; the case as it now is comes with it.
    case conflict(by: String, current: CaseRecord?)
    /// A save failed (disk full, permissions): nothing was written; the sentence says why.
    case saveFailed(String)
    case failed(String)
    /// A share went out; the case as saved with its sharing record comes with it.
    case shared(ShareResult)
    /// A share was refused and nothing was written: every reason, one sentence each.
    case shareRefused([String])
    /// A decision not to share was recorded; the case as saved comes with it.
    case declined(SharingRecord, CaseRecord)
}
