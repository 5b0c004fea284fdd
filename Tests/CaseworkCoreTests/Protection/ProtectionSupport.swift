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

    /// Removes the folders of earlier test runs whose process is gone, so the shared temp folder does not
    /// fill up run after run (the current run's folders stay for inspection until the next run).
    static let pruneOnce: Void = {
        let temp = NSTemporaryDirectory()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temp)) ?? [] where name.hasPrefix("casework-protect-") {
            let parts = name.split(separator: "-")
            guard parts.count >= 3, let pid = pid_t(parts[2]), pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }
            try? FileManager.default.removeItem(atPath: temp + "/" + name)
        }
    }()

    /// A fresh private folder under the system temp folder.
    static func folder(_ name: String = "store") -> String {
        _ = pruneOnce
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

    /// Replaces a file's bytes in place with plain POSIX calls (Foundation's `Data.write` takes ~6 ms
    /// here, which thousands of tampering rounds cannot afford).
    static func overwrite(_ path: String, with data: Data) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot open \(path)")
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                precondition(written > 0)
                offset += written
            }
        }
        close(fd)
    }

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
