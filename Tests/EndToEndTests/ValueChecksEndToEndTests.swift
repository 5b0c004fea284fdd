#if canImport(Glibc)
import Glibc
#endif
import CaseworkTestSupport
import Foundation
import Testing

/// Values a practitioner would never record, given to the real binary: each refused with one sentence and
/// nothing written (the case file byte for byte the same, no new case), and a past review date saved with
/// a warning.
@Suite struct ValueChecksEndToEndTests {
    func newCase(_ box: Sandbox) throws -> String {
        let made = try box.run(["new", "--subject", "Wren Hollowmere", "--reason", "Fictional: worrying posts", "--dob", "2011-03-04",
                                "--received", "2026-11-01"])
        #expect(made.status == 0, "\(made.err)")
        return made.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func expectRefused(_ result: CaseworkProcess.Result, mentioning words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, "accepted: \(result.out)", sourceLocation: sourceLocation)
        #expect(result.err.split(separator: "\n").count == 1, "\(result.err)", sourceLocation: sourceLocation)
        #expect(result.err.contains(words), "\(result.err)", sourceLocation: sourceLocation)
    }

    func caseFiles(_ box: Sandbox) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: box.store + "/cases")) ?? [] {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: box.store + "/cases/" + name))
        }
        return files
    }

    @Test func impossibleNewCasesAreRefusedAndNothingIsCreated() throws {
        let box = try Sandbox()
        let reference = try newCase(box)
        let before = try caseFiles(box)
        expectRefused(try box.run(["new", "--subject", "A Person", "--reason", "R", "--dob", "2099-01-01"]), mentioning: "in the future")
        expectRefused(try box.run(["new", "--subject", "A Person", "--reason", "R", "--dob", "2011-03-04", "--age", "40"]),
                      mentioning: "does not agree")
        expectRefused(try box.run(["new", "--subject", "A Person", "--reason", "R", "--received", "2999-01-01"]), mentioning: "future")
        expectRefused(try box.run(["new", "--subject", "\u{FFFD}\u{FFFD}", "--reason", "R"]), mentioning: "printable text")
        expectRefused(try box.run(["new", "--subject", "Ana\u{1B}[2J", "--reason", "R"]), mentioning: "control character")
        #expect(try caseFiles(box) == before, "a refused case was written")
        #expect(before.keys.contains("\(reference).json"))
    }

    @Test func aSubjectOfInvalidUTF8BytesIsRefused() throws {
        let box = try Sandbox()
        _ = try newCase(box)
        let before = try caseFiles(box)
        // Bytes that are not UTF-8 cannot be passed through a Swift String: the shell makes them.
        let result = try ChildProcess.run(
            "/bin/bash", ["-c", "\"$CASEWORK\" new --subject $'\\xff\\xfe\\xfd' --reason 'Fictional'"],
            environment: ProcessInfo.processInfo.environment.merging(["CASEWORK": CaseworkProcess.binary, "CASEWORK_STORE": box.store]) { $1 },
            timeout: 60)
        expectRefused(result, mentioning: "not UTF-8")
        #expect(try caseFiles(box) == before)
    }

    @Test func impossibleDatesOnACaseAreRefusedAndTheFileIsUnchanged() throws {
        let box = try Sandbox()
        let reference = try newCase(box)
        let file = box.caseFile(reference)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        expectRefused(try box.run(["retention", "set", reference, "--closed-on", "2026-01-01"]), mentioning: "before case")
        expectRefused(try box.run(["retention", "set", reference, "--closed-on", "2999-01-01"]), mentioning: "future")
        expectRefused(try box.run(["concern", "add", reference, "--what", "Posts", "--heading", "engagement", "--date", "2999-01-01"]),
                      mentioning: "future")
        expectRefused(try box.run(["decide", reference, "--threshold", "early-help", "--route", "channel", "--rationale", "\u{FFFD}"]),
                      mentioning: "printable text")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "a refused value changed the case")
    }

    /// Every free-text option of the logging commands holds printable text, like --subject and --what.
    @Test func controlCharactersInAnyTextOptionAreRefusedAndTheFileIsUnchanged() throws {
        let box = try Sandbox()
        let reference = try newCase(box)
        let file = box.caseFile(reference)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let hostile = "Seen \u{1B}[2J at school\u{07}"
        for arguments in [
            ["answer", reference, "intent.stated-wish", "some-concern", "--note", hostile],
            ["answer", reference, "intent.stated-wish", "some-concern", "--source", hostile],
            ["strength", "add", reference, "--what", hostile],
            ["strength", "add", reference, "--what", "Close to an aunt", "--source", hostile],
            ["concern", "add", reference, "--what", "Posts", "--heading", "engagement", "--source", hostile],
            ["agency", "add", reference, "--agency", "school", "--contact", hostile],
            ["agency", "add", reference, "--agency", "school", "--contribution", hostile],
            ["action", "add", reference, "--what", hostile],
            ["action", "add", reference, "--what", "Call the school", "--owner", hostile],
        ] {
            expectRefused(try box.run(arguments), mentioning: "control character")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "a refused value changed the case")
    }

    @Test func aLegalHoldIsReleasedOnlyWithAReasonWhichIsKept() throws {
        let box = try Sandbox()
        let reference = try newCase(box)
        #expect(try box.run(["retention", "hold", reference, "--reason", "Inquiry 2039/4"]).status == 0)
        let file = box.caseFile(reference)
        let held = try Data(contentsOf: URL(fileURLWithPath: file))
        let bare = try box.run(["retention", "release", reference])
        #expect(bare.status != 0)
        #expect(bare.err.contains("--reason"))
        expectRefused(try box.run(["retention", "release", reference, "--reason", "   "]), mentioning: "cannot be empty")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == held)
        let released = try box.run(["retention", "release", reference, "--reason", "Inquiry closed"])
        #expect(released.status == 0, "\(released.err)")
        #expect(try box.run(["history", reference]).out.contains("Legal hold released: Inquiry closed"))
    }

    @Test func aReviewDateInThePastIsSavedWithAWarning() throws {
        let box = try Sandbox()
        let reference = try newCase(box)
        let decided = try box.run(["decide", reference, "--threshold", "early-help", "--route", "early-help", "--rationale", "Low risk",
                                   "--review", "2020-01-01"])
        #expect(decided.status == 0, "\(decided.err)")
        #expect(decided.err.contains("already past"))
        let decision = try box.caseJSON(reference)["decision"] as? [String: Any]
        #expect(decision?["reviewOn"] as? String == "2020-01-01")
    }
}
