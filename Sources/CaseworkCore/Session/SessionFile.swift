import FoundationEssentials

/// The per-user file `<store>/sessions/<user>.json` that remembers a `WorkbenchSession`.
///
/// One file per user so that two practitioners sharing a store never resume each other's place; written
/// through `DurableFile.writeUnsynced`, so it is 0600 and never half-written (but not fsynced).
public struct SessionFile: Sendable {
    public let store: CaseStore
    public let user: String

    public init(store: CaseStore, user: String) {
        self.store = store
        self.user = user
    }

    public var folder: String { store.root + "/sessions" }

    public var path: String {
        let safe = String(user.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        return "\(folder)/\(safe.isEmpty ? "_" : safe).json"
    }

    /// The remembered session, or nil when there is none or it cannot be read (it is only a convenience).
    public func load() -> WorkbenchSession? {
        guard let data = try? store.files.read(path) else { return nil }
        return try? JSONDecoder().decode(WorkbenchSession.self, from: data)
    }

    public func write(_ session: WorkbenchSession) throws {
        try store.files.ensureFolder(folder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Not fsynced: it is only a convenience, and the fsyncs made quitting take 5 to 15 ms.
        try store.files.writeUnsynced(try encoder.encode(session), to: path)
    }

    public func clear() {
        try? store.files.operations.remove(path)
    }
}
