import CaseworkCore
import Foundation
import Testing

/// `casework template migrate` through the real binary: a 1.0.0 case moves to 2.0.0, keeps every answer
/// (moved or retired), prints them, records the move in its history, and a second run changes nothing.
@Suite("template migrate, as a script uses it")
struct TemplateMigrateCommandTests {
    @Test func aCaseOn100MovesTo200AndASecondRunChangesNothing() throws {
        let box = try Sandbox()
        let (_, created) = try box.storeWithOneCase()
        let ref = created.reference.rawValue
        let script = try CaseworkProcess.shell("""
            set -e
            $CASEWORK answer \(ref) engagement.group-identification some-concern --note "Talks of little but the group"
            $CASEWORK answer \(ref) needs.education significant-concern --note "Excluded twice this term"
            $CASEWORK answer \(ref) referral.services-involved - --note "Early help closed in June"
            """, store: box.store)
        #expect(script.status == 0, "\(script.err)")

        let moved = try box.run(["template", "migrate", ref, "--to", "2.0.0"])
        #expect(moved.status == 0, "\(moved.err)")
        #expect(moved.out.contains("Moved to template casework-standard 2.0.0: 1 answer moved, 2 kept as retired"))
        let json = try box.caseJSON(ref)
        #expect(json["templateVersion"] as? String == "2.0.0")
        let answers = json["answers"] as! [String: [String: Any]]
        #expect(answers["intent.over-identification"]?["note"] as? String == "Talks of little but the group")
        let retired = json["retiredAnswers"] as! [[String: Any]]
        #expect(Set(retired.compactMap { $0["itemID"] as? String }) == ["needs.education", "referral.services-involved"])

        let shown = try box.run(["show", ref])
        #expect(shown.out.contains("Template:  casework-standard 2.0.0"))
        #expect(shown.out.contains("Over-identification with a group [intent.over-identification]: Some concern"))
        #expect(shown.out.contains("Education and learning [needs.education, version 1.0.0]: Significant concern"))
        #expect(shown.out.contains("Excluded twice this term"))
        #expect(shown.out.contains("Early help closed in June"))
        let summary = try box.run(["summary", ref, "--for", "internal", "--format", "txt"])
        #expect(summary.out.contains("Kept from template 1.0.0 (items since retired)"), "\(summary.err)")
        #expect(summary.out.contains("Excluded twice this term"))
        #expect(try box.run(["history", ref]).out.contains("Moved to template casework-standard 2.0.0"))

        let revision = json["revision"] as? Int
        let again = try box.run(["template", "migrate", ref, "--to", "2.0.0"])
        #expect(again.status == 0)
        #expect(again.out.contains("is already on casework-standard 2.0.0; nothing was changed"))
        #expect(try box.caseJSON(ref)["revision"] as? Int == revision)

        let nowhere = try box.run(["template", "migrate", ref, "--to", "9.0.0"])
        #expect(nowhere.status != 0)
        #expect(nowhere.err.contains("has no version '9.0.0'; installed: 1.0.0, 2.0.0."))
    }

    @Test func templateCheckValidatesTheShippedMappingAndNamesWhatIsWrongInABrokenOne() throws {
        let box = try Sandbox()
        let checked = try box.run(["template", "check"])
        #expect(checked.status == 0, "\(checked.err)")
        let bundled = try BundledResources.folder() + "/templates/casework-standard-2.0.0.mapping.json"
        let good = try box.run(["template", "check", bundled])
        #expect(good.status == 0, "\(good.err)")
        #expect(good.out.contains("casework-standard 1.0.0 -> 2.0.0 (65 items, 10 retired)"))

        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: bundled))) as! [String: Any]
        var items = json["items"] as! [String: String]
        items["capability.skills"] = nil
        json["items"] = items
        let broken = box.folder + "/broken.mapping.json"
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: broken))
        let refused = try box.run(["template", "check", broken])
        #expect(refused.status != 0)
        #expect(refused.err.contains(
            "broken.mapping.json: item 'capability.skills': version 1.0.0 item is neither mapped nor retired; give a 2.0.0 item id or \"retired\"."))
    }
}
