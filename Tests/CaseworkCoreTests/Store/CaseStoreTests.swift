import Foundation
import Testing
@testable import CaseworkCore

@Suite("The case store")
struct CaseStoreTests {
    @Test func createdCaseLoadsBackEqual() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        #expect(record.revision == 1)
        #expect(try store.load(record.reference) == record)
        let text = try String(contentsOfFile: store.path(for: record.reference), encoding: .utf8)
        #expect(text.contains("\n  \"answers\" : {"), "pretty-printed")
        #expect(text.range(of: "\"actions\"")!.lowerBound < text.range(of: "\"subject\"")!.lowerBound, "sorted keys")
    }

    @Test func filesArePrivateWhateverTheUmask() throws {
        let folder = TemporaryFolder()
        let previous = umask(0o022)
        defer { umask(previous) }
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        try store.update(record.reference, by: Fixtures.user, summary: "note") { $0.referral.reason += " More." }
        _ = store.list()
        #expect(Fixtures.mode(store.root) == 0o700)
        #expect(Fixtures.mode(store.casesFolder) == 0o700)
        #expect(Fixtures.mode(store.path(for: record.reference)) == 0o600)
        #expect(Fixtures.mode(store.indexPath) == 0o600)
    }

    @Test func existingLooseFolderIsTightened() throws {
        let folder = TemporaryFolder()
        let root = folder.file("loose")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        _ = try CaseStore(root: root)
        #expect(Fixtures.mode(root) == 0o700)
    }

    @Test func staleSaveIsAConflictAndWritesNothing() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let opened = try Fixtures.newCase(in: store)
        // Another session saves first.
        try store.update(opened.reference, by: "other.worker", summary: "other") { $0.lead = "other.worker" }
        let before = Fixtures.bytes(store.path(for: opened.reference))
        var mine = opened
        mine.referral.reason = "My edit"
        #expect(throws: CaseworkError.conflict(reference: opened.reference, expected: 1, found: 2, by: "other.worker")) {
            try store.save(mine, basedOn: opened.revision, by: Fixtures.user, summary: "mine")
        }
        #expect(Fixtures.bytes(store.path(for: opened.reference)) == before)
    }

    @Test func unchangedSaveAddsNoRevision() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        let saved = try store.save(record, basedOn: 1, by: Fixtures.user, summary: "nothing")
        #expect(saved.revision == 1)
        #expect(saved.history.count == 1)
    }

    enum Damage: String, CaseIterable, Sendable {
        case truncated, garbled, empty, invalidUTF8

        func apply(_ data: Data) -> Data {
            var copy = data
            switch self {
            case .truncated: return data.prefix(data.count / 2)
            case .garbled: copy.replaceSubrange(40..<60, with: Data(repeating: 0x7B, count: 20))
            case .empty: return Data()
            case .invalidUTF8: copy.insert(contentsOf: [0xC3, 0x28, 0xFF], at: 30)
            }
            return copy
        }
    }

    @Test(arguments: Damage.allCases)
    func damagedFileIsReportedAndNeverWritten(damage: Damage) throws {
        let label = damage.rawValue
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        let path = store.path(for: record.reference)
        let damaged = damage.apply(Fixtures.bytes(path)!)
        try damaged.write(to: URL(fileURLWithPath: path))
        do {
            _ = try store.load(record.reference)
            Issue.record("\(label) file loaded")
        } catch let error as CaseworkError {
            guard case .unreadable(let file, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(file == path)
            #expect("\(error)".contains("has not been changed"))
        }
        #expect(throws: CaseworkError.self) {
            try store.update(record.reference, by: Fixtures.user, summary: "x") { $0.lead = "someone" }
        }
        #expect(Fixtures.bytes(path) == damaged, "\(label): the damaged bytes must be left exactly as they were")
        let listing = store.list().first { $0.reference == record.reference }
        #expect(listing?.problem != nil, "the list shows the case as unreadable instead of hiding it")
    }

    @Test func wrongTypeNamesTheJSONPath() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        let path = store.path(for: record.reference)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : \"one\"").write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: CaseworkError.unreadable(file: path, detail: "$.revision should be a whole number")) {
            try store.load(record.reference)
        }
    }

    @Test func newerSchemaIsRefusedAndKept() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        let path = store.path(for: record.reference)
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 7")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: CaseworkError.newerSchema(file: path, found: 7, supported: 2)) {
            try store.load(record.reference)
        }
        #expect(throws: CaseworkError.self) {
            try store.update(record.reference, by: Fixtures.user, summary: "x") { $0.lead = "someone" }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func strayTempFilesFromDeadProcessesAreCleared() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let dead = store.casesFolder + "/.KTR-4827.json.999999.1.tmp"
        let live = store.casesFolder + "/.KTR-4827.json.\(getpid()).2.tmp"
        try Data("half".utf8).write(to: URL(fileURLWithPath: dead))
        try Data("in flight".utf8).write(to: URL(fileURLWithPath: live))
        _ = try CaseStore(root: store.root)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live), "another live session's save in flight is left alone")
    }

    @Test func listingUsesAndRefreshesTheIndex() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        var references: [CaseReference] = []
        for index in 0..<5 { references.append(try Fixtures.newCase(in: store, name: "Person \(index) Example").reference) }
        #expect(store.list().map(\.reference) == references.sorted())
        #expect(FileManager.default.fileExists(atPath: store.indexPath))
        try store.update(references[2], by: Fixtures.user, summary: "answer") {
            $0.answers["intent.stated-wish"] = ItemAnswer(status: .someConcern, note: "x")
        }
        let listed = store.list().first { $0.reference == references[2] }!
        #expect(listed.answeredItems == 1)
        #expect(listed.revision == 2)
        try store.delete(references[0])
        #expect(store.list().count == 4)
        try Data("not an index".utf8).write(to: URL(fileURLWithPath: store.indexPath))
        #expect(store.list().count == 4, "a broken index is rebuilt")
    }
}
