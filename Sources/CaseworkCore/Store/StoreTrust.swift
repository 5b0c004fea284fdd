#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Decides whether a folder may be used as this user's store, before anything in it is read or changed.
///
/// Trusted: the root, its folders and the files that steer the program (marker, settings, templates, key
/// store, trail) are owned by the user and not writable by group or others, and none is a symbolic link
/// (checked with lstat and, for the root, fstat on a descriptor opened without following links).
/// A missing folder is made a new store; an empty private folder of the user's becomes one; an old store
/// (a `cases/` folder of the user's, from before the marker) gets the marker; anything else without a
/// marker is refused untouched.
public enum StoreTrust {
    /// The folders of a store, and the files in its root that the program reads and acts on.
    static let folders = ["cases", "locks", "sessions", "keys", "templates"]
    static let files = [StoreMarker.fileName, "settings.json", StoreKeyFile.fileName, "audit.jsonl", "index.tsv"]

    /// What `prepare` found.
    public enum Outcome: Equatable, Sendable {
        case existing
        case created
        case adoptedEmpty
        case adoptedOldStore
    }

    /// Makes sure `root` is a trusted store, creating or marking it when the rules allow; throws a
    /// `StoreError` (nothing changed) otherwise.
    @discardableResult
    public static func prepare(root: String, files durable: DurableFile) throws -> Outcome {
        var info = stat()
        if lstat(root, &info) != 0 {
            guard errno == ENOENT else { throw CaseworkError.io(path: root, operation: "inspect", errno: errno) }
            try durable.ensureFolder(root)
            try checkRoot(root)
            try StoreMarker.write(in: root, files: durable)
            return .created
        }
        try checkRoot(root)
        let markerPath = root + "/" + StoreMarker.fileName
        if lstat(markerPath, &info) == 0 {
            try checkContents(root)
            _ = try StoreMarker.read(markerPath, files: durable)
            return .existing
        }
        let names = FolderEntries.names(in: root) ?? []
        if names.isEmpty {
            try StoreMarker.write(in: root, files: durable)
            return .adoptedEmpty
        }
        guard lstat(root + "/cases", &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else {
            throw StoreError.notAStore(folder: root)
        }
        try checkContents(root)
        try StoreMarker.write(in: root, files: durable)
        return .adoptedOldStore
    }

    /// The trust rules alone, for a store that must already exist (changing the passphrase): nothing is
    /// created or marked.
    public static func check(root: String) throws {
        try checkRoot(root)
        try checkContents(root)
    }

    /// The root: a real folder (not a link), the user's, not writable by others.
    static func checkRoot(_ root: String) throws {
        var link = stat()
        if lstat(root, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
            throw StoreError.untrusted(store: root, path: root, problem: "is a symbolic link")
        }
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ELOOP { throw StoreError.untrusted(store: root, path: root, problem: "is a symbolic link") }
            if errno == ENOTDIR { throw StoreError.notAStore(folder: root) }
            throw CaseworkError.io(path: root, operation: "open", errno: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CaseworkError.io(path: root, operation: "inspect", errno: errno) }
        if let problem = problem(with: info) { throw StoreError.untrusted(store: root, path: root, problem: problem) }
    }

    /// The store's folders, the files in its root that steer the program, and every template.
    static func checkContents(_ root: String) throws {
        for name in folders {
            try checkEntry(root + "/" + name, store: root, folder: true)
        }
        for name in files {
            try checkEntry(root + "/" + name, store: root, folder: false)
        }
        try checkTemplates(store: root)
    }

    /// The templates folder and every file in it, checked again just before templates are read.
    public static func checkTemplates(store root: String) throws {
        try checkEntry(root + "/templates", store: root, folder: true)
        for name in FolderEntries.names(in: root + "/templates") ?? [] {
            try checkEntry(root + "/templates/" + name, store: root, folder: false)
        }
    }

    /// One path of the store (absent is fine): of the expected kind, no link, the user's, private.
    public static func checkEntry(_ path: String, store: String, folder: Bool) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK { throw StoreError.untrusted(store: store, path: path, problem: "is a symbolic link") }
        if type != (folder ? S_IFDIR : S_IFREG) {
            throw StoreError.untrusted(store: store, path: path, problem: folder ? "is not a folder" : "is not a regular file")
        }
        if let problem = problem(with: info) { throw StoreError.untrusted(store: store, path: path, problem: problem) }
    }

    /// Why a file's owner or mode makes it untrustworthy, or nil.
    public static func problem(with info: stat) -> String? {
        if info.st_uid != geteuid() {
            return "belongs to \(userName(info.st_uid)), not to you (\(CaseworkEnvironment.currentUser()))"
        }
        if info.st_mode & 0o022 != 0 {
            return "can be changed by other users (mode \(octal(info.st_mode & 0o7777)))"
        }
        return nil
    }

    static func userName(_ uid: uid_t) -> String {
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return "\(String(cString: name)) (uid \(uid))" }
        return "uid \(uid)"
    }

    static func octal(_ mode: mode_t) -> String {
        let text = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}
