#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
@testable import CaseworkCore
import Foundation
import Testing

/// Tampering that the chain alone did not show: a trail deleted, emptied or replaced while cases exist,
/// entries cut from the end, a case's revision logged twice or going backwards (an older copy put back
/// and saved again), and in an encrypted store entries forged or recomputed without the key.
@Suite struct AuditTamperDetectionTests {
    /// A store with two cases, two changes and a view: five entries (six when encrypted).
    func storeWithHistory(encrypted: Bool = false) throws -> (CaseStore, CaseReference) {
        let store = encrypted ? try Fixture.encryptedStore() : try Fixture.plainStore()
        let record = try Fixture.makeCase(in: store)
        try store.update(record.reference, by: "alice", summary: "lead") { $0.lead = "bob" }
        try store.update(record.reference, by: "bob", summary: "reason") { $0.referral.reason = "More detail" }
        try store.recordView(record.reference, revision: 3, by: "carol")
        try Fixture.makeCase(in: store, name: "Other Child")
        return (store, record.reference)
    }

    func lines(_ store: CaseStore) -> [String] {
        String(decoding: Fixture.bytes(store.audit.path) ?? Data(), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], to store: CaseStore) {
        Fixture.overwrite(store.audit.path, with: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    @Test func aDeletedTrailIsAProblemWhileCasesExist() throws {
        let (store, _) = try storeWithHistory()
        unlink(store.audit.path)
        let withHead = try store.audit.verify()
        #expect(withHead.problem?.contains("the trail is missing but audit.head records") == true)
        unlink(store.audit.headPath)
        let result = try store.audit.verify()
        #expect(!result.isIntact)
        #expect(result.problem == "the trail is missing while the store holds 2 cases: it was deleted or emptied")
    }

    @Test func anEmptiedTrailIsAProblemWhileCasesExist() throws {
        let (store, _) = try storeWithHistory()
        Fixture.overwrite(store.audit.path, with: Data())
        unlink(store.audit.headPath)
        #expect(try store.audit.verify().problem?.contains("the trail is empty while the store holds 2 cases") == true)
    }

    @Test func aNewStoreWithNoTrailAndNoCasesIsIntact() throws {
        let store = try Fixture.plainStore()
        let result = try store.audit.verify()
        #expect(result.isIntact)
        #expect(result.entries == 0)
    }

    @Test func aTrailReplacedByGarbageIsAProblem() throws {
        let (store, _) = try storeWithHistory()
        Fixture.overwrite(store.audit.path, with: Data("not a trail at all\nstill not\n".utf8))
        let result = try store.audit.verify()
        #expect(!result.isIntact)
        #expect(result.problemLine == 1)
        #expect(result.problem?.contains("is not an entry and not a write cut short") == true)
    }

    @Test func aGarbageLineBetweenEntriesThatStillChainIsAProblem() throws {
        let (store, _) = try storeWithHistory()
        var all = lines(store)
        all.insert("rm -rf cases", at: 2)
        write(all, to: store)
        let result = try store.audit.verify()
        #expect(result.problemLine == 3)
        #expect(result.problem?.contains("between entries 2 and 3") == true)
    }

    @Test(arguments: [1, 3])
    func entriesCutFromTheEndAreNamed(cut: Int) throws {
        let (store, _) = try storeWithHistory()
        let all = lines(store)
        write(Array(all.dropLast(cut)), to: store)
        let result = try store.audit.verify()
        #expect(!result.isIntact)
        let what = cut == 1 ? "the last entry was removed" : "the last \(cut) entries were removed"
        #expect(result.problem == "\(what): audit.head records entry \(all.count) but the trail ends at entry \(all.count - cut)")
    }

    @Test func aDeletedHeadIsAProblem() throws {
        let (store, _) = try storeWithHistory()
        unlink(store.audit.headPath)
        #expect(try store.audit.verify().problem?.contains("audit.head is missing") == true)
    }

    @Test func aRevisionLoggedTwiceIsTheRollbackSignature() throws {
        let (store, reference) = try storeWithHistory()
        // What the previous version let happen: revision 2 put back, then saved again as revision 3.
        try store.audit.append(.change, reference: reference, revision: 3, fields: ["lead"], by: "mallory")
        let result = try store.audit.verify()
        #expect(result.problemEntry == 6)
        #expect(result.problem?.contains("revision 3 of case \(reference) is recorded twice (entries 3 and 6)") == true)
    }

    @Test func aRevisionGoingBackwardsIsNamed() throws {
        let (store, reference) = try storeWithHistory()
        try store.audit.append(.change, reference: reference, revision: 2, fields: ["lead"], by: "mallory")
        let result = try store.audit.verify()
        #expect(result.problem?.contains("case \(reference) goes back from revision 3 (entry 3) to revision 2 (entry 6)") == true)
    }

    @Test(arguments: [false, true])
    func savingOverAnOlderCopyIsRefusedAndNothingIsWritten(encrypted: Bool) throws {
        let store = encrypted ? try Fixture.encryptedStore() : try Fixture.plainStore()
        let record = try Fixture.makeCase(in: store)
        let file = store.path(for: record.reference)
        let first = try #require(Fixture.bytes(file))
        try store.update(record.reference, by: "alice", summary: "lead") { $0.lead = "bob" }
        Fixture.overwrite(file, with: first)
        let trail = Fixture.bytes(store.audit.path)
        #expect(throws: ProtectionError.rolledBack(reference: record.reference, fileRevision: 1, loggedRevision: 2)) {
            try store.update(record.reference, by: "alice", summary: "again") { $0.lead = "carol" }
        }
        #expect(Fixture.bytes(file) == first)
        #expect(Fixture.bytes(store.audit.path) == trail)
        #expect(try store.audit.verify().isIntact)
        let findings = try AuditCrossCheck.run(store: store)
        #expect(findings.map(\.reference) == [record.reference.rawValue])
        #expect(findings.first?.message.contains("holds revision 1 but the trail records revision 2") == true)
    }

    @Test func aSaveCutShortAfterItWasLoggedCanBeMadeAgain() throws {
        let store = try Fixture.plainStore()
        let record = try Fixture.makeCase(in: store)
        // The entry of a save whose case file was never written (a crash between the two).
        let lost = try store.audit.append(.change, reference: record.reference, revision: 2, fields: ["lead"], by: "alice")
        let saved = try store.update(record.reference, by: "alice", summary: "lead") { $0.lead = "bob" }
        #expect(saved.revision == 2)
        #expect(try store.audit.entries().last?.replaces == lost.seq)
        #expect(try store.audit.verify().isIntact)
        #expect(try AuditCrossCheck.run(store: store).isEmpty)
    }

    @Test func anEncryptedStoresEntriesAndHeadAreKeyed() throws {
        let (store, _) = try storeWithHistory(encrypted: true)
        let entries = try store.audit.entries()
        // Encrypted before its first case: every entry, the store-level one included, is keyed.
        #expect(entries.allSatisfy { $0.chain == .hmacSHA256 })
        let head = try JSONDecoder().decode(AuditHead.self, from: try #require(Fixture.bytes(store.audit.headPath)))
        #expect(head.chain == .hmacSHA256)
        #expect(head.mac != nil)
        #expect(try store.audit.verify().isIntact)
        let withoutKey = AuditLog(root: store.root, files: DurableFile(), now: { Timestamp.now() })
        #expect(try withoutKey.verify().problem?.contains("give the passphrase") == true)
        #expect(throws: ProtectionError.self) { try withoutKey.append(.view, reference: nil, by: "mallory") }
    }

    @Test func aForgedEntryRecomputedWithPlainSHA256IsNamed() throws {
        let (store, _) = try storeWithHistory(encrypted: true)
        var entries = try store.audit.entries()
        var all = lines(store)
        let index = entries.count - 1
        entries[index].actor = "mallory"
        entries[index].chain = .sha256
        entries[index].hash = try entries[index].computedHash()
        all[index] = String(decoding: try CaseCodec.encodeLine(entries[index]), as: UTF8.self)
        write(all, to: store)
        let result = try store.audit.verify()
        #expect(result.problemEntry == entries[index].seq)
        #expect(result.problem?.contains("is in plain SHA-256 although entry") == true)
    }

    @Test func aKeyedEntryForgedWithAnotherKeyIsNamed() throws {
        let (store, _) = try storeWithHistory(encrypted: true)
        var entries = try store.audit.entries()
        var all = lines(store)
        entries[1].actor = "mallory"
        entries[1].hash = try entries[1].computedHash(key: AuditKey(storeKey: SymmetricKey(size: .bits256)))
        all[1] = String(decoding: try CaseCodec.encodeLine(entries[1]), as: UTF8.self)
        write(all, to: store)
        #expect(try store.audit.verify().problem?.contains("entry \(entries[1].seq) (line 2) was altered: its contents do not match its seal") == true)
    }

    @Test func aWholeTrailRewrittenInPlainFormIsNamed() throws {
        let (store, _) = try storeWithHistory(encrypted: true)
        // Every entry recomputed as a plain chain, and a plain head to match: no key needed to make it.
        var prev = AuditEntry.genesis
        var rewritten: [String] = []
        var last: AuditEntry?
        for var entry in try store.audit.entries() {
            entry.chain = .sha256
            entry.prev = prev
            entry.hash = try entry.computedHash()
            prev = entry.hash ?? ""
            rewritten.append(String(decoding: try CaseCodec.encodeLine(entry), as: UTF8.self))
            last = entry
        }
        write(rewritten, to: store)
        let head = AuditHead(seq: try #require(last).seq, hash: prev, chain: .sha256, pending: [:])
        Fixture.overwrite(store.audit.headPath, with: try CaseCodec.encodeLine(head))
        #expect(try store.audit.verify().problem?.hasPrefix("audit.head is not sealed with this store's key: it was replaced") == true)
        // Nothing more is chained onto the rewrite (a keyed entry after it would seal it).
        let before = Fixture.bytes(store.audit.path)
        #expect(throws: ProtectionError.self) { try store.recordView(try #require(store.references().first), by: "alice") }
        #expect(Fixture.bytes(store.audit.path) == before)
    }

    @Test func encryptingAPlainStoreKeepsItsPlainEntriesAndKeysTheNewOnes() throws {
        let root = Fixture.folder()
        let plain = try Fixture.plainStore(root)
        try Fixture.makeCase(in: plain)
        let store = try Fixture.encryptedStore(root)
        try store.recordView(try #require(store.references().first), by: "alice")
        #expect(try store.audit.entries().map(\.chain) == [.sha256, .hmacSHA256, .hmacSHA256])
        #expect(try store.audit.verify().isIntact)
    }

    @Test func aTrailOfTheEarlierVersionStillVerifies() throws {
        let store = try Fixture.plainStore()
        // Entries as the previous version wrote them: no chain field, no head file.
        var prev = AuditEntry.genesis
        var old: [String] = []
        for seq in 1...3 {
            var entry = AuditEntry(seq: seq, time: Timestamp.now(), actor: "alice", action: .view, reference: "KTR-4827",
                                   revision: 1, prev: prev)
            entry.hash = try entry.computedHash()
            prev = entry.hash ?? ""
            old.append(String(decoding: try CaseCodec.encodeLine(entry), as: UTF8.self))
        }
        write(old, to: store)
        let result = try store.audit.verify()
        #expect(result.isIntact)
        #expect(result.entries == 3)
        #expect(result.warnings.first?.contains("no audit.head yet") == true)
        try store.recordView(try #require(CaseReference("KTR-4827")), by: "alice")
        #expect(try store.audit.verify().isIntact)
        #expect(try store.audit.verify().warnings.isEmpty)
    }
}
