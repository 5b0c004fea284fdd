#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation

/// File operations that fail at the Nth throwing call, to walk a failure through every step of a save.
final class FailingFileOperations: FileOperations, @unchecked Sendable {
    private let real = PosixFileOperations()
    private let lock = NSLock()
    private var calls = 0
    private var armed = false
    let failAt: Int
    private(set) var failedCall: String?
    /// Names of the calls made since arming, in order.
    private(set) var log: [String] = []

    init(failAt: Int) { self.failAt = failAt }

    func arm() { lock.withLock { armed = true; calls = 0; log = [] } }

    private func step(_ name: String) throws {
        try lock.withLock {
            guard armed else { return }
            calls += 1
            log.append(name)
            if calls == failAt {
                failedCall = name
                throw CaseworkError.io(path: "(injected)", operation: "inject a failure into \(name)", errno: EIO)
            }
        }
    }

    var didFail: Bool { lock.withLock { failedCall != nil } }

    func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
        try step("open \((path as NSString).lastPathComponent)")
        return try real.open(path, flags: flags, mode: mode)
    }
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        try step("write \((path as NSString).lastPathComponent)")
        try real.write(fd, bytes, path: path)
    }
    func sync(_ fd: Int32, path: String) throws {
        try step("sync \((path as NSString).lastPathComponent)")
        try real.sync(fd, path: path)
    }
    func close(_ fd: Int32) { real.close(fd) }
    func rename(_ from: String, to: String) throws {
        try step("rename to \((to as NSString).lastPathComponent)")
        try real.rename(from, to: to)
    }
    func remove(_ path: String) throws {
        try step("remove \((path as NSString).lastPathComponent)")
        try real.remove(path)
    }
    func makeDirectory(_ path: String, mode: mode_t) throws {
        try step("mkdir \((path as NSString).lastPathComponent)")
        try real.makeDirectory(path, mode: mode)
    }
    func setMode(_ fd: Int32, mode: mode_t, path: String) throws {
        try step("chmod \((path as NSString).lastPathComponent)")
        try real.setMode(fd, mode: mode, path: path)
    }
}
