import Foundation
import Testing

/// `casework details` corrects the person and the referral after `new`: one revision in the history, the
/// same checks as `new`, nothing written on a wrong value, and what the summaries say follows.
@Suite("Correcting a case's details, as a script uses it")
struct DetailsCommandTests {
    @Test func aDateOfBirthLearntLaterGivesTheAgeInTheSummary() throws {
        let box = try Sandbox()
        let created = try box.run(["new", "--subject", "Kai Brennan", "--reason", "Praised an attack in class", "--received", "2026-11-18"])
        #expect(created.status == 0, "\(created.err)")
        let ref = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.run(["summary", ref, "--for", "school", "--format", "txt"]).out.contains("Age:           not known"))

        let corrected = try box.run(["details", ref, "--dob", "2010-05-01", "--name", "Kai Brennan-Ward", "--language", "pl",
                                     "--referrer", "Ms Ada Okafor", "--referrer-role", "Head of year"])
        #expect(corrected.status == 0, "\(corrected.err)")
        #expect(corrected.out.contains("Name, date of birth, language, referrer, referrer's role corrected"))
        let json = try box.caseJSON(ref)
        let subject = try #require(json["subject"] as? [String: Any])
        #expect(subject["dateOfBirth"] as? String == "2010-05-01")
        #expect(subject["name"] as? String == "Kai Brennan-Ward")
        #expect(subject["language"] as? String == "pl")
        #expect(json["revision"] as? Int == 2, "one revision for the whole correction")
        #expect(try box.run(["history", ref]).out.contains("Name, date of birth, language, referrer, referrer's role corrected"))
        let summary = try box.run(["summary", ref, "--for", "school", "--format", "txt"]).out
        #expect(summary.contains("Age:           16"), "the age on the referral date: \(summary)")
        let shown = try box.run(["show", ref]).out
        #expect(shown.contains("Language:  pl"))
        #expect(shown.contains("K.B.W., age 16"))
    }

    @Test func aWrongValueIsOneSentenceAndWritesNothing() throws {
        let box = try Sandbox()
        let ref = try box.run(["new", "--subject", "Kai Brennan", "--reason", "Test", "--received", "2026-11-18"])
            .out.trimmingCharacters(in: .whitespacesAndNewlines)
        let before = try box.caseJSON(ref)["revision"] as? Int
        let future = try box.run(["details", ref, "--dob", "2099-01-01"])
        #expect(future.status != 0)
        #expect(future.err.contains("The date of birth 2099-01-01 is in the future; check the year."))
        let afterReferral = try box.run(["details", ref, "--dob", "2026-11-20"])
        #expect(afterReferral.err.contains("is after the referral was received (2026-11-18)"))
        let control = try box.run(["details", ref, "--name", "Kai\u{1B}[2J"])
        #expect(control.status != 0)
        #expect(!control.err.contains("\u{1B}"), "the control character is shown escaped, never sent")
        let nothing = try box.run(["details", ref])
        #expect(nothing.status != 0)
        #expect(nothing.err.contains("Nothing to change"))
        #expect(try box.caseJSON(ref)["revision"] as? Int == before, "nothing written")
        let same = try box.run(["details", ref, "--name", "Kai Brennan"])
        #expect(same.status == 0 && same.out.contains("nothing was changed"))
        #expect(try box.caseJSON(ref)["revision"] as? Int == before)
    }
}
