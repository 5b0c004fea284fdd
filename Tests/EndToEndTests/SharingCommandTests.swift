import Foundation
import Testing

/// Drives the real `casework` binary through consent, preview, refusal, sharing, declining and statistics
/// on a temporary store of fictional cases.
@Suite struct SharingCommandTests {
    @Test func consentShareDeclineAndStatsFromTheCommandLine() throws {
        let box = try Sandbox()
        let new = try box.run(["new", "--subject", "Kestrel Nettlecombe", "--reason", "Fictional: hate symbols on a locker", "--age", "14",
                               "--referrer", "Mr Quill Larkholme"])
        #expect(new.status == 0)
        let ref = new.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.run(["concern", "add", ref, "--what", "Symbols on a locker", "--heading", "engagement", "--source", "Caretaker"]).status == 0)

        // No consent: refused, says what is missing, writes nothing.
        let refused = try box.run(["share", ref, "--to", "police", "--format", "md", "-o", "police.md", "--why", "Strategy meeting"])
        #expect(refused.status != 0)
        #expect(refused.err.contains("No consent and no justification"))
        #expect(!FileManager.default.fileExists(atPath: box.folder + "/police.md"))

        let consent = try box.run(["consent", ref, "--sought", "yes", "--from", "Mother (fictional)", "--outcome", "given",
                                   "--date", "2026-11-20", "--article6", "6(1)(e) public task", "--article9", "9(2)(g) DPA 2018 Sch.1 para 18"])
        #expect(consent.status == 0)
        #expect(consent.out.contains("Given on 2026-11-20"))
        // `show` prints it too, with the case.
        let shown = try box.run(["show", ref])
        #expect(shown.out.contains("Consent and lawful basis"))
        #expect(shown.out.contains("Article 6 basis:     6(1)(e) public task"))
        #expect(shown.out.contains("Outcome:             Given on 2026-11-20"))

        // Special category data needs a choice, and the refusal names the field.
        let unacknowledged = try box.run(["share", ref, "--to", "police", "--format", "md", "-o", "police.md", "--why", "Strategy meeting"])
        #expect(unacknowledged.status != 0)
        #expect(unacknowledged.err.contains("Concerns: Engagement with a group or cause"))

        let shared = try box.run(["share", ref, "--to", "police", "--format", "html", "-o", "police.html", "--why", "Strategy meeting",
                                  "--include-special-category"])
        #expect(shared.status == 0, "\(shared.err)")
        let attributes = try FileManager.default.attributesOfItem(atPath: box.folder + "/police.html")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let html = try String(contentsOfFile: box.folder + "/police.html", encoding: .utf8)
        #expect(html.contains("Symbols on a locker") && !html.contains("Quill Larkholme") && !html.contains("DRAFT"))

        #expect(try box.run(["share", ref, "--to", "school", "--decline", "--why", "The school is not involved"]).status == 0)
        let show = try box.run(["show", ref])
        #expect(show.out.contains("shared with police"))
        #expect(show.out.contains("not shared with school"))

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
