import CaseworkCore
import Foundation
import Testing

/// `CaseValidator` names each way a case can fail to fit its template and settings.
@Suite struct CaseValidatorTests {
    static let settings: AuthoritySettings = {
        let path = try! BundledResources.defaultSettingsPath()
        return try! SettingsValidator.load(data: Data(contentsOf: URL(fileURLWithPath: path)), file: path)
    }()

    @Test func aFreshCaseHasNoProblems() throws {
        let folder = TemporaryFolder()
        let record = try Fixtures.newCase(in: try Fixtures.store(in: folder))
        #expect(CaseValidator.problems(record, template: try Fixtures.template(), settings: Self.settings) == [])
    }

    @Test func eachProblemIsNamed() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        let broken = try store.update(record.reference, by: Fixtures.user, summary: "Broken on purpose") { r in
            r.answers["engagement.no-such-item"] = ItemAnswer(status: .someConcern)
            r.answers["analysis.worried"] = ItemAnswer(status: .significantConcern, note: "Rated narrative")
            r.answers["analysis.scale"] = ItemAnswer(scale: 11)
            r.concerns = [Concern(id: 1, what: "x", observedOn: nil, source: "y", heading: "strengths", nature: .behaviour,
                                  severity: .low, recordedAt: r.createdAt, recordedBy: Fixtures.user)]
            r.decision = Decision(threshold: "level-9", route: "nowhere", rationale: " ", decidedBy: Fixtures.user,
                                  decidedOn: Fixtures.day, reviewOn: nil)
        }
        let problems = CaseValidator.problems(broken, template: try Fixtures.template(), settings: Self.settings)
        for expected in ["answers.engagement.no-such-item", "answers.analysis.worried.status", "answers.analysis.scale.scale is 11",
                         "heading is 'strengths'", "decision.threshold 'level-9'", "decision.route 'nowhere'", "decision.rationale is empty"] {
            #expect(problems.contains { $0.contains(expected) }, "missing: \(expected) in \(problems)")
        }
        #expect(problems.count == 7)
    }
}
