#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

extension DurableFile {
    /// The same temp file -> write -> rename as `write`, so the file is never half-written and stays 0600,
    /// but without the two fsyncs, which cost 1 to 12 ms on the machines measured. Only for files that are
    /// a convenience (the session file: where the workbench was left), never for a record: after a power
    /// cut such a file may be the previous version.
    public func writeUnsynced(_ data: Data, to path: String) throws {
        try checkReadable(data, path: path)
        let folder = PathText.folder(of: path)
        let name = PathText.lastComponent(of: path)
        let temp = "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = try operations.open(temp, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: DurableFile.fileMode)
        var renamed = false
        defer { if !renamed { try? operations.remove(temp) } }
        do {
            try operations.setMode(fd, mode: DurableFile.fileMode, path: temp)
            try data.withUnsafeBytes { try operations.write(fd, $0, path: temp) }
        } catch {
            operations.close(fd)
            throw error
        }
        operations.close(fd)
        try operations.rename(temp, to: path)
        renamed = true
    }
}
