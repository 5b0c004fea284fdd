#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// Tampering with the audit trail, each caught by `casework audit verify` through the real binary, and
/// every command that shows or writes case data leaving an entry (with no case text in it).
@Suite(.serialized) struct AuditTamperEndToEndTests {
    /// A plain store with one case and a few entries: create, three changes, a view.
    func plainStoreWithHistory() throws -> (Sandbox, String) {
        let box = try Sandbox()
        let created = try box.run(["new", "--subject", "Ivo Brackenfell", "--reason", "Test"])
        #expect(created.status == 0, "\(created.err)")
        let reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        for note in ["one", "two", "three"] {
            let answered = try box.run(["answer", reference, "intent.stated-wish", "some", "--note", "Note \(note)"])
            #expect(answered.status == 0, "\(answered.err)")
        }
        #expect(try box.run(["show", reference]).status == 0)
        #expect(try box.run(["audit", "verify"]).status == 0)
        return (box, reference)
    }

    func trailLines(_ store: String) throws -> [String] {
        try String(contentsOfFile: store + "/audit.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func writeTrail(_ lines: [String], to store: String) throws {
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: store + "/audit.jsonl"))
    }

    enum Tampering: String, CaseIterable, Sendable {
        case deleted, emptied, garbage, lastEntryCut, lastThreeCut, everythingDeleted
    }

    @Test(arguments: Tampering.allCases)
    func tamperingWithAPlainTrailIsDetected(_ tampering: Tampering) throws {
        let (box, _) = try plainStoreWithHistory()
        let trail = box.store + "/audit.jsonl"
        let lines = try trailLines(box.store)
        #expect(lines.count == 5)
        let expected: String
        switch tampering {
        case .deleted:
            unlink(trail)
            expected = "the trail is missing but audit.head records 5 entries: it was deleted or emptied"
        case .emptied:
            try Data().write(to: URL(fileURLWithPath: trail))
            expected = "the trail is empty but audit.head records 5 entries"
        case .garbage:
            try Data("this is not an audit trail\n".utf8).write(to: URL(fileURLWithPath: trail))
            expected = "line 1 at the end of the trail is not an entry and not a write cut short"
        case .lastEntryCut:
            try writeTrail(Array(lines.dropLast()), to: box.store)
            expected = "the last entry was removed: audit.head records entry 5 but the trail ends at entry 4"
        case .lastThreeCut:
            try writeTrail(Array(lines.dropLast(3)), to: box.store)
            expected = "the last 3 entries were removed: audit.head records entry 5 but the trail ends at entry 2"
        case .everythingDeleted:
            unlink(trail)
            unlink(box.store + "/audit.head")
            expected = "the trail is missing while the store holds 1 case: it was deleted or emptied"
        }
        let verify = try box.run(["audit", "verify"])
        #expect(verify.status == 1, "\(tampering): \(verify.out)")
        #expect(verify.err.contains(expected), "\(tampering): \(verify.err)")
        #expect(verify.err.contains("report it to your data protection officer"))
        #expect(!verify.out.contains("chain intact"))
    }

    @Test func aCutTailIsAlsoSeenFromTheCaseFile() throws {
        let (box, reference) = try plainStoreWithHistory()
        // Both the head and the entries of the last two saves removed: the case file still holds revision 4.
        let lines = try trailLines(box.store)
        try writeTrail([lines[0], lines[1]], to: box.store)
        unlink(box.store + "/audit.head")
        let verify = try box.run(["audit", "verify", "--cases"])
        #expect(verify.status == 1)
        #expect(verify.err.contains("audit.head is missing although this version wrote the trail"))
        // With a head that matches the cut trail (as someone able to write one would leave it), the case file shows it.
        let store = try CaseStore(root: box.store)
        try writeTrail([lines[0]], to: box.store)
        unlink(box.store + "/audit.head")
        try store.recordView(try #require(CaseReference(reference)), by: "mallory")
        let cases = try box.run(["audit", "verify", "--cases"])
        #expect(cases.status == 1)
        #expect(cases.err.contains("Case \(reference) holds revision 4 but the trail stops at revision 1: entries were cut from the trail"))
    }

    /// Everything an encrypted store needs: the real scrypt cost, so each command takes a second or two.
    struct EncryptedBox {
        let box: Sandbox
        var common: [String] { ["--store", box.store, "--passphrase-file", box.folder + "/pass"] }

        init() throws {
            box = try Sandbox()
            try Data("a long enough passphrase\n".utf8).write(to: URL(fileURLWithPath: box.folder + "/pass"))
            chmod(box.folder + "/pass", 0o600)
        }

        func run(_ arguments: [String]) throws -> CaseworkProcess.Result {
            try CaseworkProcess.run(arguments + common, store: nil, in: box.folder)
        }
    }

    @Test func aRolledBackSealedCaseIsRefusedAtSaveAndNamedByVerify() throws {
        let sealed = try EncryptedBox()
        #expect(try sealed.run(["init", "--encrypt"]).status == 0)
        let created = try sealed.run(["new", "--subject", "Canary Q Person", "--reason", "Worrying posts"])
        #expect(created.status == 0, "\(created.err)")
        let reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = sealed.box.caseFile(reference)
        let older = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(try sealed.run(["answer", reference, "intent.stated-wish", "significant", "--note", "The answer that must not be lost"]).status == 0)
        // The older sealed copy put back, then saved over twice.
        try older.write(to: URL(fileURLWithPath: file))
        for note in ["first", "second"] {
            let resave = try sealed.run(["answer", reference, "intent.stated-wish", "some", "--note", "Resaved \(note)"])
            #expect(resave.status != 0)
            #expect(resave.err.contains("holds revision 1 but the audit trail shows revision 2 was saved, so an older copy was put back; nothing was saved"), "\(resave.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == older)
        let verify = try sealed.run(["audit", "verify", "--cases"])
        #expect(verify.status == 1)
        #expect(verify.out.contains("chain intact"))
        #expect(verify.err.contains("Case \(reference) holds revision 1 but the trail records revision 2: an older copy was put back"))
        // No revision was logged twice: the trail records revision 2 once.
        let store = try CaseStore(root: sealed.box.store, passphrase: { Data("a long enough passphrase".utf8) })
        let saves = try store.audit.trail(for: try #require(CaseReference(reference))).filter(\.producesRevision).compactMap(\.revision)
        #expect(saves == [1, 2])
    }

    @Test func aForgedEntryRecomputedWithPlainSHA256InAnEncryptedStoreIsNamed() throws {
        let sealed = try EncryptedBox()
        #expect(try sealed.run(["init", "--encrypt"]).status == 0)
        let created = try sealed.run(["new", "--subject", "Canary Q Person", "--reason", "Worrying posts"])
        let reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try sealed.run(["show", reference]).status == 0)
        #expect(try sealed.run(["audit", "verify"]).status == 0)
        // The last entry (the view) changed to another actor, its hash recomputed the only way possible
        // without the key: plain SHA-256, with the chain field saying so.
        var lines = try trailLines(sealed.box.store)
        var entry = try JSONDecoder().decode(AuditEntry.self, from: Data(try #require(lines.last).utf8))
        #expect(entry.chain == .hmacSHA256)
        entry.actor = "someone-else"
        entry.chain = .sha256
        entry.hash = try entry.computedHash()
        lines[lines.count - 1] = String(decoding: try CaseCodec.encodeLine(entry), as: UTF8.self)
        try writeTrail(lines, to: sealed.box.store)
        let verify = try sealed.run(["audit", "verify"])
        #expect(verify.status == 1)
        #expect(verify.err.contains("entry \(entry.seq) (line \(lines.count)) is in plain SHA-256 although entry 1 before it is sealed with the store's key"), "\(verify.err)")
        // Left keyed but with the seal unchanged, the edit shows as an altered entry.
        entry.chain = .hmacSHA256
        entry.hash = try JSONDecoder().decode(AuditEntry.self, from: Data(try #require(try trailLines(sealed.box.store).last).utf8)).hash
        lines[lines.count - 1] = String(decoding: try CaseCodec.encodeLine(entry), as: UTF8.self)
        try writeTrail(lines, to: sealed.box.store)
        let altered = try sealed.run(["audit", "verify"])
        #expect(altered.status == 1)
        #expect(altered.err.contains("was altered: its contents do not match its seal"), "\(altered.err)")
    }

    @Test func everyCommandThatShowsOrWritesACaseIsInTheTrailWithoutItsText() throws {
        let box = try Sandbox()
        let created = try box.run(["new", "--subject", "Canaryname Person", "--reason", "Canaryreason posted"])
        let reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.run(["answer", reference, "intent.stated-wish", "some", "--note", "Canarynote typed"]).status == 0)
        #expect(try box.run(["concern", "add", reference, "--what", "Canaryconcern seen", "--heading", "engagement"]).status == 0)
        let commands: [(arguments: [String], action: AuditAction, detail: String?)] = [
            (["summary", reference, "--for", "school"], .view, nil),
            // An export names the file it wrote by its full path, as a share does.
            (["summary", reference, "--for", "school", "-o", "draft.txt"], .export, "draft summary for school to \(box.folder)/draft.txt"),
            (["history", reference], .view, nil),
            (["concern", "list", reference], .view, nil),
            (["show", reference], .view, nil),
            (["openness", reference], .view, nil),
            (["agreement", reference], .view, nil),
            (["people", reference], .view, nil),
        ]
        for command in commands {
            let before = try trailLines(box.store).count
            let result = try box.run(command.arguments)
            #expect(result.status == 0, "\(command.arguments): \(result.err)")
            let lines = try trailLines(box.store)
            #expect(lines.count == before + 1, "\(command.arguments) left no audit entry")
            let entry = try JSONDecoder().decode(AuditEntry.self, from: Data(try #require(lines.last).utf8))
            #expect(entry.action == command.action, "\(command.arguments)")
            #expect(entry.reference == reference)
            #expect(entry.revision == 3)
            #expect(entry.detail == command.detail)
        }
        // Anonymised figures written to a file: a store-level export, no case named.
        #expect(try box.run(["stats", "-o", "stats.txt"]).status == 0)
        let figures = try JSONDecoder().decode(AuditEntry.self, from: Data(try #require(try trailLines(box.store).last).utf8))
        #expect(figures.action == .export)
        #expect(figures.reference == nil)
        #expect(figures.detail == "anonymised statistics to \(box.folder)/stats.txt")
        let trail = try String(contentsOfFile: box.store + "/audit.jsonl", encoding: .utf8)
        for canary in ["Canaryname", "Canaryreason", "Canarynote", "Canaryconcern"] {
            #expect(!trail.contains(canary), "the trail holds case text (\(canary))")
        }
        #expect(try box.run(["audit", "verify", "--cases"]).status == 0)
    }
}
