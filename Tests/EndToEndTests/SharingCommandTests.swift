import Foundation
import Testing

/// Drives the real `casework` binary through a share with no consent on record, a withdrawn agreement,
/// a share by phone, a bad basis, a review, a decline and statistics on a temporary store of fictional
/// cases.
@Suite struct SharingCommandTests {
    @Test func shareWithoutConsentWarningsPhoneReviewDeclineAndStatsFromTheCommandLine() throws {
        let box = try Sandbox()
        let new = try box.run(["new", "--subject", "Kestrel Nettlecombe", "--reason", "Fictional: threats on a group chat", "--age", "14",
                               "--referrer", "Mr Quill Larkholme"])
        #expect(new.status == 0)
        let ref = new.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.run(["concern", "add", ref, "--what", "Said he would hurt a named teacher", "--heading", "capability",
                             "--source", "Group chat screenshot"]).status == 0)

        // No consent recorded at all: a public-task share succeeds.
        let shared = try box.run(["share", ref, "--to", "police", "--basis", "public-task", "--why", "Prevent referral screening",
                                  "--format", "md", "-o", "police.md"])
        #expect(shared.status == 0, "\(shared.err)")
        #expect(shared.out.hasPrefix("Shared: "))
        let attributes = try FileManager.default.attributesOfItem(atPath: box.folder + "/police.md")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let police = try String(contentsOfFile: box.folder + "/police.md", encoding: .utf8)
        #expect(police.contains("Said he would hurt a named teacher") && !police.contains("Quill Larkholme") && !police.contains("DRAFT"))
        #expect(police.contains("UK GDPR Article 6(1)(e) public task"))

        // A bad basis id: one sentence naming it and the choices, nothing written.
        let bad = try box.run(["share", ref, "--to", "police", "--basis", "legitimate-interests", "--why", "x", "-o", "bad.md"])
        #expect(bad.status != 0)
        #expect(bad.err == "Error: 'legitimate-interests' is not an Article 6 basis in the settings; use one of: public-task, legal-obligation, vital-interests, consent.\n")
        #expect(!FileManager.default.fileExists(atPath: box.folder + "/bad.md"))

        // A withdrawn agreement warns before the next share and needs a reason, which is kept.
        let agreement = try box.run(["agreement", ref, "--status", "withdrawn", "--by", "parent", "--who", "Mother (fictional)",
                                     "--date", "2026-11-20"])
        #expect(agreement.status == 0 && agreement.out.contains("Withdrawn by a parent or carer (Mother (fictional)) on 2026-11-20"))
        let warned = try box.run(["share", ref, "--to", "channel-panel", "--why", "Panel on Tuesday", "-o", "panel.md"])
        #expect(warned.status != 0)
        #expect(warned.err.contains("Warning: Agreement (Channel support) was withdrawn by Mother (fictional) on 2026-11-20."))
        #expect(warned.err.contains("--despite"))
        #expect(!FileManager.default.fileExists(atPath: box.folder + "/panel.md"))
        let despite = try box.run(["share", ref, "--to", "channel-panel", "--why", "Panel on Tuesday", "-o", "panel.md",
                                   "--despite", "The panel must plan around the withdrawal"])
        #expect(despite.status == 0, "\(despite.err)")

        // A share by phone, recorded after the fact: no file.
        let phone = try box.run(["share", ref, "--to", "school", "--method", "phone", "--on", "2026-11-21", "--why", "Call to the DSL",
                                 "--told", "no", "--not-told-because", "Telling the family now could alert the group",
                                 "--despite", "The school must keep the teacher safe"])
        #expect(phone.status == 0, "\(phone.err)")
        #expect(phone.out.contains("shared with School or college by phone"))

        // The review lists what would go, one entry a line, and writes nothing.
        let review = try box.run(["share", ref, "--to", "police", "--review"])
        #expect(review.status == 0)
        #expect(review.out.contains("concern:1\tconcerns\t"))
        #expect(review.out.contains("referral.reason\treferral\t"))

        #expect(try box.run(["share", ref, "--to", "health", "--decline", "--why", "Health is not involved"]).status == 0)
        let show = try box.run(["show", ref])
        #expect(show.out.contains("shared with police"))
        #expect(show.out.contains("Basis: UK GDPR Article 6(1)(e) public task"))
        #expect(show.out.contains("Went ahead because: The panel must plan around the withdrawal"))
        #expect(show.out.contains("How: By phone on 2026-11-21"))
        #expect(show.out.contains("Person or family told: no, because Telling the family now could alert the group"))
        #expect(show.out.contains("not shared with health"))

        // Special category data needs a choice, and the refusal names the field.
        #expect(try box.run(["concern", "add", ref, "--what", "Symbols on a locker", "--heading", "engagement"]).status == 0)
        let unacknowledged = try box.run(["share", ref, "--to", "police", "-o", "police2.md", "--why", "Update"])
        #expect(unacknowledged.status != 0)
        #expect(unacknowledged.err.contains("Concerns: Engagement with a group or cause"))

        // A preview for the school: a draft, and no concerns.
        let preview = try box.run(["summary", ref, "--for", "school", "--format", "json"])
        #expect(preview.status == 0)
        #expect(preview.out.contains("\"draft\" : true"))
        #expect(!preview.out.contains("\"concerns\""))

        #expect(try box.run(["generate-fictional", "--count", "40"]).status == 0)
        let stats = try box.run(["stats"])
        #expect(stats.status == 0 && stats.out.contains("Anonymised statistics: 41 cases"))
        let csv = try box.run(["stats", "--csv"])
        for line in csv.out.split(separator: "\r\n") {
            for cell in line.split(separator: ",") {
                #expect(cell.first.map { !"=+-@\t".contains($0) } ?? true, "\(cell)")
                if let count = Int(cell) { #expect(count >= 5) }
            }
        }
    }
}
