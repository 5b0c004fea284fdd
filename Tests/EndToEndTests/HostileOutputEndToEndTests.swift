import CaseworkCore
import Foundation
import Testing

/// Stored text, settings and arguments made of escape sequences and bidi controls, run through every
/// command that prints or exports them: nothing that acts on a terminal (ESC, BEL, CSI, the bidi
/// overrides) reaches standard output or error raw, errors are one short line, and JSON outputs parse
/// back to exactly the stored text.
@Suite struct HostileOutputEndToEndTests {
    static let hostile = "Ana \u{1B}]0;PWNED\u{07}\u{1B}[2J \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{9B}31m end"

    /// Fails when `text` holds anything that would act on a terminal or reorder a line.
    static func expectInert(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        #expect(!bytes.contains(0x1B), "\(what) holds a raw ESC", sourceLocation: sourceLocation)
        #expect(!bytes.contains(0x07), "\(what) holds a raw BEL", sourceLocation: sourceLocation)
        let scalars = text.unicodeScalars.map(\.value)
        #expect(!scalars.contains(0x9B), "\(what) holds a raw C1 CSI", sourceLocation: sourceLocation)
        for bidi: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            #expect(!scalars.contains(bidi), "\(what) holds a raw bidi control U+\(String(bidi, radix: 16))", sourceLocation: sourceLocation)
        }
    }

    /// An error a person sees: one line (a usage error adds the parser's usage lines), short, inert.
    static func expectShortError(
        _ result: CaseworkProcess.Result, _ what: String, usage: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status != 0, "\(what) did not fail", sourceLocation: sourceLocation)
        expectInert(result.err, "\(what) stderr", sourceLocation: sourceLocation)
        let lines = result.err.split(separator: "\n")
        if usage {
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("Usage:") || $0.hasPrefix("Help:") || $0.hasPrefix("  See ") }, "\(what): \(result.err.prefix(300))",
                    sourceLocation: sourceLocation)
        } else {
            #expect(lines.count == 1, "\(what): \(result.err.prefix(300))", sourceLocation: sourceLocation)
        }
        #expect((lines.first?.count ?? 0) < 500, "\(what) echoed \(result.err.count) characters", sourceLocation: sourceLocation)
    }

    /// A store with a readable case full of hostile text and an unreadable one whose JSON key is hostile.
    func hostileStore() throws -> (box: Sandbox, readable: CaseReference, broken: CaseReference) {
        let box = try Sandbox()
        let (store, created) = try box.storeWithOneCase()
        let user = CaseworkEnvironment.currentUser()
        _ = try store.update(created.reference, by: user, summary: "Edited \(Self.hostile)") { record in
            record.subject.name = Self.hostile
            record.referral.referrer = "Referrer " + Self.hostile
            record.concerns.append(Concern(
                id: 1, what: Self.hostile, observedOn: nil, source: Self.hostile, heading: "engagement", nature: .behaviour,
                severity: .high, recordedAt: Timestamp.now(), recordedBy: user))
        }
        let template = try TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
        let broken = try store.create(
            subject: Subject(name: "Broken Case"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-01")!),
            lead: user, template: template, by: user)
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: box.caseFile(broken.reference.rawValue)))) as! [String: Any]
        json["answers"] = [Self.hostile + String(repeating: "x", count: 5000): ["note": "no status"]]
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: box.caseFile(broken.reference.rawValue)))
        return (box, created.reference, broken.reference)
    }

    @Test func storedHostileTextIsInertInEveryPrinterAndExactInJSON() throws {
        let (box, readable, broken) = try hostileStore()
        let ref = readable.rawValue

        Self.expectShortError(try box.run(["show", broken.rawValue]), "show of a case with a hostile JSON key")
        for arguments in [["show", ref], ["show", ref, "--names"], ["list"], ["list", "--names"], ["history", ref, "--fields"],
                          ["concern", "list", ref]] {
            let result = try box.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.err)")
            Self.expectInert(result.out, "\(arguments) stdout")
            Self.expectInert(result.err, "\(arguments) stderr")
        }
        for format in ["md", "txt", "html", "json"] {
            let result = try box.run(["summary", ref, "--for", "police", "--format", format, "--include-special-category"])
            #expect(result.status == 0, "summary \(format): \(result.err)")
            Self.expectInert(result.out, "summary \(format) stdout")
            Self.expectInert(result.err, "summary \(format) stderr")
        }

        let listed = try box.run(["list", "--json", "--names"])
        Self.expectInert(listed.out, "list --json")
        let rows = try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as! [[String: Any]]
        #expect(rows.contains { $0["subject"] as? String == Self.hostile }, "list --json gives back the stored name exactly")

        let shown = try box.run(["show", ref, "--json"])
        Self.expectInert(shown.out, "show --json")
        let record = try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as! [String: Any]
        #expect((record["subject"] as? [String: Any])?["name"] as? String == Self.hostile)

        let summary = try box.run(["summary", ref, "--for", "police", "--format", "json", "--include-special-category"])
        #expect(try JSONSerialization.jsonObject(with: Data(summary.out.utf8)) is [String: Any], "summary json parses")

        let export = box.folder + "/sar.json"
        let sar = try box.run(["subject-access", "--name", Self.hostile, "--out", export])
        Self.expectInert(sar.out, "subject-access stdout")
        Self.expectInert(sar.err, "subject-access stderr")
        let document = try String(contentsOfFile: export, encoding: .utf8)
        Self.expectInert(document, "the subject-access export")
        let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8)) as! [String: Any]
        let cases = parsed["cases"] as? [[String: Any]] ?? []
        #expect(cases.contains { ($0["subject"] as? [String: Any])?["name"] as? String == Self.hostile })
    }

    @Test func hostileArgumentsAndSettingsAreEchoedInertAndCut() throws {
        let box = try Sandbox()
        let (_, created) = try box.storeWithOneCase()
        let ref = created.reference.rawValue

        Self.expectShortError(try box.run(["show", "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{202E}"]), "an unknown reference of escapes")
        Self.expectShortError(try box.run(["show", String(repeating: "A", count: 100_000)]), "a 100 KB reference")
        Self.expectShortError(
            try box.run(["decide", ref, "--threshold", Self.hostile + String(repeating: "y", count: 100_000), "--route", "channel",
                         "--rationale", "Because"]),
            "decide with a hostile threshold id")
        Self.expectShortError(try box.run(["new", "--subject", "A", "--reason", "B", "--age", Self.hostile]), "a parser error quoting a hostile value", usage: true)
        Self.expectShortError(try box.run(["summary", ref, "--for", Self.hostile]), "summary for a hostile profile id")

        let settingsURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/settings/default-settings.json")
        var settings = try JSONSerialization.jsonObject(with: Data(contentsOf: settingsURL)) as! [String: Any]
        var authority = settings["authority"] as! [String: Any]
        authority["name"] = Self.hostile
        settings["authority"] = authority
        var thresholds = settings["thresholds"] as! [[String: Any]]
        thresholds[0]["name"] = Self.hostile
        settings["thresholds"] = thresholds
        try JSONSerialization.data(withJSONObject: settings).write(to: URL(fileURLWithPath: box.store + "/settings.json"))
        let shown = try box.run(["settings", "show"])
        #expect(shown.status == 0, "\(shown.err)")
        #expect(shown.out.contains("PWNED"), "the name is shown, escaped")
        Self.expectInert(shown.out, "settings show")

        thresholds[0]["id"] = Self.hostile + String(repeating: "z", count: 100_000)
        thresholds[1]["id"] = thresholds[0]["id"]
        settings["thresholds"] = thresholds
        try JSONSerialization.data(withJSONObject: settings).write(to: URL(fileURLWithPath: box.store + "/settings.json"))
        Self.expectShortError(try box.run(["settings", "show"]), "settings show with a hostile bad id")
        Self.expectShortError(try box.run(["settings", "check"]), "settings check with a hostile bad id")
    }

    @Test func helpVersionAndUsageStillWork() throws {
        let box = try Sandbox()
        let version = try box.run(["--version"])
        #expect(version.status == 0 && version.out == "0.1.0\n")
        let help = try box.run(["new", "--help"])
        #expect(help.status == 0 && help.out.contains("USAGE: casework new"))
        let usage = try box.run(["new"])
        #expect(usage.status == 64 && usage.err.contains("Missing expected argument"))
        let completion = try box.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.out.contains("-F _casework casework"))
    }
}
