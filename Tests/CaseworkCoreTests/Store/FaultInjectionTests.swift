import Foundation
import Testing
@testable import CaseworkCore

/// File operations that fail at the Nth call, to prove a save interrupted at any step loses nothing.
final class FailingOperations: FileOperations, @unchecked Sendable {
    private let real = PosixFileOperations()
    private let lock = NSLock()
    private var calls = 0
    var failAt: Int?

    var callCount: Int { lock.lock(); defer { lock.unlock() }; return calls }

    private func step(_ path: String) throws {
        lock.lock()
        calls += 1
        let current = calls
        lock.unlock()
        if current == failAt { throw CaseworkError.io(path: path, operation: "injected failure at call \(current) on", errno: EIO) }
    }

    func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 { try step(path); return try real.open(path, flags: flags, mode: mode) }
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws { try step(path); try real.write(fd, bytes, path: path) }
    func sync(_ fd: Int32, path: String) throws { try step(path); try real.sync(fd, path: path) }
    func close(_ fd: Int32) { real.close(fd) }
    func rename(_ from: String, to: String) throws { try step(to); try real.rename(from, to: to) }
    func remove(_ path: String) throws { try step(path); try real.remove(path) }
    func makeDirectory(_ path: String, mode: mode_t) throws { try step(path); try real.makeDirectory(path, mode: mode) }
    func setMode(_ fd: Int32, mode: mode_t, path: String) throws { try step(path); try real.setMode(fd, mode: mode, path: path) }
}

@Suite("Interrupted saves")
struct FaultInjectionTests {
    @Test func aSaveFailingAtAnyStepLeavesTheOldOrTheNewVersion() throws {
        let folder = TemporaryFolder()
        let operations = FailingOperations()
        let store = try CaseStore(root: folder.file("store"), operations: operations)
        let original = try Fixtures.newCase(in: store)
        let before = operations.callCount
        _ = try store.update(original.reference, by: Fixtures.user, summary: "probe") { $0.lead = "probe" }
        let callsPerSave = operations.callCount - before
        #expect(callsPerSave >= 5, "open, chmod, write, fsync, rename, fsync folder")
        for failing in 1...callsPerSave {
            let previous = try store.load(original.reference)
            operations.failAt = operations.callCount + failing
            var attempted: CaseRecord?
            do {
                attempted = try store.update(original.reference, by: Fixtures.user, summary: "step \(failing)") { $0.lead = "lead \(failing)" }
            } catch {}
            operations.failAt = nil
            let after = try store.load(original.reference)
            #expect(after == previous || after == attempted || after.lead == "lead \(failing)", "step \(failing): old or new, never broken")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.casesFolder).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty, "step \(failing): temp file left behind")
        }
    }
}
