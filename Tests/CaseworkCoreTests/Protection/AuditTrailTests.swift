#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// The audit trail: every action lands in `audit.jsonl`, the chain verifies, and `verify` names the
/// first entry that was edited, removed or reordered.
@Suite struct AuditTrailTests {
    /// A store with a short history: create, two changes, a share, a view, an export, a delete.
    func storeWithHistory() throws -> (CaseStore, CaseReference) {
        let store = try Fixture.plainStore()
        let record = try Fixture.makeCase(in: store)
        try store.update(record.reference, by: "alice", summary: "lead changed") { $0.lead = "bob" }
        try store.update(record.reference, by: "bob", summary: "reason") { $0.referral.reason = "More detail" }
        try store.recordView(record.reference, revision: 3, by: "carol")
        try store.recordExport(record.reference, revision: 3, destination: "/home/carol/summary.txt", by: "carol")
        let other = try Fixture.makeCase(in: store, name: "Other Child")
        try store.delete(other.reference, by: "dpo", detail: "retention period over")
        return (store, record.reference)
    }

    func lines(_ store: CaseStore) -> [String] {
        String(decoding: Fixture.bytes(store.audit.path) ?? Data(), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], to store: CaseStore) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: store.audit.path))
    }

    @Test func everyActionIsLoggedWithActorFieldsAndChain() throws {
        let (store, reference) = try storeWithHistory()
        let entries = try store.audit.entries()
        #expect(entries.map(\.action) == [.create, .change, .change, .view, .export, .create, .delete])
        #expect(entries.map(\.seq) == Array(1...7))
        #expect(entries[1].actor == "alice")
        #expect(entries[1].fields == ["lead"])
        #expect(entries[2].fields == ["referral.reason"])
        #expect(entries[4].detail == "/home/carol/summary.txt")
        #expect(entries[0].prev == AuditEntry.genesis)
        for index in 1..<entries.count { #expect(entries[index].prev == entries[index - 1].hash) }
        #expect(try store.audit.trail(for: reference).count == 5)
        let verification = try store.audit.verify()
        #expect(verification.isIntact)
        #expect(verification.entries == 7)
        #expect(verification.headHash == entries.last?.hash)
        // Values never reach the log: it holds paths, not the new reason text.
        #expect(!lines(store).joined().contains("More detail"))
        #expect(!lines(store).joined().contains("Aisha"))
        var info = stat()
        stat(store.audit.path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func theSSHClientAddressIsRecordedWhenThereIsOne() throws {
        let root = Fixture.folder()
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let log = AuditLog(root: root, files: DurableFile(), now: { Timestamp.now() }, sshClient: { "203.0.113.9" })
        try FileManager.default.createDirectory(atPath: root + "/locks", withIntermediateDirectories: true)
        let entry = try log.append(.view, reference: CaseReference("KTR-4827"), by: "alice")
        #expect(entry.sshClient == "203.0.113.9")
        #expect(try log.entries().first?.sshClient == "203.0.113.9")
    }

    @Test func anEditedEntryIsNamed() throws {
        let (store, _) = try storeWithHistory()
        var all = lines(store)
        all[2] = all[2].replacingOccurrences(of: "\"actor\":\"bob\"", with: "\"actor\":\"mallory\"")
        try write(all, to: store)
        let result = try store.audit.verify()
        #expect(result.problemEntry == 3)
        #expect(result.problemLine == 3)
        #expect(result.problem?.contains("altered") == true)
    }

    @Test func anEditedEntryWithARecomputedHashIsNamed() throws {
        let (store, _) = try storeWithHistory()
        var entries = try store.audit.entries()
        entries[2].actor = "mallory"
        entries[2].hash = try entries[2].computedHash()
        var all = lines(store)
        all[2] = String(decoding: try CaseCodec.encodeLine(entries[2]), as: UTF8.self)
        try write(all, to: store)
        let result = try store.audit.verify()
        #expect(result.problemEntry == 3)
        #expect(result.problem?.contains("entry 3 was altered or replaced") == true)
    }

    @Test func aDeletedEntryIsNamed() throws {
        let (store, _) = try storeWithHistory()
        var all = lines(store)
        all.remove(at: 3)
        try write(all, to: store)
        let result = try store.audit.verify()
        #expect(result.problemEntry == 4)
        #expect(result.problem?.contains("entry 4 was removed") == true)
    }

    @Test func aDeletedLastEntryIsCaughtByTheRecordedHead() throws {
        let (store, _) = try storeWithHistory()
        let head = try store.audit.verify().headHash
        var all = lines(store)
        all.removeLast()
        try write(all, to: store)
        let result = try store.audit.verify()
        // The chain itself is intact; audit.head, which records the last entry, is how the cut shows.
        #expect(!result.isIntact)
        #expect(result.problemEntry == 7)
        #expect(result.problem?.contains("the last entry was removed") == true)
        #expect(result.headHash != head)
    }

    @Test func reorderedEntriesAreNamed() throws {
        let (store, _) = try storeWithHistory()
        var all = lines(store)
        all.swapAt(1, 2)
        try write(all, to: store)
        let result = try store.audit.verify()
        #expect(result.problemEntry == 2)
        #expect(result.problem?.contains("entry 2 was reordered") == true)
    }

    @Test func concurrentAppendersNeverBreakTheChain() async throws {
        let store = try Fixture.plainStore()
        let record = try Fixture.makeCase(in: store)
        let root = store.root
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let mine = try! CaseStore(root: root)
                    for _ in 0..<25 { try! mine.recordView(record.reference, by: "worker\(worker)") }
                }
            }
        }
        let result = try store.audit.verify()
        #expect(result.isIntact, "\(result.problem ?? "")")
        #expect(result.entries == 101)
    }

    @Test func aTornLastLineIsAWarningAndTheNextAppendStartsAFreshLine() throws {
        let (store, _) = try storeWithHistory()
        let handle = try #require(FileHandle(forWritingAtPath: store.audit.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"seq\":8,\"act".utf8))
        try handle.close()
        let torn = try store.audit.verify()
        #expect(torn.isIntact)
        #expect(torn.warnings.count == 1)
        #expect(torn.warnings.first?.contains("line 8") == true)
        try store.recordView(try #require(CaseReference("KTR-4827")), by: "alice")
        #expect(lines(store).count == 9)
        #expect(try store.audit.entries().last?.seq == 8)
        let after = try store.audit.verify()
        #expect(after.isIntact)
        #expect(after.entries == 8)
        #expect(after.warnings.count == 1)
    }

    @Test func anEntryTurnedIntoGarbageIsNamedAsRemoved() throws {
        let (store, _) = try storeWithHistory()
        var all = lines(store)
        all[4] = "garbage"
        try write(all, to: store)
        let result = try store.audit.verify()
        #expect(result.problemEntry == 5)
        #expect(result.problem?.contains("entry 5 was removed") == true)
    }
}
