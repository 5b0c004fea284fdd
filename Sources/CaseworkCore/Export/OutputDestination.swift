#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// A file a person asked a command to write (`summary -o`, `stats -o`, `share -o`, `subject-access --out`),
/// checked so that an export can never replace a record, the trail or a key, and written 0600.
///
/// The path is judged by where it really leads: the parent folder is resolved through links and `..`, and
/// an existing file is compared by device and inode with every file of the store, so a symlinked folder,
/// a hard link or a trailing slash cannot smuggle a store file past the check. A symbolic link as the last
/// part is always refused, and a new file is created with O_EXCL | O_NOFOLLOW, so a link planted between
/// the check and the write is not followed.
public struct OutputDestination: Sendable {
    /// The absolute path that will be written.
    public let path: String
    /// True when a file is already there and will be replaced (only with `force`).
    public let replaces: Bool
    let operations: any FileOperations

    /// Checks `given` (relative to the working folder) against the store at `storeRoot`; throws, with one
    /// sentence saying what to do, when it must not be written. `force` allows replacing an existing file
    /// outside the store, never a link or a store file.
    public init(
        _ given: String, storeRoot: String, force: Bool = false, existingFileAdvice: String? = nil,
        operations: any FileOperations = PosixFileOperations()
    ) throws {
        self.operations = operations
        let shown = TextSanitizer.echo(given)
        let absolute = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
        let name = PathText.lastComponent(of: absolute)
        let folder = PathText.folder(of: absolute)
        let namesFolder = given.hasSuffix("/") || name == "." || name == ".." || name == "/"
        guard let realFolder = OutputDestination.realPath(folder) else {
            throw CaseworkError.invalidArgument(
                "The folder for \(shown) does not exist or cannot be reached; create it or choose another path.")
        }
        let absoluteStore = storeRoot.hasPrefix("/") ? storeRoot : FileManager.default.currentDirectoryPath + "/" + storeRoot
        let realStore = OutputDestination.realPath(absoluteStore) ?? PathText.standardized(absoluteStore)
        let joined = realFolder == "/" ? "/" + name : realFolder + "/" + name
        // A trailing slash, "." or ".." asks for a folder: judge what it leads to.
        let target = namesFolder ? OutputDestination.realPath(joined) ?? joined : joined
        if OutputDestination.isInside(target, root: realStore) || OutputDestination.isInside(realFolder, root: realStore) {
            throw OutputDestination.insideStore(shown)
        }
        if namesFolder {
            throw CaseworkError.invalidArgument("\(shown) is a folder; name a file to write, outside the case store.")
        }
        var info = stat()
        if lstat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                throw CaseworkError.invalidArgument(
                    "\(shown) is a symbolic link, which Casework never writes through; name a new file outside the case store.")
            case S_IFDIR:
                throw CaseworkError.invalidArgument("\(shown) is a folder; name a file to write, outside the case store.")
            case S_IFREG:
                break
            default:
                throw CaseworkError.invalidArgument("\(shown) is not a regular file; name a new file outside the case store.")
            }
            if info.st_nlink > 1, OutputDestination.storeHolds(device: info.st_dev, inode: info.st_ino, root: realStore) {
                throw OutputDestination.insideStore(shown)
            }
            guard force else {
                throw CaseworkError.invalidArgument(
                    existingFileAdvice.map { "\(shown) already exists; \($0)" }
                        ?? "\(shown) already exists; choose a new file name, or add --force to replace it.")
            }
            replaces = true
        } else {
            replaces = false
        }
        path = target
    }

    /// Writes the whole file, 0600 and flushed to disk. A new file is created exclusively, without
    /// following links; a replaced one goes through a temp file and a rename, so the old one is never
    /// half overwritten. On failure nothing is left at the path (or the old file stays as it was).
    public func write(_ data: Data) throws {
        let files = DurableFile(operations: operations)
        if replaces {
            try files.write(data, to: path)
        } else {
            try files.writeNew(data, to: path)
        }
    }

    /// Removes the written file again, when what it records could not be recorded.
    public func withdraw() {
        try? operations.remove(path)
    }

    static func insideStore(_ shown: String) -> CaseworkError {
        .invalidArgument("\(shown) is inside the case store, where it would replace a record; write it somewhere else.")
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The path with every link and `..` resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when some file under the store is the same file (a hard link to it).
    static func storeHolds(device: dev_t, inode: ino_t, root: String) -> Bool {
        var pending = [root]
        while let folder = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                let child = folder + "/" + name
                var info = stat()
                guard lstat(child, &info) == 0 else { continue }
                if info.st_dev == device && info.st_ino == inode { return true }
                if info.st_mode & S_IFMT == S_IFDIR { pending.append(child) }
            }
        }
        return false
    }
}
