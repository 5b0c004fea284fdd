#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which version of a case file is on disk: device, inode, size and the change and modification times to
/// the nanosecond.
///
/// Every save renames a new file into place (a new inode), and anything else that rewrites the file in
/// place changes its ctime, which no one can set back; so an equal signature means the bytes are the ones
/// this process last read or wrote.
struct CaseFileSignature: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64

    /// The signature of the file at `path` (following no link), or nil when it cannot be read.
    static func of(_ path: String) -> CaseFileSignature? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return CaseFileSignature(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }
}
