#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The records-protection commands driven through the real `casework` binary (with real scrypt cost).
@Suite(.serialized) struct ProtectionCommandTests {
    /// Runs the binary with the store named in the arguments, optionally typing `input` at it.
    func run(_ arguments: [String], input: String? = nil) throws -> CaseworkProcess.Result {
        try CaseworkProcess.run(arguments, store: nil, input: input)
    }

    @Test func anEncryptedStoreFromInitToSubjectAccess() throws {
        let folder = NSTemporaryDirectory() + "casework-e2e-protect-\(getpid())-\(UUID().uuidString.prefix(6))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/store"
        try Data("a long enough passphrase\n".utf8).write(to: URL(fileURLWithPath: folder + "/pass"))
        try Data("the wrong passphrase\n".utf8).write(to: URL(fileURLWithPath: folder + "/wrong"))
        chmod(folder + "/pass", 0o600)
        chmod(folder + "/wrong", 0o600)
        let common = ["--store", store, "--passphrase-file", folder + "/pass"]

        #expect(try run(["init", "--encrypt"] + common).status == 0)
        let created = try run(["new", "--subject", "Canary Q Person", "--reason", "Worrying posts", "--dob", "2011-01-02",
                               "--referrer", "Mr Referrer"] + common)
        #expect(created.status == 0, "\(created.err)")
        let reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)

        let wrong = try run(["show", reference, "--store", store, "--passphrase-file", folder + "/wrong"])
        #expect(wrong.status != 0)
        #expect(wrong.err == "Error: The passphrase is wrong for this store; nothing was opened or changed, so try again.\n")

        let noArgument = try run(["show", reference, "--store", store, "--passphrase", "secret"])
        #expect(noArgument.status != 0, "a passphrase must never be accepted as an argument")

        #expect(try run(["show", reference] + common).status == 0)
        let verify = try run(["audit", "verify", "--cases"] + common)
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("entries, chain intact"))
        let trail = try run(["audit", "show", reference, "--store", store])
        #expect(trail.out.contains("create by"))
        #expect(trail.out.contains("view by"))

        let export = folder + "/sar.json"
        let sar = try run(["subject-access", "--name", "canary q person", "--received", "2026-03-31", "--out", export] + common)
        #expect(sar.status == 0, "\(sar.err)")
        #expect(sar.out.contains("Reply due by 2026-04-30"))
        let again = try run(["subject-access", "--name", "canary q person", "--out", export] + common)
        #expect(again.status != 0)
        #expect(again.err.contains("already exists"))

        let hold = try run(["retention", "hold", reference, "--reason", "Proceedings"] + common)
        #expect(hold.status == 0)
        let delete = try run(["retention", "delete", reference, "--yes"] + common)
        #expect(delete.status != 0)
        #expect(delete.err.contains("legal hold"))

        // Nothing in clear under the store.
        for path in (FileManager.default.enumerator(atPath: store)?.allObjects as? [String]) ?? [] {
            let data = FileManager.default.contents(atPath: store + "/" + path) ?? Data()
            #expect(data.range(of: Data("Canary Q".utf8)) == nil, "\(path) holds the subject's name in clear")
        }
    }
}
