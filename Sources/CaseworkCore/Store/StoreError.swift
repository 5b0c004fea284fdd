import FoundationEssentials

/// Refusals about the store itself (whose it is, what it is) and about files too large to read back,
/// each one sentence: what is wrong, then what to do. Nothing has been written when one is thrown.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No store given and no home folder to put the default one in.
    case noStoreLocation
    /// A path of the store is owned by someone else, or writable by others.
    case untrusted(store: String, path: String, problem: String)
    /// A folder with contents but no store marker, and not a store made by an earlier version.
    case notAStore(folder: String)
    /// A save would make a case file larger than Casework reads back.
    case caseTooLarge(reference: CaseReference, bytes: Int, limit: Int)
    /// Any other file that would be larger than Casework reads back.
    case fileTooLarge(file: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .noStoreLocation:
            return "There is no home folder to keep the case store in (HOME is not set and the system has none for this user); set HOME, XDG_DATA_HOME or CASEWORK_STORE, or pass --store DIR."
        case .untrusted(let store, let path, let problem):
            let which = path == store ? "the store \(store)" : "\(path) in the store \(store)"
            return "Casework will not use \(which): it \(problem), so others could read or change its records; use a store of your own with --store DIR, or if this one is yours make it private (chown it to yourself, `chmod go-w`, no symbolic links)."
        case .notAStore(let folder):
            return "\(folder) is not a Casework store (it holds other files and no casework-store.json), so nothing in it was changed; choose another folder: `casework init --store DIR` makes an empty or new folder a store."
        case .caseTooLarge(let reference, let bytes, let limit):
            return "Case \(reference) was not saved: it would grow to \(Self.megabytes(bytes)) and Casework reads case files of up to \(Self.megabytes(limit)); keep long texts in the authority's document system and note here where they are."
        case .fileTooLarge(let file, let bytes, let limit):
            return "\(file) was not written: it would be \(Self.megabytes(bytes)), more than the \(Self.megabytes(limit)) Casework reads back; nothing was changed."
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
