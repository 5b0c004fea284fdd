#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation

/// Shared helpers for the records-protection tests.
enum Fixture {
    static let passphrase = Data("correct horse battery staple".utf8)

    /// A fresh private folder under the system temp folder.
    static func folder(_ name: String = "store") -> String {
        let base = NSTemporaryDirectory() + "casework-protect-\(getpid())-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        return base + "/" + name
    }

    static var template: ChecklistTemplate {
        try! TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
    }

    static func plainStore(_ root: String = folder(), operations: any FileOperations = PosixFileOperations()) throws -> CaseStore {
        try CaseStore(root: root, operations: operations)
    }

    /// An encrypted store with cheap test-only scrypt settings.
    static func encryptedStore(_ root: String = folder(), operations: any FileOperations = PosixFileOperations()) throws -> CaseStore {
        if access(root + "/keystore.json", F_OK) != 0 {
            try StoreEncryption.encrypt(root: root, passphrase: passphrase, policy: .testing(), by: "tester")
        }
        return try CaseStore(root: root, operations: operations, passphrase: { passphrase }, keyPolicy: .testing())
    }

    @discardableResult
    static func makeCase(in store: CaseStore, name: String = "Aisha Khan", reason: String = "Posted extremist material") throws -> CaseRecord {
        try store.create(
            subject: Subject(name: name, dateOfBirth: LocalDate(year: 2010, month: 3, day: 4)),
            referral: Referral(reason: reason, receivedOn: LocalDate(year: 2026, month: 11, day: 1)!, referrer: "Mr Jones", referrerRole: "Head of year"),
            lead: "tester", template: template, by: "tester")
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Every regular file under `folder`, recursively.
    static func allFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let name = walker.nextObject() as? String {
            let path = folder + "/" + name
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { found.append(path) }
        }
        return found
    }

    /// Files under `folder` whose bytes contain `needle`.
    static func filesContaining(_ needle: String, under folder: String) -> [String] {
        let pattern = Data(needle.utf8)
        return allFiles(under: folder).filter { path in
            guard let data = FileManager.default.contents(atPath: path) else { return false }
            return data.range(of: pattern) != nil
        }
    }
}

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
