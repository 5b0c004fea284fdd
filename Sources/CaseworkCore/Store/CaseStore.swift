#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The folder of case files, and the only code that writes them.
///
/// Layout: `cases/REF.json` (one pretty-printed, sorted-keys JSON file per case), `locks/REF.lock` (flock,
/// held while a case is re-read and saved), `index.tsv` (a listing cache, rebuilt when stale), optional
/// `settings.json` and `templates/`. Folders are 0700 and files 0600 whatever the umask.
public final class CaseStore: @unchecked Sendable {
    public let root: String
    public let files: DurableFile
    private let now: @Sendable () -> Timestamp

    public var casesFolder: String { root + "/cases" }
    public var locksFolder: String { root + "/locks" }
    public var indexPath: String { root + "/index.tsv" }
    public var settingsPath: String { root + "/settings.json" }
    public var templatesFolder: String { root + "/templates" }

    /// Opens (creating if needed) the store at `root`, and clears temp files left by a crashed save.
    public init(
        root: String, operations: any FileOperations = PosixFileOperations(),
        now: @escaping @Sendable () -> Timestamp = { Timestamp.now() }
    ) throws {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.files = DurableFile(operations: operations)
        self.now = now
        try files.ensureFolder(self.root)
        try files.ensureFolder(casesFolder)
        try files.ensureFolder(locksFolder)
        removeStrayTempFiles()
    }

    public func path(for reference: CaseReference) -> String { "\(casesFolder)/\(reference.rawValue).json" }
    func lockPath(for reference: CaseReference) -> String { "\(locksFolder)/\(reference.rawValue).lock" }

    // MARK: Reading

    public func exists(_ reference: CaseReference) -> Bool {
        access(path(for: reference), F_OK) == 0
    }

    /// Loads a case; a corrupt file or one from a newer version is refused and left exactly as it is.
    public func load(_ reference: CaseReference) throws -> CaseRecord {
        let file = path(for: reference)
        guard let data = try files.read(file) else { throw CaseworkError.caseNotFound(reference.rawValue) }
        let record = try CaseStore.decodeRecord(data, file: file)
        guard record.reference == reference else {
            throw CaseworkError.unreadable(
                file: file, detail: "$.reference is \(record.reference), which does not match the file name")
        }
        return record
    }

    /// Decodes a case file's bytes, checking the schema version before anything else.
    public static func decodeRecord(_ data: Data, file: String) throws -> CaseRecord {
        struct Header: Decodable { var schemaVersion: Int? }
        let header = try CaseCodec.decode(Header.self, from: data, file: file)
        guard let version = header.schemaVersion else {
            throw CaseworkError.unreadable(file: file, detail: "$.schemaVersion is missing")
        }
        guard version <= CaseRecord.currentSchemaVersion else {
            throw CaseworkError.newerSchema(file: file, found: version, supported: CaseRecord.currentSchemaVersion)
        }
        guard version >= 1 else {
            throw CaseworkError.unreadable(file: file, detail: "$.schemaVersion is \(version), which no version of Casework wrote")
        }
        return try CaseCodec.decode(CaseRecord.self, from: data, file: file)
    }

    // MARK: Writing

    /// Creates a case with a fresh reference and saves it as revision 1.
    public func create(
        subject: Subject, referral: Referral, lead: String, template: ChecklistTemplate, by actor: String
    ) throws -> CaseRecord {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let reference = CaseReference.random(using: &generator)
            let created: CaseRecord? = try FileLock.withLock(at: lockPath(for: reference)) {
                guard !exists(reference) else { return nil }
                let time = now()
                var record = CaseRecord(
                    reference: reference, subject: subject, lead: lead, referral: referral,
                    templateID: template.id, templateVersion: template.version, createdAt: time, createdBy: actor)
                record.revision = 1
                record.history = [HistoryEntry(revision: 1, at: time, by: actor, summary: "Case opened", changes: [])]
                try write(record)
                return record
            }
            if let created { return created }
        }
        throw CaseworkError.invalidArgument("Could not find a free case reference after 100 tries; the store may be full.")
    }

    /// Re-reads the case under its lock, applies `change` and saves: the way commands change a case, so
    /// two processes never overwrite each other's work.
    @discardableResult
    public func update(
        _ reference: CaseReference, by actor: String, summary: String, _ change: (inout CaseRecord) throws -> Void
    ) throws -> CaseRecord {
        try FileLock.withLock(at: lockPath(for: reference)) {
            let current = try load(reference)
            var edited = current
            try change(&edited)
            return try saveLocked(edited, over: current, by: actor, summary: summary)
        }
    }

    /// Saves a record edited from `basedOn`; if anyone else saved the case since, nothing is written and
    /// a conflict is reported. The way the workbench saves a case it holds on screen.
    @discardableResult
    public func save(_ edited: CaseRecord, basedOn revision: Int, by actor: String, summary: String) throws -> CaseRecord {
        try FileLock.withLock(at: lockPath(for: edited.reference)) {
            let current = try load(edited.reference)
            guard current.revision == revision else {
                throw CaseworkError.conflict(
                    reference: edited.reference, expected: revision, found: current.revision, by: current.updatedBy)
            }
            return try saveLocked(edited, over: current, by: actor, summary: summary)
        }
    }

    private func saveLocked(_ edited: CaseRecord, over current: CaseRecord, by actor: String, summary: String) throws -> CaseRecord {
        var next = edited
        next.history = current.history
        next.revision = current.revision
        next.updatedAt = current.updatedAt
        next.updatedBy = current.updatedBy
        next.schemaVersion = CaseRecord.currentSchemaVersion
        guard next != current else { return current }
        next.revision = current.revision + 1
        next.updatedAt = max(now(), current.updatedAt)
        next.updatedBy = actor
        let changes = try CaseHistory.changes(from: current, to: next)
        next.history.append(HistoryEntry(revision: next.revision, at: next.updatedAt, by: actor, summary: summary, changes: changes))
        try write(next)
        return next
    }

    private func write(_ record: CaseRecord) throws {
        try files.write(try CaseCodec.encode(record), to: path(for: record.reference))
    }

    /// Removes a case file (retention and deletion build on this). The lock file stays: removing it
    /// while another process waits on it would let two processes hold "the" lock at once.
    public func delete(_ reference: CaseReference) throws {
        try FileLock.withLock(at: lockPath(for: reference)) {
            try files.operations.remove(path(for: reference))
            try files.syncFolder(casesFolder)
        }
    }

    // MARK: Listing

    /// Every case reference with a file in the store, sorted.
    public func references() -> [CaseReference] {
        CaseIndexFile.references(inFolder: casesFolder)
    }

    /// A summary line for every case, from the index where it is fresh and from the file where it is not.
    public func list() -> [CaseListing] {
        CaseIndex(store: self).listings()
    }

    // MARK: Housekeeping

    /// Deletes `.NAME.PID.N.tmp` files whose writing process is gone (a crash mid-save). A temp file of a
    /// live process is another session's save in flight and is left alone.
    func removeStrayTempFiles() {
        for folder in [casesFolder, root] {
            // readdir, not FileManager: listing 10,000 case names that way cost 4 ms of every start.
            for name in CaseIndexFile.hiddenTempNames(inFolder: folder) {
                let parts = name.split(separator: ".")
                if parts.count >= 3, let pid = pid_t(parts[parts.count - 3]), pid > 0,
                   kill(pid, 0) == 0 || errno == EPERM {
                    continue
                }
                try? files.operations.remove("\(folder)/\(name)")
            }
        }
    }
}
