#if canImport(Glibc)
import Glibc
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// Finding 5 of issue 10: a store that was not the user's was trusted, the default store fell back to
/// /tmp, and opening a folder that was not a store chmod'ed it and deleted its `.tmp` files.
@Suite struct StoreTrustTests {
    /// A temp file name of a save whose process is gone: what the old clean-up deleted.
    static let strayTemp = ".x.999999.1.tmp"

    static func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        for name in (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [] {
            var info = stat()
            lstat(folder + "/" + name, &info)
            let bytes = FileManager.default.contents(atPath: folder + "/" + name).map { "\($0.hashValue)" } ?? "-"
            result[name] = "\(info.st_mode) \(info.st_uid) \(bytes)"
        }
        var info = stat()
        lstat(folder, &info)
        result["."] = "\(info.st_mode) \(info.st_uid)"
        return result
    }

    static func make(_ folder: String, mode: mode_t, files: [String] = []) {
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in files { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("kept".utf8)) }
        chmod(folder, mode)
    }

    @Test func aMissingFolderBecomesAStoreWithItsMarker() throws {
        let store = try CaseStore(root: Fixture.folder())
        let marker = store.root + "/" + StoreMarker.fileName
        let decoded = try JSONDecoder().decode(StoreMarker.self, from: try #require(Fixture.bytes(marker)))
        #expect(decoded == StoreMarker(kind: "personal"))
        #expect(Fixtures.mode(marker) == 0o600)
        #expect(Fixtures.mode(store.root) == 0o700)
    }

    @Test func anEmptyPrivateFolderBecomesAStore() throws {
        let root = Fixture.folder()
        Self.make(root, mode: 0o755)
        #expect(try StoreTrust.prepare(root: root, files: DurableFile()) == .adoptedEmpty)
        _ = try Fixture.makeCase(in: try CaseStore(root: root))
        #expect(try StoreTrust.prepare(root: root, files: DurableFile()) == .existing)
    }

    @Test func aFolderWithOtherFilesAndNoMarkerIsRefusedAndLeftAsItWas() throws {
        let root = Fixture.folder()
        Self.make(root, mode: 0o755, files: ["notes.txt", Self.strayTemp])
        let before = Self.snapshot(root)
        #expect {
            try CaseStore(root: root)
        } throws: { error in
            "\(error)" == StoreError.notAStore(folder: root).description && "\(error)".contains("casework init --store DIR")
        }
        #expect(Self.snapshot(root) == before)
    }

    @Test(arguments: [0o777 as mode_t, 0o1777, 0o775, 0o757])
    func aFolderWritableByOthersIsRefusedWithItsModeAndFilesKept(mode: mode_t) throws {
        let root = Fixture.folder()
        Self.make(root, mode: mode, files: [Self.strayTemp])
        let before = Self.snapshot(root)
        #expect {
            try CaseStore(root: root)
        } throws: { error in
            "\(error)".contains("can be changed by other users (mode \(StoreTrust.octal(mode)))")
        }
        #expect(Self.snapshot(root) == before)
        #expect(FileManager.default.fileExists(atPath: root + "/" + Self.strayTemp))
    }

    @Test(arguments: ["settings.json", "templates/local.json", "audit.jsonl", "casework-store.json"])
    func aStoreFileWritableByOthersIsRefused(name: String) throws {
        let store = try CaseStore(root: Fixture.folder())
        try FileManager.default.createDirectory(atPath: store.templatesFolder, withIntermediateDirectories: true)
        let path = store.root + "/" + name
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: Data("{}".utf8))
        }
        chmod(path, 0o666)
        #expect {
            try CaseStore(root: store.root)
        } throws: { error in
            "\(error)".contains("\(path) in the store") && "\(error)".contains("mode 0666")
        }
    }

    /// The settings decide what each recipient receives: checked again when they are read, not only at open.
    @Test func settingsOrATemplateMadeWritableAfterOpeningAreNotRead() throws {
        let store = try CaseStore(root: Fixture.folder())
        try FileManager.default.createDirectory(atPath: store.templatesFolder, withIntermediateDirectories: true)
        let template = store.templatesFolder + "/local.json"
        try FileManager.default.copyItem(atPath: try BundledResources.defaultTemplatePath(), toPath: template)
        try FileManager.default.copyItem(atPath: try BundledResources.defaultSettingsPath(), toPath: store.settingsPath)
        #expect(throws: Never.self) { try Workspace(store: store).settings() }
        #expect(throws: Never.self) { try Workspace(store: store).templates() }

        chmod(store.settingsPath, 0o666)
        chmod(template, 0o622)
        #expect(throws: StoreError.untrusted(store: store.root, path: store.settingsPath, problem: "can be changed by other users (mode 0666)")) {
            try Workspace(store: store).settings()
        }
        #expect(throws: StoreError.untrusted(store: store.root, path: template, problem: "can be changed by other users (mode 0622)")) {
            try Workspace(store: store).templates()
        }
    }

    @Test func thePassphraseOfAStoreOthersCanChangeIsNotRewrapped() throws {
        let store = try Fixture.encryptedStore()
        chmod(store.root, 0o777)
        let before = Fixture.bytes(store.keyFilePath)
        #expect(throws: StoreError.untrusted(store: store.root, path: store.root, problem: "can be changed by other users (mode 0777)")) {
            try StoreEncryption.changePassphrase(
                root: store.root, old: Fixture.passphrase, new: Data("another long passphrase".utf8), policy: .testing(), by: "tester")
        }
        #expect(Fixture.bytes(store.keyFilePath) == before)
    }

    @Test func aStoreFolderThatIsASymbolicLinkIsRefused() throws {
        let store = try CaseStore(root: Fixture.folder())
        let elsewhere = Fixture.folder("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: store.root + "/templates", withDestinationPath: elsewhere)
        #expect {
            try CaseStore(root: store.root)
        } throws: { error in
            "\(error)".contains("templates in the store") && "\(error)".contains("is a symbolic link")
        }
        let link = Fixture.folder("link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: store.root)
        #expect(throws: StoreError.untrusted(store: link, path: link, problem: "is a symbolic link")) {
            try CaseStore(root: link)
        }
    }

    @Test func aStoreFromBeforeTheMarkerGetsIt() throws {
        let store = try CaseStore(root: Fixture.folder())
        let reference = try Fixture.makeCase(in: store).reference
        try FileManager.default.removeItem(atPath: store.root + "/" + StoreMarker.fileName)
        #expect(try StoreTrust.prepare(root: store.root, files: DurableFile()) == .adoptedOldStore)
        #expect(FileManager.default.fileExists(atPath: store.root + "/" + StoreMarker.fileName))
        #expect(try CaseStore(root: store.root).load(reference).reference == reference)
    }

    @Test func aMarkerOfAKindThisVersionDoesNotKnowIsRefusedUnchanged() throws {
        let store = try CaseStore(root: Fixture.folder())
        let marker = store.root + "/" + StoreMarker.fileName
        let team = try CaseCodec.encode(StoreMarker(kind: "team"))
        try team.write(to: URL(fileURLWithPath: marker))
        #expect(throws: CaseworkError.self) { try CaseStore(root: store.root) }
        #expect(Fixture.bytes(marker) == team)
    }

    /// Root can give a file to any uid, so this needs no second account; as another user it cannot be done.
    @Test(.enabled(if: geteuid() == 0, "giving a folder to another user needs root"),
          arguments: ["", "/settings.json", "/cases", "/templates"])
    func aStoreOrStoreFileOwnedBySomeoneElseIsRefused(name: String) throws {
        let store = try CaseStore(root: Fixture.folder())
        try FileManager.default.createDirectory(atPath: store.templatesFolder, withIntermediateDirectories: true)
        let path = store.root + name
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: Data("{}".utf8), attributes: [.posixPermissions: 0o600])
        }
        #expect(chown(path, 54_321, 54_321) == 0)
        let before = Self.snapshot(store.root)
        #expect {
            try CaseStore(root: store.root)
        } throws: { error in
            "\(error)".contains("belongs to uid 54321, not to you")
        }
        #expect(Self.snapshot(store.root) == before)
    }

    @Test func theDefaultStoreIsNeverUnderTmp() throws {
        #expect(throws: StoreError.noStoreLocation) {
            try StoreLocation.resolve(explicit: nil, environment: [:], systemHome: { nil })
        }
        #expect(throws: StoreError.noStoreLocation) {
            try StoreLocation.resolve(explicit: nil, environment: ["HOME": ""], systemHome: { "/" })
        }
        #expect(try StoreLocation.resolve(explicit: nil, environment: ["HOME": ""], systemHome: { "/home/ana" })
                == "/home/ana/.local/share/casework")
        #expect(try StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/bo"], systemHome: { nil })
                == "/home/bo/.local/share/casework")
        #expect(try StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/d"], systemHome: { nil }) == "/d/casework")
        #expect(StoreError.noStoreLocation.description.contains("set HOME, XDG_DATA_HOME or CASEWORK_STORE, or pass --store DIR"))
    }
}
