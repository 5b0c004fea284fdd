#if canImport(Glibc)
import Glibc
#endif
import CaseworkCore
import Foundation
import Testing

/// The one check every command's output file goes through: never a store file by any road, never a
/// link, never an existing file without --force; written 0600.
@Suite struct OutputDestinationTests {
    func store() throws -> (folder: TemporaryFolder, store: CaseStore) {
        let folder = TemporaryFolder("casework-output")
        return (folder, try CaseStore(root: folder.file("store")))
    }

    func refusal(_ path: String, store: CaseStore, force: Bool = false) -> String? {
        do {
            _ = try OutputDestination(path, storeRoot: store.root, force: force)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func everyRoadIntoTheStoreIsRefused() throws {
        let (folder, store) = try store()
        try Data("{}".utf8).write(to: URL(fileURLWithPath: store.indexPath))
        try FileManager.default.createDirectory(atPath: folder.file("other"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("cases-link"), withDestinationPath: store.casesFolder)
        #expect(link(store.indexPath, folder.file("hard")) == 0)
        for path in [store.root, store.root + "/", store.indexPath, store.indexPath + "/", store.casesFolder + "/NEW-0000.json",
                     folder.file("other/../store/index.tsv"), folder.file("cases-link/NEW-0000.json"), folder.file("hard"),
                     folder.file("store/.")] {
            for force in [false, true] {
                #expect(refusal(path, store: store, force: force)?.contains("inside the case store") == true, "\(path) force \(force)")
            }
        }
    }

    @Test func aSymlinkIsNeverWrittenThroughAndAnExistingFileNeedsForce() throws {
        let (folder, store) = try store()
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: folder.file("target"))
        #expect(refusal(folder.file("link"), store: store, force: true)?.contains("symbolic link") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.file("target")))

        try Data("earlier".utf8).write(to: URL(fileURLWithPath: folder.file("earlier.txt")))
        #expect(refusal(folder.file("earlier.txt"), store: store)?.contains("--force") == true)
        let replacing = try OutputDestination(folder.file("earlier.txt"), storeRoot: store.root, force: true)
        try replacing.write(Data("new".utf8))
        #expect(try String(contentsOfFile: folder.file("earlier.txt"), encoding: .utf8) == "new")
        var info = stat()
        stat(folder.file("earlier.txt"), &info)
        #expect(info.st_mode & 0o777 == 0o600)

        let fresh = try OutputDestination(folder.file("fresh.txt"), storeRoot: store.root)
        try fresh.write(Data("x".utf8))
        stat(folder.file("fresh.txt"), &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(refusal(folder.file("missing/fresh.txt"), store: store)?.contains("does not exist") == true)
    }
}
