#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Writing and reading whole files so that a crash, a full disk or a dropped session never leaves a half
/// file behind, and nothing is readable by other users.
///
/// Foundation's atomic write is not enough on Linux: it does not flush the folder, and under umask 022 it
/// turns a 0600 file into 0644 (measured on this machine kind).
public struct DurableFile: Sendable {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700
    /// Larger files are refused before they are read, so a stray huge file cannot exhaust memory.
    public static let maximumReadSize = 64 * 1024 * 1024

    public let operations: any FileOperations
    /// The largest file `read` accepts, and so the largest `write` makes (`maximumReadSize` but in tests).
    public let readLimit: Int

    public init(operations: any FileOperations = PosixFileOperations(), readLimit: Int = DurableFile.maximumReadSize) {
        self.operations = operations
        self.readLimit = readLimit
    }

    /// The invariant: Casework never writes a file it would then refuse to read.
    public func checkReadable(_ data: Data, path: String) throws {
        guard data.count <= readLimit else { throw StoreError.fileTooLarge(file: path, bytes: data.count, limit: readLimit) }
    }

    /// Temp file in the same folder (exclusive, no symlinks, 0600) -> write -> fsync -> rename -> fsync folder.
    /// Refused, with nothing written, when the file would be larger than `read` accepts.
    /// `syncFolder: false` leaves out the last step, for a file whose previous version is an acceptable
    /// outcome of a power cut (the rename may be undone, the file is never half-written).
    public func write(_ data: Data, to path: String, syncFolder syncsFolder: Bool = true) throws {
        try checkReadable(data, path: path)
        let folder = PathText.folder(of: path)
        let name = PathText.lastComponent(of: path)
        let temp = "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = try operations.open(temp, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: DurableFile.fileMode)
        var renamed = false
        defer { if !renamed { try? operations.remove(temp) } }
        try fill(fd, with: data, path: temp)
        try operations.rename(temp, to: path)
        renamed = true
        if syncsFolder { try syncFolder(folder) }
    }

    /// Creates a new file, never replacing one and never through a link (O_EXCL | O_NOFOLLOW), 0600,
    /// written whole and flushed; on any failure it is removed again. For exports to a path a person named.
    public func writeNew(_ data: Data, to path: String) throws {
        let fd = try operations.open(path, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: DurableFile.fileMode)
        do {
            try fill(fd, with: data, path: path)
            try syncFolder(PathText.folder(of: path))
        } catch {
            try? operations.remove(path)
            throw error
        }
    }

    /// Sets 0600 whatever the umask, writes everything, fsyncs and closes `fd`.
    private func fill(_ fd: Int32, with data: Data, path: String) throws {
        do {
            try operations.setMode(fd, mode: DurableFile.fileMode, path: path)
            try data.withUnsafeBytes { try operations.write(fd, $0, path: path) }
            try operations.sync(fd, path: path)
        } catch {
            operations.close(fd)
            throw error
        }
        operations.close(fd)
    }

    /// Makes a rename in the folder durable.
    public func syncFolder(_ folder: String) throws {
        let fd = try operations.open(folder, flags: O_RDONLY | O_DIRECTORY, mode: 0)
        defer { operations.close(fd) }
        try operations.sync(fd, path: folder)
    }

    /// Creates the folder (and its parents) if needed, and makes sure it is 0700 whatever the umask.
    public func ensureFolder(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            built += "/" + component
            var info = stat()
            if stat(built, &info) == 0 { continue }
            try operations.makeDirectory(built, mode: DurableFile.folderMode)
        }
        let fd = try operations.open(path, flags: O_RDONLY | O_DIRECTORY, mode: 0)
        defer { operations.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CaseworkError.io(path: path, operation: "inspect", errno: errno) }
        if info.st_mode & 0o777 != DurableFile.folderMode, info.st_uid == geteuid() {
            try operations.setMode(fd, mode: DurableFile.folderMode, path: path)
        }
    }

    /// Reads a whole file, refusing links and anything too large; nil when it does not exist.
    public func read(_ path: String) throws -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP {
                throw CaseworkError.unreadable(file: path, detail: "it is a symbolic link, which Casework does not follow")
            }
            throw CaseworkError.io(path: path, operation: "open", errno: errno)
        }
        defer { Glibc.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CaseworkError.io(path: path, operation: "inspect", errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw CaseworkError.unreadable(file: path, detail: "it is not a regular file")
        }
        guard Int(info.st_size) <= readLimit else {
            throw CaseworkError.unreadable(
                file: path, detail: "it is \(Int(info.st_size) / 1_048_576) MB, larger than any case file should be")
        }
        var data = Data(count: Int(info.st_size))
        var total = 0
        try data.withUnsafeMutableBytes { buffer in
            while total < buffer.count {
                let got = Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
                if got < 0 {
                    if errno == EINTR { continue }
                    throw CaseworkError.io(path: path, operation: "read", errno: errno)
                }
                if got == 0 { break }
                total += got
            }
        }
        if total < data.count { data.count = total }
        return data
    }
}
