import CaseworkCore
import Foundation
import Testing

/// Hostile stored text (terminal escapes, bidi overrides, markup, formula starts) reaches no output as it is.
@Suite struct SummarySafetyTests {
    static func everyOutput() -> [(String, String)] {
        var outputs: [(String, String)] = []
        for profile in SummaryFixtures.settings.recipients {
            let summary = SummaryFixtures.summary(
                SummaryFixtures.rich, for: profile.id, options: SummaryOptions(includeReferrer: true, specialCategory: .include))
            for format in SummaryFormat.allCases {
                outputs.append(("\(profile.id).\(format.rawValue)", SummaryRenderer.render(summary, as: format)))
            }
        }
        return outputs
    }

    @Test func noControlOrBidiCharacterReachesAnyFormat() {
        for (name, output) in Self.everyOutput() {
            let bad = output.unicodeScalars.filter { scalar in
                if scalar == "\n" { return false }
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
                if scalar.value == 0x200C || scalar.value == 0x200D { return false }
                return scalar.properties.generalCategory == .format
            }
            #expect(bad.isEmpty, "\(name) holds \(bad.map { String($0.value, radix: 16) })")
            #expect(!output.contains("\\u001b") && !output.contains("\\u202e"), "\(name) holds an escaped control")
        }
    }

    @Test func htmlAndMarkdownCannotBeInjected() {
        for (name, output) in Self.everyOutput() {
            if name.hasSuffix(".html") {
                #expect(!output.contains("<script"), "\(name)")
                if output.contains("MARKER-ASSESS-INTENT") {
                    #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(name)")
                }
                #expect(!output.contains("href="), "\(name)")
            }
            if name.hasSuffix(".md") {
                #expect(!output.contains("<script"), "\(name)")
                #expect(!output.contains("[a link](http"), "\(name)")
                #expect(!output.contains("\n# not a heading"), "\(name)")
            }
        }
    }

    @Test func textIsWrappedAt80Columns() {
        for (name, output) in Self.everyOutput() where name.hasSuffix(".txt") {
            for line in output.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= 80, "\(name): '\(line)'")
            }
        }
    }

    @Test func draftIsMarkedOnEveryTextPage() {
        let summary = SummaryFixtures.summary(SummaryFixtures.rich, for: "internal", options: SummaryOptions(includeReferrer: true))
        let lines = SummaryRenderer.render(summary, as: .text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > TextSummaryRenderer.pageLines)
        for start in stride(from: 0, to: lines.count, by: TextSummaryRenderer.pageLines) {
            let page = lines[start..<min(lines.count, start + TextSummaryRenderer.pageLines)]
            #expect(page.contains { $0.contains("DRAFT - NOT SHARED") }, "page starting at line \(start + 1)")
        }
        for format in [SummaryFormat.markdown, .html] {
            #expect(SummaryRenderer.render(summary, as: format).contains("DRAFT - NOT SHARED"))
        }
        #expect(SummaryRenderer.render(summary, as: .json).contains("\"draft\" : true"))
    }

    @Test func jsonRoundTrips() throws {
        let summary = SummaryFixtures.summary(SummaryFixtures.rich, for: "internal", options: SummaryOptions(includeReferrer: true))
        let decoded = try JSONDecoder().decode(Summary.self, from: SummaryRenderer.data(summary, as: .json))
        #expect(decoded == summary)
    }

    @Test func generationIsDeterministic() {
        let a = SummaryFixtures.summary(SummaryFixtures.rich, for: "channel-panel")
        let b = SummaryFixtures.summary(SummaryFixtures.rich, for: "channel-panel")
        for format in SummaryFormat.allCases {
            #expect(SummaryRenderer.render(a, as: format) == SummaryRenderer.render(b, as: format))
        }
    }
}
