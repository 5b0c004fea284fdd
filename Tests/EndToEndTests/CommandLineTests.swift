import Foundation
import Testing

@Suite("The command line, as a script uses it")
struct CommandLineTests {
    @Test func scriptedSessionIsPrintedBackAndSavedPrivately() throws {
        let box = try Sandbox()
        let created = try CaseworkProcess.shell("""
            set -e; umask 022
            ref=$($CASEWORK new --subject "Tamsin Oakridge-Vale" --reason "Tutor overheard praise for an attack; searched for weapons" --dob 2011-05-09 --referrer "Mr Fenwick Hale" --referrer-role "Form tutor" --received 2026-11-18)
            echo "$ref"
            $CASEWORK answer "$ref" engagement.extremist-material some-concern --note "Zoë saw her share a clip — 日本語 subtitles" --source "Form tutor" --date 2026-11-17 --basis fact
            $CASEWORK answer "$ref" intent.stated-wish significant --note "Said she wanted 'them' to suffer" --source "Peer (via tutor)" --date 2026-11-16 --basis opinion
            $CASEWORK answer "$ref" strengths.trusted-adults 0 --note "Close to her gran" --source "Mother"
            $CASEWORK answer "$ref" referral.trigger - --note "Incident in the library on 16 November"
            $CASEWORK answer "$ref" analysis.scale - --scale 4
            $CASEWORK concern add "$ref" --what "Searched for how to make a pipe bomb" --heading capability --severity high --source "School IT log" --date 2026-11-15
            $CASEWORK decide "$ref" --threshold child-in-need --route channel --rationale "Searches plus stated wish to harm: refer to Channel" --review 2027-01-15
            """, store: box.store)
        #expect(created.status == 0, "\(created.err)")
        let reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(reference.range(of: #"^[A-Z]{3}-[0-9]{4}$"#, options: .regularExpression) != nil, "only the reference on stdout: \(created.out)")

        let shown = try CaseworkProcess.run(["show", reference], store: box.store)
        #expect(shown.status == 0)
        for expected in [
            "Subject:   T.O.V.", "Referred by: Mr Fenwick Hale (Form tutor)", "Some concern", "Zoë saw her share a clip — 日本語 subtitles",
            "Significant concern", "Professional opinion", "Trusted adults [strengths.trusted-adults]: In place", "Close to her gran", "Incident in the library", "4 / 10",
            "Searched for how to make a pipe bomb", "[High, Behaviour, Fact] Capability to cause harm", "Decision: Child in need",
            "route: Channel panel", "review 2027-01-15", "Searches plus stated wish to harm",
        ] {
            #expect(shown.out.contains(expected), "show is missing \(expected)")
        }
        #expect(!shown.out.contains("Tamsin"), "the name stays hidden unless asked for")
        #expect(try CaseworkProcess.run(["show", reference, "--names"], store: box.store).out.contains("Tamsin Oakridge-Vale"))

        let json = try box.caseJSON(reference)
        #expect(json["schemaVersion"] as? Int == 2)
        #expect(json["revision"] as? Int == 8, "one revision for the new case and one per change")
        let answers = json["answers"] as! [String: [String: Any]]
        #expect(answers["intent.stated-wish"]?["status"] as? String == "significant-concern")
        #expect(answers["intent.stated-wish"]?["basis"] as? String == "opinion")
        #expect(answers["engagement.extremist-material"]?["observedOn"] as? String == "2026-11-17")
        #expect(answers["analysis.scale"]?["scale"] as? Int == 4)
        #expect((json["decision"] as? [String: Any])?["route"] as? String == "channel")
        #expect(Sandbox.mode(box.caseFile(reference)) == 0o600)
        #expect(Sandbox.mode(box.store + "/cases") == 0o700)
        #expect(Sandbox.mode(box.store) == 0o700)

        let listed = try CaseworkProcess.run(["list", "--json"], store: box.store)
        let rows = try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["reference"] as? String } == [reference])
    }

    @Test func templateCheckAcceptsTheBundledOneAndNamesWhatIsWrongInABrokenOne() throws {
        let box = try Sandbox()
        let good = try CaseworkProcess.run(["template", "check"], store: box.store)
        #expect(good.status == 0)
        #expect(good.out.contains("ok: casework-standard"))
        let bundled = try CaseworkProcess.run(["template", "show"], store: box.store)
        #expect(bundled.out.contains("intent.stated-wish"))

        let broken = box.folder + "/broken-template.json"
        let source = try String(contentsOfFile: CaseworkProcess.binary.replacingOccurrences(of: "/casework", with: "") + "/casework_CaseworkResources.resources/templates/casework-standard.json", encoding: .utf8)
        try source.replacingOccurrences(of: "\"id\": \"intent.stated-wish\"", with: "\"id\": \"intent.grievance\"")
            .write(toFile: broken, atomically: false, encoding: .utf8)
        let result = try CaseworkProcess.run(["template", "check", broken], store: box.store)
        #expect(result.status != 0)
        #expect(result.err.contains(broken))
        #expect(result.err.contains("item 'intent.grievance'"))
        #expect(result.err.contains("used twice"))
    }

    @Test func badInputGetsOneClearSentence() throws {
        let box = try Sandbox()
        let cases: [([String], String)] = [
            (["show", "NOPE"], "is not a case reference"),
            (["show", "KTR-4827"], "No case KTR-4827"),
            (["new", "--subject", "A B"], "Missing expected argument '--reason"),
            (["answer", "KTR-4827", "x", "y"], "No case KTR-4827"),
            (["list", "--status", "lost"], "--status"),
        ]
        for (arguments, expected) in cases {
            let result = try CaseworkProcess.run(arguments, store: box.store)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.err.contains(expected), "\(arguments): \(result.err)")
            #expect(!result.err.contains("Fatal error"), "no stack trace")
        }
    }

    @Test func corruptCaseFileIsReportedAndLeftAlone() throws {
        let box = try Sandbox()
        let reference = try CaseworkProcess.run(["new", "--subject", "Ivo Brackenfell", "--reason", "Test"], store: box.store).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let path = box.caseFile(reference)
        let damaged = Data("{\"schemaVersion\": 1, \"reference\": ".utf8)
        try damaged.write(to: URL(fileURLWithPath: path))
        let result = try CaseworkProcess.run(["answer", reference, "intent.stated-wish", "some"], store: box.store)
        #expect(result.status != 0)
        #expect(result.err.contains(path))
        #expect(result.err.contains("has not been changed"))
        #expect(FileManager.default.contents(atPath: path) == damaged)
        let listing = try CaseworkProcess.run(["list"], store: box.store)
        #expect(listing.out.contains("cannot be read"))
    }

    /// Two processes each log 300 concerns on one case: every one is kept (the lock serialises them).
    @Test func twoProcessesChangingOneCaseKeepEveryChange() throws {
        let box = try Sandbox()
        let reference = try CaseworkProcess.run(["new", "--subject", "Juno Ashcombe", "--reason", "Load test"], store: box.store).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try CaseworkProcess.shell("""
            writer() { for i in $(seq 1 300); do $CASEWORK concern add \(reference) --heading intent --what "writer $1 change $i" --severity low || echo "FAILED $1 $i"; done; }
            writer A & writer B & wait
            """, store: box.store)
        #expect(!result.out.contains("FAILED"), "\(result.out) \(result.err)")
        let json = try box.caseJSON(reference)
        let whats = (json["concerns"] as! [[String: Any]]).compactMap { $0["what"] as? String }
        #expect(whats.count == 600)
        #expect(Set(whats).count == 600)
        #expect(json["revision"] as? Int == 601)
    }
}
