import FoundationEssentials

/// The per-user file `<store>/sessions/<user>.json` that remembers a `WorkbenchSession`.
///
/// One file per user so that two practitioners sharing a store never resume each other's place; written
/// through `DurableFile.writeUnsynced`, so it is 0600 and never half-written (but not fsynced).
///
/// Its drafts and forms are case data typed but not yet saved, so in an encrypted store the file is sealed
/// like a case (only ciphertext reaches the disk, temp file included). A clear session file found in an
/// encrypted store (written before `casework encrypt`, which seals them, or by an interrupted run) is read
/// once so the typing is not lost, and at once written back sealed.
public struct SessionFile: Sendable {
    public let store: CaseStore
    public let user: String

    public init(store: CaseStore, user: String) {
        self.store = store
        self.user = user
    }

    public var folder: String { store.root + "/sessions" }

    /// The file's name without `.json`: the user's name with anything but letters, digits, `-_.` replaced.
    var owner: String {
        let safe = String(user.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        return safe.isEmpty ? "_" : safe
    }

    public var path: String { "\(folder)/\(owner).json" }

    /// The remembered session, or nil when there is none or it cannot be read (it is only a convenience).
    public func load() -> WorkbenchSession? {
        guard let data = try? store.files.read(path) else { return nil }
        guard let cipher = store.cipher else {
            // A sealed file in a plain store cannot be read (and is not ours to decrypt).
            guard !SealedEnvelope.isSealed(data) else { return nil }
            return try? JSONDecoder().decode(WorkbenchSession.self, from: data)
        }
        guard SealedEnvelope.isSealed(data) else {
            guard let session = try? JSONDecoder().decode(WorkbenchSession.self, from: data) else {
                clear()
                return nil
            }
            // From before the store was encrypted: kept, but never left in clear.
            do { try write(session) } catch { clear() }
            return session
        }
        guard let plaintext = try? cipher.openSession(data, owner: owner, file: path) else { return nil }
        return try? JSONDecoder().decode(WorkbenchSession.self, from: plaintext)
    }

    public func write(_ session: WorkbenchSession) throws {
        try store.files.ensureFolder(folder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var data = try encoder.encode(session)
        if let cipher = store.cipher { data = try cipher.sealSession(data, owner: owner) }
        // Not fsynced: it is only a convenience, and the fsyncs made quitting take 5 to 15 ms.
        try store.files.writeUnsynced(data, to: path)
    }

    public func clear() {
        try? store.files.operations.remove(path)
    }

    /// Seals every clear session file in the store's sessions folder (used by `casework encrypt`);
    /// one that cannot be read is removed, since it cannot be sealed and must not stay in clear.
    /// Returns how many were sealed.
    static func sealAll(in store: CaseStore, cipher: StoreCipher) throws -> Int {
        let folder = store.root + "/sessions"
        var sealed = 0
        for name in FolderEntries.names(in: folder) ?? [] where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let file = "\(folder)/\(name)"
            guard let data = try? store.files.read(file), !SealedEnvelope.isSealed(data) else { continue }
            let owner = String(name.dropLast(".json".count))
            if (try? JSONDecoder().decode(WorkbenchSession.self, from: data)) != nil {
                try store.files.write(try cipher.sealSession(data, owner: owner), to: file)
                sealed += 1
            } else {
                try store.files.operations.remove(file)
                try store.files.syncFolder(folder)
            }
        }
        return sealed
    }
}
