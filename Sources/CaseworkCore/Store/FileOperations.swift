#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// The file system calls the store makes, behind one interface, so that a test can make any one of them
/// fail and check that no record is lost.
public protocol FileOperations: Sendable {
    func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws
    func sync(_ fd: Int32, path: String) throws
    func close(_ fd: Int32)
    func rename(_ from: String, to: String) throws
    func remove(_ path: String) throws
    func makeDirectory(_ path: String, mode: mode_t) throws
    func setMode(_ fd: Int32, mode: mode_t, path: String) throws
}

/// The real calls, each failure turned into a `CaseworkError.io` with the path named.
public struct PosixFileOperations: FileOperations {
    public init() {}

    public func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw CaseworkError.io(path: path, operation: "open", errno: errno) }
        }
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw CaseworkError.io(path: path, operation: "write", errno: errno)
            }
            offset += written
        }
    }

    public func sync(_ fd: Int32, path: String) throws {
        if fsync(fd) != 0 { throw CaseworkError.io(path: path, operation: "flush to disk", errno: errno) }
    }

    public func close(_ fd: Int32) { _ = Glibc.close(fd) }

    public func rename(_ from: String, to: String) throws {
        if Glibc.rename(from, to) != 0 { throw CaseworkError.io(path: to, operation: "replace", errno: errno) }
    }

    public func remove(_ path: String) throws {
        if unlink(path) != 0, errno != ENOENT { throw CaseworkError.io(path: path, operation: "remove", errno: errno) }
    }

    public func makeDirectory(_ path: String, mode: mode_t) throws {
        if mkdir(path, mode) != 0, errno != EEXIST {
            throw CaseworkError.io(path: path, operation: "create the folder", errno: errno)
        }
    }

    public func setMode(_ fd: Int32, mode: mode_t, path: String) throws {
        if fchmod(fd, mode) != 0 { throw CaseworkError.io(path: path, operation: "set permissions on", errno: errno) }
    }
}
