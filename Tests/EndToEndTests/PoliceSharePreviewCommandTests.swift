import Foundation
import Testing

/// On a case with no consent recorded at all, `casework summary REF --for police` previews exactly what
/// `casework share REF --to police --basis public-task` then sends: the stated threat and its evidence
/// in, the belief-only entry out, what is unknown in, the referrer out.
@Suite struct PoliceSharePreviewCommandTests {
    @Test func thePolicePreviewIsExactlyWhatTheShareSends() throws {
        let box = try Sandbox()
        let ref = try box.run(["new", "--subject", "Ash Pendleford", "--reason", "Fictional: a threat overheard", "--age", "16",
                               "--referrer", "Ms Ada Okafor", "--referrer-role", "College DSL"]).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.run(["answer", ref, "intent.stated-wish", "significant-concern", "--note", "CANARY-THREAT: will stab a named teacher on Friday",
                             "--source", "CANARY-EVIDENCE: two pupils' written accounts", "--date", "2026-11-20", "--basis", "fact"]).status == 0)
        #expect(try box.run(["answer", ref, "referral.immediate-safety", "significant-concern", "--note", "CANARY-SAFETY: Friday"]).status == 0)
        #expect(try box.run(["answer", ref, "capability.funding-equipment", "unknown", "--note", "CANARY-UNKNOWN: knives at home?"]).status == 0)
        #expect(try box.run(["concern", "add", ref, "--nature", "belief", "--what", "CANARY-BELIEF: strict about prayer", "--heading", "intent"]).status == 0)

        let preview = try box.run(["summary", ref, "--for", "police", "--format", "json"])
        #expect(preview.status == 0, "\(preview.err)")
        let shared = try box.run(["share", ref, "--to", "police", "--basis", "public-task", "--why", "Prevent referral screening",
                                  "--format", "json", "-o", "police.json"])
        #expect(shared.status == 0, "\(shared.err)")
        var previewed = try JSONSerialization.jsonObject(with: Data(preview.out.utf8)) as! [String: Any]
        var sent = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: box.folder + "/police.json"))) as! [String: Any]
        #expect(previewed["draft"] as? Bool == true && sent["draft"] as? Bool == false)
        for key in ["draft", "generatedAt"] { previewed[key] = nil; sent[key] = nil }
        // The case revision in the file is the one the share was built from: the preview's.
        #expect(NSDictionary(dictionary: previewed) == NSDictionary(dictionary: sent))

        let text = preview.out
        for canary in ["CANARY-THREAT", "CANARY-EVIDENCE", "CANARY-SAFETY", "CANARY-UNKNOWN"] { #expect(text.contains(canary), "\(canary)") }
        #expect(!text.contains("CANARY-BELIEF") && !text.contains("Okafor"))
        #expect(text.contains("UK GDPR Article 6(1)(e) public task"))
    }
}
