#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import Synchronization

/// A throwaway case store seeded with the training cases, for `casework demo`.
///
/// Training happens in front of a room, often on a practitioner's own laptop, so it must never read or
/// write the real store: a session never looks at `--store` or `CASEWORK_STORE`. It lives in a fresh
/// private folder (made with mkdtemp, 0700) that `finish()` removes, or in a folder the trainer chose with
/// `--keep DIR`, which stays. A folder is only ever wiped when it carries the training marker file, so a
/// mistyped `--keep` pointing at a real store is refused rather than emptied.
public final class TrainingSession: @unchecked Sendable {
    /// The file that marks a folder as a training store, and so as safe to wipe and reseed.
    public static let markerFileName = ".casework-training"
    /// The name temporary training stores start with, under the system temporary folder.
    public static let temporaryPrefix = "casework-training-"

    /// The store folder.
    public let root: String
    /// True when the folder was chosen with `--keep` and outlives the session.
    public let isKept: Bool
    public let catalog: TrainingCatalog
    /// The workspace the workbench opens: the same type, store and code paths as real work.
    public let workspace: Workspace
    /// Guards `finished`: the workbench may reset or finish from its effect runner's thread.
    private let finished = Mutex(false)

    private var isFinished: Bool {
        finished.withLock { $0 }
    }

    private init(root: String, isKept: Bool, catalog: TrainingCatalog, user: String) throws {
        self.root = root
        self.isKept = isKept
        self.catalog = catalog
        self.workspace = Workspace(store: try CaseStore(root: root), user: user)
    }

    /// Prepares a training store and seeds it with the training cases.
    ///
    /// - Parameters:
    ///   - keep: a folder to keep the store in; reused as it is on a later run unless `reset` is set. A
    ///     folder that exists, holds anything, and is not a training store is refused.
    ///   - reset: wipe a kept training store and seed it again. A temporary store is always fresh.
    ///   - catalog: the training material; the bundled one when nil.
    ///   - temporaryFolder: where a temporary store is made; the system temporary folder when nil.
    public static func start(
        keep: String? = nil, reset: Bool = false, catalog: TrainingCatalog? = nil, temporaryFolder: String? = nil,
        user: String = CaseworkEnvironment.currentUser()
    ) throws -> TrainingSession {
        let material = try catalog ?? TrainingCatalog.load()
        guard !material.cases.isEmpty else {
            throw CaseworkError.invalidArgument(
                "There are no training cases in \(material.folder)/\(TrainingCatalog.casesFolderName). Reinstall Casework.")
        }
        guard let keep else {
            let base = temporaryFolder ?? PathText.temporaryFolder(environment: ProcessInfo.processInfo.environment)
            removeAbandoned(in: base)
            let root = try makePrivateFolder(in: base)
            let session = try TrainingSession(root: root, isKept: false, catalog: material, user: user)
            do {
                try session.seed()
            } catch {
                try? session.finish()
                throw error
            }
            return session
        }
        let root = absolute(keep)
        let state = try folderState(root)
        switch state {
        case .foreign:
            throw CaseworkError.invalidArgument(
                "\(root) already holds files and is not a training store, so the demo will not use it (it may be a real case store). Choose a new or empty folder for --keep.")
        case .missing, .empty:
            try DurableFile().ensureFolder(root)
            let session = try TrainingSession(root: root, isKept: true, catalog: material, user: user)
            try session.seed()
            return session
        case .training(let seeded):
            let session = try TrainingSession(root: root, isKept: true, catalog: material, user: user)
            if reset {
                try session.reset()
            } else if !seeded {
                try session.seed()
            }
            return session
        }
    }

    /// Wipes the store and seeds it again: every change made in the session is gone.
    public func reset() throws {
        guard !isFinished else { throw CaseworkError.invalidArgument("The training session has finished; start a new one.") }
        guard TrainingSession.hasMarker(root) else {
            throw CaseworkError.invalidArgument("\(root) is not a training store, so it will not be wiped.")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: root)
        for name in names where name != StoreMarker.fileName {
            try FileManager.default.removeItem(atPath: root + "/" + name)
        }
        try workspace.store.files.ensureFolder(workspace.store.casesFolder)
        try workspace.store.files.ensureFolder(workspace.store.locksFolder)
        try seed()
    }

    /// Ends the session: a temporary store is removed with everything done in it; a kept one stays.
    /// Safe to call more than once.
    public func finish() throws {
        let already = finished.withLock { finished in
            defer { finished = true }
            return finished
        }
        guard !already else { return }
        guard !isKept, FileManager.default.fileExists(atPath: root) else { return }
        try FileManager.default.removeItem(atPath: root)
    }

    /// Writes the marker, the bundled settings and a copy of every training case.
    private func seed() throws {
        let store = workspace.store
        let marker = isKept
            ? "Casework training store (fictional cases only), kept with --keep.\n"
            : "Casework training store (fictional cases only), temporary.\npid \(getpid())\n"
        try store.files.write(Data(marker.utf8), to: root + "/" + TrainingSession.markerFileName)
        let settingsPath = try BundledResources.defaultSettingsPath()
        guard let settings = try store.files.read(settingsPath) else {
            throw CaseworkError.invalidArgument("The bundled settings file \(settingsPath) is missing. Reinstall Casework.")
        }
        try store.files.write(settings, to: store.settingsPath)
        for record in catalog.cases {
            try store.files.write(try CaseCodec.encode(record), to: store.path(for: record.reference))
        }
    }

    // MARK: Folders

    enum FolderState: Equatable {
        case missing
        case empty
        /// A training store; `seeded` when it holds at least one case.
        case training(seeded: Bool)
        case foreign
    }

    static func folderState(_ path: String) throws -> FolderState {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard PathText.isFolder(path) else {
            throw CaseworkError.invalidArgument("\(path) is a file, not a folder; choose a folder for --keep.")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        if names.isEmpty { return .empty }
        guard hasMarker(path) else { return .foreign }
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: path + "/cases")) ?? []
        return .training(seeded: cases.contains { $0.hasSuffix(".json") && !$0.hasPrefix(".") })
    }

    static func hasMarker(_ folder: String) -> Bool {
        var info = stat()
        return lstat(folder + "/" + markerFileName, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return PathText.standardized(full)
    }

    /// A new folder only this user can enter, with a name no other process can have taken (mkdtemp).
    static func makePrivateFolder(in base: String) throws -> String {
        let folder = base.hasSuffix("/") ? String(base.dropLast()) : base
        var template = Array((folder + "/" + temporaryPrefix + "XXXXXX").utf8CString)
        let made: String? = template.withUnsafeMutableBufferPointer { buffer in
            guard let result = mkdtemp(buffer.baseAddress!) else { return nil }
            return String(cString: result)
        }
        guard let made else {
            throw CaseworkError.io(path: folder, operation: "create a temporary training folder in", errno: errno)
        }
        return made
    }

    /// Removes temporary training stores left by a demo that was killed before it could clean up: only
    /// folders with the training prefix and marker, owned by this user, whose process is gone.
    static func removeAbandoned(in base: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
        let folder = base.hasSuffix("/") ? String(base.dropLast()) : base
        for name in names where name.hasPrefix(temporaryPrefix) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid(),
                  hasMarker(path),
                  let marker = try? String(contentsOfFile: path + "/" + markerFileName, encoding: .utf8),
                  let line = marker.split(separator: "\n").first(where: { $0.hasPrefix("pid ") }),
                  let pid = pid_t(line.dropFirst(4)), pid > 0, pid != getpid()
            else { continue }
            if ProcessLiveness.isAlive(pid) { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
