#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// Every option that names a file to write (`summary -o`, `stats -o`, `share -o`, `subject-access --out`)
/// pointed at every file of a store, plain and encrypted, through every way of reaching it (the path, a
/// `..` detour, a symlinked folder, a symlink, a hard link, a trailing slash, the store folder itself):
/// each is refused and the store stays byte for byte the same. A file outside the store is never
/// replaced silently: refused without --force, written 0600 with it.
@Suite(.serialized) struct OutputPathEndToEndTests {
    /// A store with one case that could be shared (consent and lawful basis recorded), the bundled
    /// settings copied in, and a session and a lock file, so every kind of store file is there.
    final class StoreUnderTest {
        let box: Sandbox
        let reference: String
        let common: [String]
        let encrypted: Bool

        init(encrypted: Bool) throws {
            box = try Sandbox()
            self.encrypted = encrypted
            let pass = box.folder + "/pass"
            try Data("a long enough passphrase for tests\n".utf8).write(to: URL(fileURLWithPath: pass))
            chmod(pass, 0o600)
            common = ["--store", box.store] + (encrypted ? ["--passphrase-file", pass] : [])
            let initialised = try CaseworkProcess.run(["init"] + (encrypted ? ["--encrypt"] : []) + common, store: nil, in: box.folder)
            #expect(initialised.status == 0, "\(initialised.err)")
            let settings = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Resources/settings/default-settings.json")
            try Data(contentsOf: settings).write(to: URL(fileURLWithPath: box.store + "/settings.json"))
            chmod(box.store + "/settings.json", 0o600)
            let new = try CaseworkProcess.run(
                ["new", "--subject", "Wren Hollowmere", "--reason", "Fictional: worrying posts", "--age", "15"] + common,
                store: nil, in: box.folder)
            #expect(new.status == 0, "\(new.err)")
            reference = new.out.trimmingCharacters(in: .whitespacesAndNewlines)
            let consent = try CaseworkProcess.run(
                ["agreement", reference, "--status", "given", "--by", "parent", "--who", "Mother (fictional)", "--date", "2026-11-20"] + common,
                store: nil, in: box.folder)
            #expect(consent.status == 0, "\(consent.err)")
            let user = ProcessInfo.processInfo.environment["USER"] ?? "uid\(geteuid())"
            for (folder, name) in [("sessions", "\(user).json"), ("locks", "\(reference).lock")] {
                try? FileManager.default.createDirectory(atPath: box.store + "/" + folder, withIntermediateDirectories: true)
                let path = box.store + "/" + folder + "/" + name
                if !FileManager.default.fileExists(atPath: path) {
                    try Data("{}\n".utf8).write(to: URL(fileURLWithPath: path))
                }
            }
        }

        /// Every file of the store, relative to it, as the paths a careless or hostile -o would name.
        var storeFiles: [String] {
            var files = ["cases/\(reference).json", "audit.jsonl", "index.tsv", "settings.json", "locks/\(reference).lock",
                         "sessions/\(ProcessInfo.processInfo.environment["USER"] ?? "uid\(geteuid())").json"]
            if encrypted { files += ["keystore.json", "keys/\(reference).key"] }
            return files
        }

        /// Every regular file under the store with its bytes.
        func snapshot() throws -> [String: Data] {
            var result: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: box.store)
            while let relative = enumerator?.nextObject() as? String {
                let path = box.store + "/" + relative
                var info = stat()
                guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
            return result
        }

        /// The four commands that write a file the user names, each aimed at `target`.
        func writers(to target: String) -> [(name: String, arguments: [String])] {
            [
                ("summary", ["summary", reference, "--for", "school", "--without-special-category", "-o", target]),
                ("summary --force", ["summary", reference, "--for", "school", "--without-special-category", "-o", target, "--force"]),
                ("stats", ["stats", "--csv", "-o", target]),
                ("stats --force", ["stats", "--csv", "-o", target, "--force"]),
                ("share", ["share", reference, "--to", "police", "--include-special-category", "--why", "Strategy meeting", "-o", target]),
                ("subject-access", ["subject-access", "--name", "Wren Hollowmere", "--out", target]),
            ]
        }

        func run(_ arguments: [String]) throws -> CaseworkProcess.Result {
            try CaseworkProcess.run(arguments + common, store: nil, in: box.folder)
        }
    }

    /// Every store file by its own path, and the store folder itself.
    func directTargets(for store: StoreUnderTest) -> [String] {
        [store.box.store, "store"] + store.storeFiles.map { store.box.store + "/" + $0 }
    }

    /// The other roads to a store file from outside: a trailing slash, a `..` detour, a symlink, a hard
    /// link, a symlinked folder (with an existing and a new name).
    func indirectTargets(for store: StoreUnderTest) throws -> [String] {
        let box = store.box
        try FileManager.default.createDirectory(atPath: box.folder + "/elsewhere/deeper", withIntermediateDirectories: true)
        try? FileManager.default.createSymbolicLink(atPath: box.folder + "/cases-link", withDestinationPath: box.store + "/cases")
        var targets: [String] = [box.store + "/", "store/", "elsewhere/../store/cases", "cases-link/\(store.reference).json",
                                 "cases-link/NEW-0000.json"]
        for (index, file) in store.storeFiles.enumerated() {
            targets.append(box.store + "/" + file + "/")
            targets.append("elsewhere/deeper/../../store/" + file)
            try? FileManager.default.createSymbolicLink(atPath: box.folder + "/symlink-\(index)", withDestinationPath: box.store + "/" + file)
            targets.append(box.folder + "/symlink-\(index)")
            if link(box.store + "/" + file, box.folder + "/hardlink-\(index)") == 0 {
                targets.append(box.folder + "/hardlink-\(index)")
            }
        }
        return targets
    }

    @Test(arguments: [false, true]) func everyOutputOptionAtEveryStoreFileIsRefusedAndTheStoreIsUnchanged(encrypted: Bool) throws {
        let store = try StoreUnderTest(encrypted: encrypted)
        let targets = directTargets(for: store) + (try indirectTargets(for: store))
        let before = try store.snapshot()
        #expect(before.keys.contains("cases/\(store.reference).json"))
        if encrypted { #expect(before.keys.contains("keystore.json") && before.keys.contains("keys/\(store.reference).key")) }
        for target in targets {
            for writer in store.writers(to: target) {
                let result = try store.run(writer.arguments)
                #expect(result.status != 0, "\(writer.name) -o \(target) was not refused")
                #expect(result.err.split(separator: "\n").count == 1, "\(writer.name) -o \(target): \(result.err)")
                #expect(result.err.contains("case store") || result.err.contains("symbolic link"),
                        "\(writer.name) -o \(target): \(result.err)")
            }
        }
        #expect(try store.snapshot() == before, "a refused output changed a store file")
        #expect(try store.run(["show", store.reference]).status == 0, "the case still opens")
    }

    @Test func anExistingFileOutsideTheStoreIsReplacedOnlyWithForceAndIsPrivate() throws {
        let store = try StoreUnderTest(encrypted: false)
        let target = store.box.folder + "/existing.txt"
        try Data("a colleague's notes".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o644)
        for writer in store.writers(to: target) where !writer.name.hasSuffix("--force") {
            let refused = try store.run(writer.arguments)
            #expect(refused.status != 0, "\(writer.name) replaced an existing file without --force")
            #expect(refused.err.contains("already exists"), "\(writer.name): \(refused.err)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "a colleague's notes")
        }
        for writer in store.writers(to: target) where writer.name.hasSuffix("--force") {
            let forced = try store.run(writer.arguments)
            #expect(forced.status == 0, "\(writer.name): \(forced.err)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) != "a colleague's notes")
            #expect(Sandbox.mode(target) == 0o600)
        }

        let fresh = store.box.folder + "/fresh.md"
        let shared = try store.run(store.writers(to: fresh).first { $0.name == "share" }!.arguments)
        #expect(shared.status == 0, "\(shared.err)")
        #expect(Sandbox.mode(fresh) == 0o600)
        let export = store.box.folder + "/sar.json"
        #expect(try store.run(["subject-access", "--name", "Wren Hollowmere", "--out", export]).status == 0)
        #expect(Sandbox.mode(export) == 0o600)
    }

    @Test func aRefusedShareIsNotRecordedAsDone() throws {
        let store = try StoreUnderTest(encrypted: false)
        let trailBefore = try Data(contentsOf: URL(fileURLWithPath: store.box.store + "/audit.jsonl"))
        let refused = try store.run(
            ["share", store.reference, "--to", "police", "--include-special-category", "--why", "Strategy meeting",
             "-o", store.box.store + "/audit.jsonl"])
        #expect(refused.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.box.store + "/audit.jsonl")) == trailBefore)
        let shown = try store.run(["show", store.reference, "--json"])
        let record = try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any]
        #expect((record?["sharing"] as? [Any])?.isEmpty == true, "a refused share left a sharing record")
    }
}
