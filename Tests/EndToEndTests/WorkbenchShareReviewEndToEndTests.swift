import CaseworkCore
import Foundation
import Testing

/// The share review through the real binary in tmux at 80x24: a neighbour added with `casework people`
/// is named in a note and in a concern; the review leaves the concern out (with a reason), keeps the
/// neighbour redacted, the form picks another basis, and the share goes. Then the file and the case's
/// share record must agree: the name absent and the role in its place, the concern absent from both, the
/// leave-out kept with its reason, and the record's entries exactly what the file was built from.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct WorkbenchShareReviewEndToEndTests {
    @Test func removeAnEntryRedactANamePickABasisAndShare() throws {
        let box = try Sandbox()
        let ref = try box.run(["new", "--subject", "Lark Tennyfield", "--reason", "Fictional: remarks in class about a group",
                               "--age", "15", "--referrer", "Fictional Referrer"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.run(["people", ref, "--add", "Mr Silas Wendover", "--role", "a neighbour"]).status == 0)
        #expect(try box.run(["answer", ref, "intent.stated-wish", "some-concern", "--note", "Said he wanted payback; Mr Silas Wendover heard it",
                             "--source", "Form tutor", "--date", "2026-11-20", "--basis", "fact"]).status == 0)
        #expect(try box.run(["concern", "add", ref, "--what", "Fictional concern to leave out; S. Wendover saw the post",
                             "--heading", "capability", "--source", "Screenshot"]).status == 0)
        let output = box.folder + "/police-review.md"

        let tmux = try TmuxSession(label: "review", store: box.store)
        try #require(tmux.waitFor("L.T."))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Every change is saved as you make it"))
        try tmux.keys("s")
        try #require(tmux.waitFor("For: Internal record"))
        try tmux.keys("r")
        try #require(tmux.waitFor("Who is the summary for?"))
        try tmux.keys("Home", "Enter")
        try #require(tmux.waitFor("For: Police"))
        try tmux.keys("S")
        try #require(tmux.waitFor("Share with Police: what goes, entry by entry"))
        try #require(tmux.waitFor("[x] Fictional concern to leave out"))

        // Leave the concern out: Space on each row in turn until the question is about concern:1.
        var asked = false
        for _ in 0..<8 where !asked {
            try tmux.keys("Space")
            try #require(tmux.waitFor("Enter keeps the reason"))
            asked = tmux.screen().contains("Why leave out concern:1?")
            if !asked {
                try tmux.keys("Escape")
                try #require(tmux.waitFor("Nothing changed."))
                try tmux.keys("Down")
            }
        }
        try #require(asked)
        try tmux.type("Fictional: the police have it already")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("left out: Fictional: the police have it already"))
        #expect(tmux.screen().contains("[ ] Fictional concern to leave out"))

        // The neighbour, found in the note, stays redacted (the default); the concern's mention went with it.
        try tmux.keys("End")
        try #require(tmux.waitFor("[redact: a neighbour] Mr Silas Wendover in answer:intent.stated-wish"))
        #expect(!tmux.screen().contains("Wendover in concern:1"))

        // The form: the file, why, and the basis moved from public task to legal obligation.
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Share the summary with Police"))
        try tmux.keys("Tab", "C-u")
        try tmux.type(output)
        try tmux.keys("Tab")
        try tmux.type("Prevent referral (fictional)")
        // Tab to the basis: its field shows the choice between ◂ and ▸ when it has the focus.
        var onBasis = false
        for _ in 0..<6 where !onBasis {
            try tmux.keys("Tab")
            Thread.sleep(forTimeInterval: 0.3)
            onBasis = tmux.screen().contains("◂ UK GDPR Article 6(1)(e) public task ▸")
        }
        try #require(onBasis)
        try tmux.keys("Right")
        try #require(tmux.waitFor("◂ UK GDPR Article 6(1)(c) legal obligation ▸"))
        try tmux.keys("C-s")
        try #require(tmux.waitFor("Shared with Police"))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("Sharing log: 1, newest first"))
        #expect(tmux.screen().contains("Police · 6(1)(c) legal obligation · file · 2 entries"))
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())

        // The file: the role instead of the name, the note there, the concern left out not there.
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!text.contains("Wendover"))
        #expect(text.contains("Said he wanted payback; a neighbour heard it"))
        #expect(!text.contains("Fictional concern to leave out"))
        #expect(text.contains("legal obligation"))

        // The record: the same entries, the leave-out with its reason, the basis chosen, the file's digest.
        let json = try box.caseJSON(ref)
        let sharing = try #require(json["sharing"] as? [[String: Any]])
        #expect(sharing.count == 1)
        let decision = try #require(sharing.first?["decision"] as? [String: Any])
        let entries = try #require(decision["entries"] as? [String])
        #expect(entries == ["referral.reason", "answer:intent.stated-wish"])
        #expect(!entries.contains("concern:1"))
        let choices = try #require(decision["entryChoices"] as? [[String: Any]])
        #expect(choices.count == 1)
        #expect(choices.first?["id"] as? String == "concern:1")
        #expect(choices.first?["include"] as? Bool == false)
        #expect(choices.first?["reason"] as? String == "Fictional: the police have it already")
        #expect(decision["namesConfirmed"] == nil, "the neighbour was redacted, not named")
        #expect(decision["article6"] as? String == "legal-obligation")
        #expect(sharing.first?["file"] as? String == output)
        let sum = try CaseworkProcess.shell("sha256sum '\(output)' | cut -d' ' -f1", store: box.store).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(decision["fileDigest"] as? String == sum)

        // What the record says went is what the same choices build now, entry for entry.
        let store = try CaseStore(root: box.store)
        let record = try store.load(CaseReference(ref)!)
        let service = try SharingService(workspace: Workspace(store: store, user: "tester"), now: Timestamp.now())
        var options = SummaryOptions(draft: false)
        options.entryChoices = [EntryChoice(id: "concern:1", include: false, reason: "Fictional: the police have it already")]
        #expect(try service.review(of: record, recipient: "police", options: options).entryIDs == entries)
    }
}
