#if canImport(Glibc)
import Glibc
#endif
import CaseworkCore
import CaseworkTestSupport
import Foundation
import Testing

/// Finding 5 of issue 10, through the real binary: a store that is not the user's (another owner, or
/// writable by others) is refused in one sentence, a folder that is not a store is never chmod'ed or
/// cleaned, and with no home folder nothing falls back to /tmp. Each refused folder is checked byte for
/// byte and mode for mode afterwards.
@Suite(.serialized) struct StoreTrustEndToEndTests {
    static let isRoot = geteuid() == 0
    static let canMakeUsers = isRoot && ChildProcess.locate("useradd") != nil && ChildProcess.locate("userdel") != nil
        && ChildProcess.locate("setpriv") != nil

    /// A real second OS account made for one test (no home folder, no login shell), removed afterwards.
    final class OtherUser {
        let name: String
        let uid: uid_t
        let gid: gid_t

        init() throws {
            name = "cwt\(getpid() % 100_000)x\(UInt16.random(in: 100...999))"
            let made = try ChildProcess.run(
                ChildProcess.locate("useradd")!, ["-M", "-N", "-d", "/", "-s", "/usr/sbin/nologin", name],
                environment: ProcessInfo.processInfo.environment)
            try #require(made.status == 0, "useradd failed: \(made.err)")
            guard let entry = getpwnam(name) else { throw TmuxError.failed("useradd made no \(name)", -1) }
            uid = entry.pointee.pw_uid
            gid = entry.pointee.pw_gid
        }

        /// Runs the binary as this user, with only PATH, LANG and `environment` set (no HOME unless given).
        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ChildProcess.Result {
            var env = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"]
            env.merge(environment) { $1 }
            return try ChildProcess.run(
                ChildProcess.locate("setpriv")!,
                ["--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--", CaseworkProcess.binary] + arguments,
                environment: env, timeout: 60)
        }

        deinit {
            _ = try? ChildProcess.run(ChildProcess.locate("userdel")!, [name], environment: ProcessInfo.processInfo.environment)
        }
    }

    /// Every path under `folder` (and itself) with its type and mode, owner and bytes.
    static func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        for name in ["."] + ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []) {
            let path = folder + "/" + name
            var info = stat()
            lstat(path, &info)
            let bytes = FileManager.default.contents(atPath: path).map { $0.base64EncodedString() } ?? "-"
            result[name] = "\(String(info.st_mode, radix: 8)) \(info.st_uid):\(info.st_gid) \(bytes)"
        }
        return result
    }

    /// A folder for one test that another user can pass through (the sandbox itself is private).
    static func openSandbox() throws -> Sandbox {
        let box = try Sandbox()
        chmod(box.folder, 0o755)
        return box
    }

    static func make(_ folder: String, mode: mode_t, files: [String: String] = [:], folders: [String] = []) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in folders { try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true) }
        for (name, text) in files { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8)) }
        chmod(folder, mode)
    }

    static func oneSentence(_ result: ChildProcess.Result) -> Bool {
        result.err.hasPrefix("Error: ") && result.err.filter { $0 == "\n" }.count == 1
    }

    static let hostileSettings = #"{"recipientProfiles": [{"id": "school", "receives": "everything"}]}"#

    @Test(.enabled(if: canMakeUsers, "making a second OS user needs root, useradd and setpriv"))
    func aStoreOwnedByAnotherUserIsRefusedAndLeftAsItWas() throws {
        let other = try OtherUser()
        let box = try Self.openSandbox()
        let theirs = box.folder + "/theirs"
        try FileManager.default.createDirectory(atPath: theirs, withIntermediateDirectories: false)
        chown(theirs, other.uid, other.gid)
        chmod(theirs, 0o700)
        let made = try other.run(["init", "--store", theirs])
        try #require(made.status == 0, "\(made.err)")
        _ = FileManager.default.createFile(atPath: theirs + "/settings.json", contents: Data(Self.hostileSettings.utf8))
        chown(theirs + "/settings.json", other.uid, other.gid)
        let before = Self.snapshot(theirs)

        let refused = try CaseworkProcess.run(["list", "--store", theirs], store: nil)

        #expect(refused.status != 0)
        #expect(Self.oneSentence(refused), "\(refused.err)")
        #expect(refused.err.contains("Casework will not use the store \(theirs): it belongs to \(other.name) (uid \(other.uid)), not to you"))
        #expect(Self.snapshot(theirs) == before)
    }

    @Test(.enabled(if: canMakeUsers, "making a second OS user needs root, useradd and setpriv"))
    func aWorldWritableStoreMadeBySomeoneElseIsRefusedWithTheirSettingsUnread() throws {
        let other = try OtherUser()
        let box = try Self.openSandbox()
        let open = box.folder + "/open"
        try Self.make(open, mode: 0o777, files: ["settings.json": Self.hostileSettings, ".x.999999.1.tmp": "left"], folders: ["cases"])
        let before = Self.snapshot(open)

        let asOther = try other.run(["list", "--store", open])
        #expect(asOther.status != 0)
        #expect(Self.oneSentence(asOther), "\(asOther.err)")
        #expect(asOther.err.contains("it belongs to root (uid 0), not to you (\(other.name))"))
        let asOwner = try CaseworkProcess.run(["list", "--store", open], store: nil)
        #expect(asOwner.status != 0)
        #expect(asOwner.err.contains("it can be changed by other users (mode 0777)"))
        #expect(Self.snapshot(open) == before)
    }

    @Test(.enabled(if: canMakeUsers, "making a second OS user needs root, useradd and setpriv"))
    func withNoHomeFolderNothingFallsBackToTmp() throws {
        // The account's home folder is "/", which is no place for a store, and HOME is not set.
        let other = try OtherUser()
        let fallback = "/tmp/.local/share/casework"
        let existedBefore = FileManager.default.fileExists(atPath: fallback)
        let result = try other.run(["list"])
        #expect(result.status != 0)
        #expect(result.err == "Error: \(StoreError.noStoreLocation.description)\n")
        #expect(FileManager.default.fileExists(atPath: fallback) == existedBefore)
    }

    @Test func aSharedStickyFolderKeepsItsModeAndItsTempFiles() throws {
        let box = try Self.openSandbox()
        let shared = box.folder + "/shared"
        try Self.make(shared, mode: 0o1777, files: [".x.999999.1.tmp": "someone's save", "notes.txt": "not ours"])
        let before = Self.snapshot(shared)

        for command in [["list"], ["init"], ["new", "--subject", "A Person", "--reason", "Test", "--referrer", "Ms Example"]] {
            let result = try CaseworkProcess.run(command + ["--store", shared], store: nil)
            #expect(result.status != 0, "\(command)")
            #expect(Self.oneSentence(result), "\(result.err)")
            #expect(result.err.contains("mode 1777") || result.err.contains("belongs to"), "\(result.err)")
        }
        if Self.canMakeUsers {
            // Another user pointing at it (the folder is root's): refused the same way, nothing changed.
            let other = try OtherUser()
            let result = try other.run(["list", "--store", shared])
            #expect(result.status != 0)
            #expect(Self.oneSentence(result), "\(result.err)")
        }
        #expect(Self.snapshot(shared) == before)
        #expect(Sandbox.mode(shared) == 0o777)
    }

    @Test func aFolderThatIsNotAStoreIsNeitherChangedNorCleaned() throws {
        let box = try Sandbox()
        let folder = box.folder + "/papers"
        try Self.make(folder, mode: 0o755, files: ["minutes.txt": "not a case", ".x.999999.1.tmp": "someone's"])
        let before = Self.snapshot(folder)

        for command in [["list"], ["init"]] {
            let result = try CaseworkProcess.run(command + ["--store", folder], store: nil)
            #expect(result.status != 0)
            #expect(result.err == "Error: \(StoreError.notAStore(folder: folder).description)\n")
        }
        #expect(Self.snapshot(folder) == before)
    }

    @Test func initMakesAnEmptyOrNewFolderAStore() throws {
        let box = try Sandbox()
        let empty = box.folder + "/empty"
        try Self.make(empty, mode: 0o700)
        for folder in [empty, box.folder + "/new"] {
            let made = try CaseworkProcess.run(["init", "--store", folder], store: nil)
            #expect(made.status == 0, "\(made.err)")
            #expect(made.out == "Created the case store \(folder).\n")
            #expect(FileManager.default.fileExists(atPath: folder + "/" + StoreMarker.fileName))
            let again = try CaseworkProcess.run(["init", "--store", folder], store: nil)
            #expect(again.out == "\(folder) is already a Casework store; nothing was changed.\n")
            #expect(try CaseworkProcess.run(["list", "--store", folder], store: nil).status == 0)
        }
    }
}
