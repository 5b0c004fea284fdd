import Foundation
import Testing
@testable import CaseworkCore

/// The open case a store remembers so that a save can skip reading the file again: the skip must never
/// hide a change someone else made, however they made it.
@Suite("Remembered open case")
struct RememberedCaseTests {
    func edited(_ record: CaseRecord, note: String) -> CaseRecord {
        var copy = record
        copy.answers["referral.trigger", default: ItemAnswer()].note = note
        return copy
    }

    @Test func savesInARowKeepEveryChangeAndTheFileMatches() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        var record = try store.load(try Fixtures.newCase(in: store).reference, remember: true)
        for round in 1...5 {
            record = try store.save(edited(record, note: "round \(round)"), basedOn: record.revision, by: "a", summary: "note")
        }
        let fresh = try CaseStore(root: store.root).load(record.reference)
        #expect(fresh == record)
        #expect(fresh.revision == 6)
        #expect(fresh.history.count == 6)
    }

    @Test func aSaveByAnotherSessionIsSeenAsAConflict() throws {
        let folder = TemporaryFolder()
        let mine = try Fixtures.store(in: folder)
        let record = try mine.load(try Fixtures.newCase(in: mine).reference, remember: true)
        let theirs = try CaseStore(root: mine.root)
        _ = try theirs.save(edited(record, note: "theirs"), basedOn: record.revision, by: "b", summary: "note")
        #expect(throws: CaseworkError.self) {
            try mine.save(edited(record, note: "mine"), basedOn: record.revision, by: "a", summary: "note")
        }
        #expect(try CaseStore(root: mine.root).load(record.reference).answers["referral.trigger"]?.note == "theirs")
    }

    /// A tool that rewrites the file in place (same inode, same size even) still changes its ctime.
    @Test func aFileRewrittenInPlaceIsReadAgain() throws {
        let folder = TemporaryFolder()
        let mine = try Fixtures.store(in: folder)
        let record = try mine.load(try Fixtures.newCase(in: mine).reference, remember: true)
        let path = mine.path(for: record.reference)
        let bytes = try #require(Fixtures.bytes(path))
        let text = String(decoding: bytes, as: UTF8.self)
        let bumped = text.replacingOccurrences(of: "\"revision\" : 1,", with: "\"revision\" : 7,")
        try #require(bumped != text && bumped.utf8.count == text.utf8.count)
        usleep(10_000)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(bumped.utf8))
        try handle.close()
        #expect(throws: CaseworkError.self) {
            try mine.save(edited(record, note: "mine"), basedOn: record.revision, by: "a", summary: "note")
        }
    }

    @Test func aDeletedCaseIsNotSavedFromMemory() throws {
        let folder = TemporaryFolder()
        let mine = try Fixtures.store(in: folder)
        let record = try mine.load(try Fixtures.newCase(in: mine).reference, remember: true)
        try FileManager.default.removeItem(atPath: mine.path(for: record.reference))
        #expect(throws: CaseworkError.self) {
            try mine.save(edited(record, note: "mine"), basedOn: record.revision, by: "a", summary: "note")
        }
        #expect(!FileManager.default.fileExists(atPath: mine.path(for: record.reference)))
    }
}
