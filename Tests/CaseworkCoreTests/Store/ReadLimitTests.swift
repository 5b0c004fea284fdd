@testable import CaseworkCore
import Foundation
import Testing

/// Finding 7 of issue 10: the program's own saves took a case past the read limit, after which it could
/// not be read. The invariant now: Casework never writes a file it would refuse to read.
@Suite struct ReadLimitTests {
    static let limit = 120_000

    /// Grows the referral reason by 5,000 characters a save until a save is refused; returns the error.
    func fillUntilRefused(_ store: CaseStore, _ reference: CaseReference) throws -> (any Error, lastSaved: CaseRecord) {
        var last = try store.load(reference)
        for round in 1...100 {
            do {
                last = try store.update(reference, by: "tester", summary: "longer") {
                    $0.referral.reason = String(repeating: "evidence ", count: round * 555)
                }
            } catch {
                return (error, last)
            }
        }
        Issue.record("no save was refused below \(Self.limit) bytes")
        throw CancellationError()
    }

    @Test(arguments: [false, true])
    func aSaveThatWouldPassTheReadLimitIsRefusedWithNothingWritten(encrypted: Bool) throws {
        let root = Fixture.folder()
        if encrypted { _ = try Fixture.encryptedStore(root) }
        let store = encrypted
            ? try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing(), readLimit: Self.limit)
            : try CaseStore(root: root, readLimit: Self.limit)
        let reference = try Fixture.makeCase(in: store).reference

        let (error, lastSaved) = try fillUntilRefused(store, reference)

        let file = store.path(for: reference)
        let sizeBefore = try #require(Fixture.bytes(file)).count
        #expect(sizeBefore <= Self.limit)
        #expect(sizeBefore > Self.limit / 2, "the case was filled close to the limit")
        guard case StoreError.caseTooLarge(let refused, let bytes, let limit) = error else {
            Issue.record("expected caseTooLarge, got \(error)")
            return
        }
        #expect(refused == reference && bytes > limit && limit == Self.limit)
        #expect("\(error)".contains("was not saved"))
        #expect("\(error)".contains("document system"))
        // Nothing written: the case reads back as the last save, and the trail has no entry for the refusal.
        let entries = try store.audit.verify()
        #expect(entries.isIntact)
        #expect(try store.load(reference) == lastSaved)
        #expect(try store.audit.entries().last?.revision == lastSaved.revision)
        #expect(Fixture.allFiles(under: root).filter { $0.hasSuffix(".tmp") }.isEmpty)
        // And a smaller change still saves.
        let smaller = try store.update(reference, by: "tester", summary: "shorter") { $0.referral.reason = "moved to the DMS, ref 42" }
        #expect(smaller.revision == lastSaved.revision + 1)
    }

    @Test func aCreateThatWouldPassTheReadLimitIsRefusedBeforeTheTrail() throws {
        let store = try CaseStore(root: Fixture.folder(), readLimit: 4_000)
        #expect(throws: StoreError.self) {
            try Fixture.makeCase(in: store, reason: String(repeating: "long reason ", count: 400))
        }
        #expect(store.references().isEmpty)
        #expect(try store.audit.entries().isEmpty)
    }

    @Test func noFileIsWrittenLargerThanTheReadLimit() throws {
        let folder = TemporaryFolder()
        let files = DurableFile(readLimit: 1_000)
        let path = folder.file("session.json")
        #expect(throws: StoreError.fileTooLarge(file: path, bytes: 1_001, limit: 1_000)) {
            try files.write(Data(count: 1_001), to: path)
        }
        #expect(throws: StoreError.self) { try files.writeUnsynced(Data(count: 1_001), to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        try files.write(Data(count: 1_000), to: path)
        #expect(try files.read(path)?.count == 1_000)
    }
}
