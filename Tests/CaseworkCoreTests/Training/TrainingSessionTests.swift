import Foundation
import Testing
@testable import CaseworkCore

/// A training session works on its own throwaway copy and never on the practitioner's store.
///
/// `TrainingSession.start` takes no store at all, so the real store can only be reached by a bug that
/// writes outside the session's folder; these tests keep a populated "real" store beside each session and
/// check it byte for byte. The end-to-end tests do the same through `CASEWORK_STORE` and the binary (the
/// environment is not changed here: setenv races with other suites reading it).
@Suite(.serialized) struct TrainingSessionTests {
    /// Every file under a folder with its bytes, to show a folder was not touched.
    static func contents(of folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        for case let name as String in walker {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            result[name] = !exists || isFolder.boolValue ? Data() : FileManager.default.contents(atPath: folder + "/" + name)
        }
        return result
    }

    static func trainingFolders(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(TrainingSession.temporaryPrefix) }
    }

    @Test func aTemporarySessionIsPrivateSeededAndGoneAfterFinish() throws {
        let tmp = TemporaryFolder("casework-training-tmp")
        let catalog = try TrainingCatalog.load()

        let session = try TrainingSession.start(temporaryFolder: tmp.path, user: "trainee")
        #expect(!session.isKept)
        #expect(session.root.hasPrefix(tmp.path + "/" + TrainingSession.temporaryPrefix))
        #expect(Fixtures.mode(session.root) == 0o700)
        #expect(Fixtures.mode(session.workspace.store.casesFolder) == 0o700)
        #expect(Set(session.workspace.store.references()) == Set(catalog.cases.map(\.reference)))
        #expect(Fixtures.mode(session.workspace.store.path(for: catalog.cases[0].reference)) == 0o600)
        #expect(FileManager.default.fileExists(atPath: session.workspace.store.settingsPath))
        #expect(try session.workspace.settings().thresholds.map(\.id).contains("no-further-action"))
        #expect(session.workspace.store.list().count == catalog.cases.count)

        // A change made in training is saved like any other, in the training store only.
        let reference = catalog.cases[0].reference
        let changed = try session.workspace.store.update(reference, by: "trainee", summary: "Practice") { $0.status = .assessing }
        #expect(changed.revision == catalog.cases[0].revision + 1)

        try session.finish()
        #expect(!FileManager.default.fileExists(atPath: session.root))
        #expect(Self.trainingFolders(in: tmp.path).isEmpty)
        try session.finish()
    }

    @Test func theRealStoreIsLeftExactlyAsItWas() throws {
        let tmp = TemporaryFolder("casework-training-tmp")
        let real = TemporaryFolder("casework-real-store")
        let realStore = try Fixtures.store(in: real)
        _ = try Fixtures.newCase(in: realStore)
        let before = Self.contents(of: real.path)

        let session = try TrainingSession.start(temporaryFolder: tmp.path, user: "trainee")
        for reference in session.workspace.store.references() {
            try session.workspace.store.update(reference, by: "trainee", summary: "Practice") { $0.lead = "trainee" }
        }
        try session.reset()
        try session.finish()

        #expect(Self.contents(of: real.path) == before)
    }

    @Test func resetThrowsAwayTheSessionsChanges() throws {
        let tmp = TemporaryFolder("casework-training-tmp")
        let session = try TrainingSession.start(temporaryFolder: tmp.path, user: "trainee")
        defer { try? session.finish() }
        let catalog = session.catalog
        let reference = catalog.cases[0].reference
        try session.workspace.store.update(reference, by: "trainee", summary: "Practice") { $0.lead = "trainee" }
        _ = try session.workspace.store.create(
            subject: Subject(name: "Practice Person"), referral: Referral(reason: "Practice", receivedOn: Fixtures.day),
            lead: "trainee", template: try session.workspace.templates().defaultTemplate, by: "trainee")
        #expect(session.workspace.store.references().count == catalog.cases.count + 1)

        try session.reset()
        #expect(Set(session.workspace.store.references()) == Set(catalog.cases.map(\.reference)))
        #expect(try session.workspace.store.load(reference) == catalog.cases[0])
        #expect(session.workspace.store.list().count == catalog.cases.count)
        #expect(Fixtures.mode(session.root) == 0o700)
    }

    @Test func aKeptStoreStaysAndIsReusedUntilReset() throws {
        let parent = TemporaryFolder("casework-training-keep")
        let kept = parent.file("my training")
        let first = try TrainingSession.start(keep: kept, user: "trainer")
        #expect(first.isKept && first.root == kept)
        #expect(Fixtures.mode(kept) == 0o700)
        let reference = first.catalog.cases[0].reference
        try first.workspace.store.update(reference, by: "trainer", summary: "Practice") { $0.lead = "trainer" }
        try first.finish()
        #expect(FileManager.default.fileExists(atPath: first.workspace.store.path(for: reference)))

        // Without --reset, the next session carries on where the last one stopped.
        let second = try TrainingSession.start(keep: kept, user: "trainer")
        #expect(try second.workspace.store.load(reference).lead == "trainer")
        try second.finish()

        // With --reset, it starts over.
        let third = try TrainingSession.start(keep: kept, reset: true, user: "trainer")
        #expect(try third.workspace.store.load(reference) == third.catalog.cases[0])
        try third.finish()
        #expect(FileManager.default.fileExists(atPath: kept + "/" + TrainingSession.markerFileName))
    }

    @Test func keepRefusesAFolderThatIsNotATrainingStore() throws {
        let real = TemporaryFolder("casework-real-store")
        let store = try Fixtures.store(in: real)
        _ = try Fixtures.newCase(in: store)
        let before = Self.contents(of: real.path)
        #expect(throws: CaseworkError.self) { try TrainingSession.start(keep: store.root, user: "trainer") }
        #expect(throws: CaseworkError.self) { try TrainingSession.start(keep: store.root, reset: true, user: "trainer") }
        #expect(Self.contents(of: real.path) == before)
    }

    @Test func anEmptyFolderCanBeKept() throws {
        let parent = TemporaryFolder("casework-training-keep")
        try FileManager.default.createDirectory(atPath: parent.file("empty"), withIntermediateDirectories: false)
        let session = try TrainingSession.start(keep: parent.file("empty"), user: "trainer")
        #expect(session.workspace.store.references().count == session.catalog.cases.count)
        try session.finish()
    }

    @Test func aStoreLeftByAKilledDemoIsCleanedUpNextTime() throws {
        let tmp = TemporaryFolder("casework-training-tmp")
        // A temporary store whose process is gone (pid 2^22 + 1 is above the largest pid Linux allows).
        let abandoned = try TrainingSession.makePrivateFolder(in: tmp.path)
        try Data("Casework training store (fictional cases only), temporary.\npid 4194305\n".utf8)
            .write(to: URL(fileURLWithPath: abandoned + "/" + TrainingSession.markerFileName))
        // A folder with the prefix but no marker is not ours to remove.
        let unmarked = try TrainingSession.makePrivateFolder(in: tmp.path)

        let session = try TrainingSession.start(temporaryFolder: tmp.path, user: "trainee")
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: unmarked))
        // A live session's store is left alone by another session starting.
        let other = try TrainingSession.start(temporaryFolder: tmp.path, user: "trainee")
        #expect(FileManager.default.fileExists(atPath: session.root))
        try other.finish()
        try session.finish()
    }
}
