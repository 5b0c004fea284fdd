@testable import CaseworkCore
import Foundation
import Testing

/// Finding 3 of issue 10: in an encrypted store, drafts and forms typed but not saved (the session file)
/// reached the disk in clear. They are sealed now, and `casework encrypt` seals the ones already there.
@Suite struct SealedSessionFileTests {
    static let canary = "CANARY-7Q2 evidence typed but not saved"

    static func session(reference: CaseReference?) -> WorkbenchSession {
        WorkbenchSession(
            reference: reference, screen: "checklist", itemID: "intent.stated-wish",
            draft: .init(field: "note", itemID: "intent.stated-wish", text: canary),
            form: .init(purpose: "new-case", texts: ["name": canary], choices: [:], focus: "name"),
            savedAt: Timestamp(secondsSinceEpoch: 1_795_500_000))
    }

    @Test func anEncryptedStoreSealsTheSessionFileAndReadsItBack() throws {
        let store = try Fixture.encryptedStore()
        let reference = try Fixture.makeCase(in: store).reference
        let file = SessionFile(store: store, user: "tester")
        try file.write(Self.session(reference: reference))

        let bytes = try #require(Fixture.bytes(file.path))
        #expect(SealedEnvelope.isSealed(bytes))
        #expect(Fixture.filesContaining("CANARY-7Q2", under: store.root).isEmpty)
        #expect(Fixtures.mode(file.path) == 0o600)
        let reopened = try CaseStore(root: store.root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
        #expect(SessionFile(store: reopened, user: "tester").load() == Self.session(reference: reference))
    }

    @Test func oneUsersSealedSessionIsNotAcceptedAsAnothers() throws {
        let store = try Fixture.encryptedStore()
        let mine = SessionFile(store: store, user: "tester")
        try mine.write(Self.session(reference: nil))
        let theirs = SessionFile(store: store, user: "colleague")
        try FileManager.default.createDirectory(atPath: theirs.folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: mine.path, toPath: theirs.path)
        #expect(theirs.load() == nil)
    }

    @Test func encryptingAStoreSealsTheSessionFilesAlreadyThere() throws {
        let root = Fixture.folder()
        let plain = try Fixture.plainStore(root)
        let reference = try Fixture.makeCase(in: plain).reference
        try SessionFile(store: plain, user: "tester").write(Self.session(reference: reference))
        #expect(!Fixture.filesContaining("CANARY-7Q2", under: root).isEmpty)

        let report = try StoreEncryption.encrypt(root: root, passphrase: Fixture.passphrase, policy: .testing(), by: "tester")

        #expect(report.sessionsSealed == 1)
        #expect(Fixture.filesContaining("CANARY-7Q2", under: root).isEmpty)
        let store = try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
        #expect(SessionFile(store: store, user: "tester").load() == Self.session(reference: reference))
    }

    @Test func aClearSessionFileFoundInAnEncryptedStoreIsReadOnceAndWrittenBackSealed() throws {
        let store = try Fixture.encryptedStore()
        let file = SessionFile(store: store, user: "tester")
        try FileManager.default.createDirectory(atPath: file.folder, withIntermediateDirectories: true)
        let clear = try JSONEncoder().encode(Self.session(reference: nil))
        try clear.write(to: URL(fileURLWithPath: file.path))

        #expect(file.load() == Self.session(reference: nil))

        #expect(SealedEnvelope.isSealed(try #require(Fixture.bytes(file.path))))
        #expect(Fixture.filesContaining("CANARY-7Q2", under: store.root).isEmpty)
        #expect(file.load() == Self.session(reference: nil))
    }

    @Test func aPlainStoreKeepsItsSessionFileReadableJSON() throws {
        let store = try Fixture.plainStore()
        let file = SessionFile(store: store, user: "tester")
        try file.write(Self.session(reference: nil))
        let bytes = try #require(Fixture.bytes(file.path))
        #expect(bytes.first == UInt8(ascii: "{"))
        #expect(file.load() == Self.session(reference: nil))
    }
}
