import CaseworkCore
import Foundation
import Testing

/// `casework settings check` passes the bundled Welsh example, and with it a child threshold is refused
/// for an adult as with the English one.
@Suite("Welsh example settings, as a script uses them")
struct WalesSettingsCommandTests {
    @Test func theWelshExamplePassesSettingsCheckAndRefusesAChildThresholdForAnAdult() throws {
        let box = try Sandbox()
        let wales = try BundledResources.folder() + "/settings/wales-example-settings.json"
        let checked = try box.run(["settings", "check", wales])
        #expect(checked.status == 0, "\(checked.err)")
        #expect(checked.out.contains("Example County Borough Council, Wales (fictional), 7 thresholds"))
        #expect(checked.out.contains("offered in Cymraeg (Welsh) and English"))

        // The store is made first: settings go into a store, and a folder holding other files is not one.
        #expect(try box.run(["init"]).status == 0)
        try FileManager.default.copyItem(atPath: wales, toPath: box.store + "/settings.json")
        let created = try box.run(["new", "--subject", "Gethin Example", "--reason", "Test", "--dob", "1995-02-01", "--received", "2026-11-18"])
        let ref = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let refused = try box.run(["decide", ref, "--threshold", "child-at-risk-s130", "--route", "mash", "--rationale", "Test"])
        #expect(refused.status != 0)
        #expect(refused.err.contains("Threshold 'child-at-risk-s130' is for children, but the person was 31 on the referral date (an adult)"))
        #expect(try box.run(["decide", ref, "--threshold", "adult-at-risk-s126", "--route", "mash", "--rationale", "Test"]).status == 0)
    }
}
