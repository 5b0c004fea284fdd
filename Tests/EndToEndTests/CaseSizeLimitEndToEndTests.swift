import CaseworkCore
import Foundation
import Testing

/// Finding 7 of issue 10, through the real binary: a case just under the 64 MB read limit, and a
/// `concern add` that would take it over. The save is refused in one sentence with nothing written (case
/// file and trail byte for byte the same) and the case still reads.
@Suite struct CaseSizeLimitEndToEndTests {
    @Test func aConcernThatWouldTakeACasePastTheReadLimitIsRefused() throws {
        let box = try Sandbox()
        let created = try box.run(["new", "--subject", "Test Person", "--reason", "Test", "--referrer", "Ms Example"])
        try #require(created.status == 0, "\(created.err)")
        let reference = created.out.trimmingCharacters(in: .whitespacesAndNewlines)

        // Fill the case by hand to 150 KB under the limit (a file an earlier version could have written).
        var json = try box.caseJSON(reference)
        var referral = try #require(json["referral"] as? [String: Any])
        referral["reason"] = String(repeating: "x", count: DurableFile.maximumReadSize - 150_000)
        json["referral"] = referral
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: URL(fileURLWithPath: box.caseFile(reference)))
        let caseBefore = try #require(FileManager.default.contents(atPath: box.caseFile(reference)))
        let trailBefore = try #require(FileManager.default.contents(atPath: box.store + "/audit.jsonl"))

        let text = String(repeating: "A long account pasted in full. ", count: 4_000)
        let refused = try box.run(["concern", "add", reference, "--what", text, "--heading", "engagement"])

        #expect(refused.status != 0)
        #expect(refused.err.hasPrefix("Error: Case \(reference) was not saved: it would grow to "))
        #expect(refused.err.contains("keep long texts in the authority's document system"))
        #expect(refused.err.filter { $0 == "\n" }.count == 1, "one sentence: \(refused.err.prefix(300))")
        #expect(FileManager.default.contents(atPath: box.caseFile(reference)) == caseBefore)
        #expect(FileManager.default.contents(atPath: box.store + "/audit.jsonl") == trailBefore)
        // Still readable: the listing re-reads the changed file (`show` would lay out 64 MB of text).
        let listed = try box.run(["list"])
        #expect(listed.status == 0, "\(listed.err.prefix(300))")
        #expect(listed.out.contains(reference) && listed.out.contains("T.P."))
        #expect(!listed.err.contains("cannot be read"))
    }
}
