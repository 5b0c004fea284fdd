import Foundation
import Testing

/// An adult's case through the real binary: a child threshold is refused with a sentence and nothing is
/// written; the adult safeguarding threshold is accepted; the adult social care profile gets its summary.
@Suite("An adult's case, as a script uses it")
struct AdultCaseCommandTests {
    @Test func aChildThresholdIsRefusedForAnAdultAndTheAdultOnesWork() throws {
        let box = try Sandbox()
        let created = try box.run([
            "new", "--subject", "Morwen Tallis", "--reason", "Defaced a place of worship after an attack", "--dob", "1990-06-01",
            "--received", "2026-11-18"])
        #expect(created.status == 0, "\(created.err)")
        let ref = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let revision = try box.caseJSON(ref)["revision"] as? Int

        // The checklist follows his age: no parenting items in show or in the summaries' progress.
        let shown = try box.run(["show", ref])
        #expect(!shown.out.contains("Parenting capacity"))
        #expect(shown.out.contains("The person's needs: 0 of 8 answered"))
        #expect(shown.out.contains("6 items for another age group left out"))

        let refused = try box.run(["decide", ref, "--threshold", "child-protection", "--route", "mash", "--rationale", "Test"])
        #expect(refused.status != 0)
        #expect(refused.err.contains(
            "Threshold 'child-protection' is for children, but the person was 36 on the referral date (an adult); use one of: no-further-action, universal, adult-early-support, adult-safeguarding-s42."))
        #expect(try box.caseJSON(ref)["revision"] as? Int == revision, "nothing written")

        let decided = try box.run(["decide", ref, "--threshold", "adult-safeguarding-s42", "--route", "mash", "--rationale", "Care and support needs; cannot protect himself"])
        #expect(decided.status == 0, "\(decided.err)")
        let summary = try box.run(["summary", ref, "--for", "adult-social-care", "--format", "md"])
        #expect(summary.status == 0, "\(summary.err)")
        #expect(summary.out.contains("Adult social care"))
        #expect(summary.out.contains("Adult safeguarding enquiry (Care Act s42)"))
        #expect(!summary.out.contains("Parenting"))

        // Included by choice (he cares for a child), recorded on the case and in its history.
        #expect(try box.run(["scope", ref, "all"]).status == 0)
        #expect(try box.caseJSON(ref)["allItemsIncluded"] as? Bool == true)
        #expect(try box.run(["show", ref]).out.contains("Parenting capacity: 0 of 6 answered"))
        #expect(try box.run(["history", ref]).out.contains("Included every checklist item"))
        #expect(try box.run(["scope", ref, "all"]).out.contains("nothing was changed"))
    }
}
