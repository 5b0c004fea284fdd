/// Failures of the records-protection layer (encryption, audit, retention), each one sentence that says
/// what is wrong and what to do. Kept apart from `CaseworkError` so that screens switching over that enum
/// are not broken by new cases.
public enum ProtectionError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongPassphrase
    case passphraseNeeded(store: String)
    case weakOrAbsurdKDF(file: String, detail: String)
    case sealedFileRejected(file: String, detail: String)
    case notEncrypted(file: String)
    case alreadyEncrypted(store: String)
    case storeNotEncrypted(store: String)
    case passphraseUnusable(String)
    case onHold(reference: CaseReference, reason: String)
    case notDue(reference: CaseReference, dueOn: LocalDate?)
    case auditUnavailable(file: String, detail: String)
    case rolledBack(reference: CaseReference, fileRevision: Int, loggedRevision: Int)

    public var description: String {
        switch self {
        case .wrongPassphrase:
            return "The passphrase is wrong for this store; nothing was opened or changed, so try again."
        case .passphraseNeeded(let store):
            return "The store \(store) is encrypted: give its passphrase at the prompt or with --passphrase-file FILE."
        case .weakOrAbsurdKDF(let file, let detail):
            return "\(file) asks for key-derivation settings Casework refuses (\(detail)); restore the key file from a backup."
        case .sealedFileRejected(let file, let detail):
            return "\(file) cannot be opened: \(detail). It has not been changed; restore it from a backup."
        case .notEncrypted(let file):
            return "\(file) is not encrypted although the store is; run `casework encrypt` to finish encrypting the store."
        case .alreadyEncrypted(let store):
            return "The store \(store) is already encrypted; use `casework passphrase` to change its passphrase."
        case .storeNotEncrypted(let store):
            return "The store \(store) is not encrypted; run `casework encrypt` first."
        case .passphraseUnusable(let reason):
            return reason
        case .onHold(let reference, let reason):
            return "Case \(reference) is under a legal hold (\(reason)), so it cannot be deleted; release the hold first."
        case .notDue(let reference, let dueOn):
            let when = dueOn.map { "until \($0)" } ?? "until its retention period can be worked out"
            return "Case \(reference) must be kept \(when); it was not deleted."
        case .auditUnavailable(let file, let detail):
            return "Could not record the action in \(file) (\(detail)), so it was not done; check the store folder is writable."
        case .rolledBack(let reference, let fileRevision, let loggedRevision):
            return "Case \(reference)'s file holds revision \(fileRevision) but the audit trail shows revision \(loggedRevision) was saved, so an older copy was put back; nothing was saved: restore the latest copy from a backup and tell your data protection officer."
        }
    }
}
