import CaseworkCore
import Foundation
import Testing

/// The real binary in tmux at 80x24: open a case, record openness and agreement on the summary screen, pick the school,
/// share to a file, quit; then the file, its mode, what it leaves out, the case's sharing record and the
/// audit trail are checked.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct WorkbenchSharingEndToEndTests {
    @Test func opennessPickTheSchoolShareAndQuit() throws {
        let folder = NSTemporaryDirectory() + "casework-e2e-share-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storePath = folder + "/store"
        let store = try CaseStore(root: storePath)
        let template = try TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
        let created = try store.create(
            subject: Subject(name: "Robin Example"),
            referral: Referral(reason: "Fictional: remarks in class about a group", receivedOn: LocalDate(iso8601: "2026-11-18")!,
                               referrer: "Fictional Referrer", referrerRole: "Form tutor"),
            lead: "tester", template: template, by: "tester")
        try store.update(created.reference, by: "tester", summary: "Fictional detail") { record in
            record.concerns = [Concern(
                id: 1, what: "Fictional concern the school must not see", observedOn: nil, source: "Screenshot",
                heading: template.concernHeadings.first?.id ?? "engagement", nature: .behaviour, severity: .high,
                recordedAt: Timestamp.now(), recordedBy: "tester")]
            record.strengths = [Strength(id: 1, what: "Fictional strength: plays in the band", source: "Parent", observedOn: nil,
                                         recordedAt: Timestamp.now(), recordedBy: "tester")]
        }
        let output = folder + "/school-summary.md"

        let tmux = try TmuxSession(label: "share", store: storePath)
        try #require(tmux.waitFor("R.E."))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Every change is saved as you make it"))
        try tmux.keys("s")
        try #require(tmux.waitFor("For: Internal record"))

        // Openness and agreement, through the form on the summary screen.
        try tmux.keys("c")
        try #require(tmux.waitFor("What the family was told, and agreement to a service"))
        try tmux.keys("Right", "Tab")
        try tmux.type("Parent (fictional)")
        try tmux.keys("Tab")
        try tmux.type("That the school will get the plan")
        try tmux.keys("Tab", "Tab", "Tab", "Right", "Tab", "Right")
        try tmux.keys("C-s")
        try #require(tmux.waitFor("Openness and agreement saved."))

        // The school profile, from the picker.
        try tmux.keys("r")
        try #require(tmux.waitFor("Who is the summary for?"))
        try tmux.keys("Home", "Down", "Enter")
        try #require(tmux.waitFor("For: School or college"))
        #expect(!tmux.screen().contains("Before this can be shared"))

        // Share to a file in the temporary folder.
        try tmux.keys("S")
        try #require(tmux.waitFor("Share with School or college: what goes, entry by entry"))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Share the summary with School or college"))
        try tmux.keys("Tab", "C-u")
        try tmux.type(output)
        try tmux.keys("Tab")
        try tmux.type("Attendance plan meeting (fictional)")
        try tmux.keys("C-s")
        try #require(tmux.waitFor("Shared with School or college"))
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())

        // The file: there, 0600, and only what the school receives.
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let school = try #require(try SettingsValidator.load(storePath: storePath + "/settings.json").recipient(id: "school"))
        for section in SummarySection.allCases where !school.receives(section) && section != .specialCategory {
            let title = SummaryDocumentBuilder.title(of: section)
            #expect(!text.contains(title), "the school does not receive \(section) but the file has \"\(title)\"")
        }
        #expect(text.contains(SummaryDocumentBuilder.title(of: .strengths)))
        #expect(text.contains("Fictional strength"))
        #expect(!text.contains("Fictional concern the school must not see"))
        #expect(!text.contains("Fictional Referrer"))
        #expect(!text.contains("DRAFT"))

        // The case JSON: openness, agreement and one sharing record, for the school, pointing at the file.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: store.path(for: created.reference))))
        let sharing = try #require((json as? [String: Any])?["sharing"] as? [[String: Any]])
        #expect(sharing.count == 1)
        #expect(sharing.first?["recipient"] as? String == "school")
        #expect(sharing.first?["shared"] as? Bool == true)
        #expect(sharing.first?["file"] as? String == output)
        let record = try store.load(created.reference)
        #expect(record.consent == nil)
        #expect(record.opennessLog.map(\.who) == ["Parent (fictional)"])
        #expect(record.agreementLog.map(\.status) == [.given] && record.agreementLog.first?.by == .parent)
        #expect(record.sharing.first?.decision?.article6 == "public-task")

        // The audit trail: one view for the one open, and the export with its file.
        let trail = try store.audit.trail(for: created.reference)
        #expect(trail.filter { $0.action == .view }.count == 1)
        #expect(trail.contains { $0.action == .export && $0.detail?.contains(output) == true })
    }
}
