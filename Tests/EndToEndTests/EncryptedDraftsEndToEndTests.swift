#if canImport(Glibc)
import Glibc
#endif
import CaseworkCore
import Foundation
import Testing

/// Finding 3 of issue 10: in an encrypted store, what was typed but not saved reached the disk in clear
/// (the session file). Here a canary is typed into every kind of form of the real workbench, the program
/// is killed with SIGKILL, and no file under the store or the program's TMPDIR holds the canary (as UTF-8
/// or UTF-16); the next start offers the draft back, decrypted.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct EncryptedDraftsEndToEndTests {
    /// How one form is reached from the case list and where the canary is typed.
    struct Form: CustomStringConvertible, Sendable {
        var description: String
        var onCase: Bool
        var steps: @Sendable (TmuxSession, String) throws -> Void
    }

    static let forms: [Form] = [
        Form(description: "new-case form", onCase: false) { tmux, canary in
            try tmux.keys("n")
            try #require(tmux.waitFor("New case: who is it about"))
            try tmux.type(canary)
        },
        Form(description: "evidence note", onCase: true) { tmux, canary in
            try tmux.keys("c")
            try #require(tmux.waitFor("Item 1/72"), "a new case is on template 2.0.0 (72 items)")
            try tmux.keys("Enter")
            try #require(tmux.waitFor("Type the evidence"))
            try tmux.type(canary)
        },
        Form(description: "concern log entry", onCase: true) { tmux, canary in
            try tmux.keys("c")
            try #require(tmux.waitFor("Item 1/72"), "a new case is on template 2.0.0 (72 items)")
            try tmux.keys("c")
            try #require(tmux.waitFor("Add a concern"))
            try tmux.type(canary)
        },
        Form(description: "decision rationale", onCase: true) { tmux, canary in
            try tmux.keys("d")
            try #require(tmux.waitFor("Decision: your judgement"))
            try tmux.keys("Tab", "Tab")
            try tmux.type(canary)
        },
        Form(description: "openness and agreement form", onCase: true) { tmux, canary in
            try tmux.keys("s")
            try #require(tmux.waitFor("Lines 1-"))
            try tmux.keys("c")
            try #require(tmux.waitFor("Family told"))
            try tmux.keys("Tab")
            try tmux.type(canary)
        },
    ]

    /// Files under `folder` holding `text` as UTF-8, UTF-16LE or UTF-16BE bytes.
    static func filesHolding(_ text: String, under folder: String) -> [String] {
        let patterns = [Data(text.utf8), text.data(using: .utf16LittleEndian)!, text.data(using: .utf16BigEndian)!]
        var found: [String] = []
        for name in (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            if patterns.contains(where: { data.range(of: $0) != nil }) { found.append(path) }
        }
        return found
    }

    @Test(arguments: Array(forms.indices))
    func aCanaryTypedIntoAFormNeverReachesTheDiskInClear(index: Int) throws {
        let form = Self.forms[index]
        let box = try Sandbox()
        let temporary = box.folder + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let passphraseFile = box.folder + "/pass"
        try Data("a long enough passphrase\n".utf8).write(to: URL(fileURLWithPath: passphraseFile))
        chmod(passphraseFile, 0o600)
        let unlock = ["--passphrase-file", passphraseFile]
        let initialised = try CaseworkProcess.run(["init", "--encrypt"] + unlock, store: box.store)
        try #require(initialised.status == 0, "\(initialised.err)")
        var reference = ""
        if form.onCase {
            let created = try CaseworkProcess.run(
                ["new", "--subject", "Test Person", "--reason", "Test", "--referrer", "Ms Example"] + unlock, store: box.store)
            try #require(created.status == 0, "\(created.err)")
            reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let canary = "CNRY\(index)-Zq7-\(UInt16.random(in: 1000...9999))"
        let environment = ["TMPDIR": temporary]

        let tmux = try TmuxSession(label: "seal\(index)", store: box.store, environment: environment, arguments: unlock)
        try #require(tmux.waitFor(form.onCase ? reference : "No cases yet"))
        if form.onCase {
            try tmux.keys("Enter")
            try #require(tmux.waitFor("Part of the case"))
        }
        try form.steps(tmux, canary)
        try #require(tmux.waitFor(canary))

        // The session file is written on the tick after typing; wait until it holds the canary, sealed (or,
        // for an evidence note, until the idle autosave has put it in the sealed case).
        let store = try CaseStore(root: box.store, passphrase: { Data("a long enough passphrase".utf8) })
        let sessionFile = SessionFile(store: store, user: CaseworkEnvironment.currentUser())
        func holdsCanary(_ session: WorkbenchSession?) -> Bool {
            guard let session else { return false }
            return session.draft?.text.contains(canary) == true || session.form?.texts.values.contains { $0.contains(canary) } == true
        }
        let deadline = Date().addingTimeInterval(15)
        var kept = false
        while !kept, Date() < deadline {
            if let raw = FileManager.default.contents(atPath: sessionFile.path) {
                try #require(SealedEnvelope.isSealed(raw), "the session file of an encrypted store was written in clear")
                kept = holdsCanary(sessionFile.load())
            }
            if !kept, let reference = CaseReference(reference), let record = try? store.load(reference) {
                kept = String(decoding: try CaseCodec.encode(record), as: UTF8.self).contains(canary)
            }
            if !kept { Thread.sleep(forTimeInterval: 0.1) }
        }
        try #require(kept, "the \(form) never reached the session file")
        try #require(try tmux.signalProgram(SIGKILL))
        #expect(tmux.waitUntilGone())

        #expect(Self.filesHolding(canary, under: box.folder).isEmpty, "the \(form) reached the disk in clear")

        // The next start offers the draft back, decrypted.
        let again = try TmuxSession(label: "seal\(index)b", store: box.store, environment: environment, arguments: unlock)
        try #require(again.waitFor(form.onCase ? "Resume where you were" : "the new case you were filling in"))
        try again.keys("Enter")
        #expect(again.waitFor(canary))
        #expect(try again.signalProgram(SIGKILL))
        #expect(again.waitUntilGone())
        #expect(Self.filesHolding(canary, under: box.folder).isEmpty)
    }
}
