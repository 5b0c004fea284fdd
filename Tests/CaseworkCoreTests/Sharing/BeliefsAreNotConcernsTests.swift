import CaseworkCore
import Foundation
import Testing

/// A belief on its own is not a safeguarding concern: it carries no severity, is not counted as a concern
/// in statistics and goes to no recipient unless the practitioner adds it, with a reason. The same entry
/// choices leave single entries out, each reason kept with the share.
@Suite struct BeliefsAreNotConcernsTests {
    static let canary = "CANARY-BELIEF wears a hijab"

    func caseWithABelief(_ temp: TemporaryStore) throws -> CaseRecord {
        let record = try temp.makeCase()
        return try temp.store.update(record.reference, by: SummaryFixtures.user, summary: "Belief") { r in
            r.concerns.append(Concern(
                id: 3, what: Self.canary, observedOn: nil, source: "Teacher", heading: "intent", nature: .belief, severity: nil,
                recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user))
        }
    }

    func police(_ reference: CaseReference, _ path: String, _ entryChoices: [EntryChoice] = []) -> ShareRequest {
        var options = SummaryOptions(specialCategory: .include)
        options.entryChoices = entryChoices
        return ShareRequest(
            reference: reference, recipient: "police", format: .markdown, destination: path, why: "Prevent referral",
            options: options, choices: ShareChoices(condition: "preventing-crime"))
    }

    @Test func aBeliefOnlyConcernReachesThePoliceOnlyWhenChosen() throws {
        let temp = try TemporaryStore()
        let record = try caseWithABelief(temp)
        for recipient in SummaryFixtures.settings.recipients.map(\.id) where recipient != "internal" {
            let summary = try temp.service().summary(of: record, for: recipient, options: SummaryOptions(specialCategory: .include))
            #expect(!SummaryRenderer.render(summary, as: .json).contains("CANARY-BELIEF"), "\(recipient)")
        }
        try temp.service().share(police(record.reference, temp.exportPath("default.md")))
        #expect(!(try String(contentsOfFile: temp.exportPath("default.md"), encoding: .utf8)).contains("CANARY-BELIEF"))

        let reason = "The belief names a target: the teacher she says must be punished."
        let chosen = [EntryChoice(id: "concern:3", include: true, reason: reason)]
        let result = try temp.service().share(police(record.reference, temp.exportPath("chosen.md"), chosen))
        #expect(try String(contentsOfFile: temp.exportPath("chosen.md"), encoding: .utf8).contains("CANARY-BELIEF"))
        #expect(result.sharingRecord.decision?.entryChoices == chosen)
        #expect(result.sharingRecord.decision?.entries.contains("concern:3") == true)
    }

    @Test func addingOrLeavingOutNeedsAReasonAndAnIDTheCaseHas() throws {
        let temp = try TemporaryStore()
        let record = try caseWithABelief(temp)
        let blank = try #require(throws: SharingRefusal.self) {
            try temp.service().share(police(record.reference, temp.exportPath("a.md"), [EntryChoice(id: "concern:3", include: true, reason: " ")]))
        }
        #expect(blank.reasons == ["Say why concern:3 is added (--because \"...\"): the share record keeps the reason."])
        let unknown = try #require(throws: CaseworkError.self) {
            try temp.service().share(police(record.reference, temp.exportPath("a.md"), [EntryChoice(id: "concern:99", include: false, reason: "x")]))
        }
        #expect("\(unknown)".contains("'concern:99' is not an entry of this case"))
        // The school does not receive concerns, so one cannot be added for it.
        var school = police(record.reference, temp.exportPath("school.md"), [EntryChoice(id: "concern:2", include: true, reason: "They asked")])
        school.recipient = "school"
        let notReceived = try #require(throws: SharingRefusal.self) { try temp.service().share(school) }
        #expect(notReceived.reasons.first?.hasPrefix("concern:2 cannot be added for School or college") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.folder) == ["store"])
    }

    @Test func aLeftOutEntryIsNotInTheFileAndItsReasonIsKept() throws {
        let temp = try TemporaryStore()
        let record = try caseWithABelief(temp)
        let leftOut = [EntryChoice(id: "concern:1", include: false, reason: "Already known to the police from their own report.")]
        let result = try temp.service().share(police(record.reference, temp.exportPath("p.md"), leftOut))
        let text = try String(contentsOfFile: temp.exportPath("p.md"), encoding: .utf8)
        #expect(!text.contains("Repeats slogans") && text.contains("Said he wants to hurt a named pupil"))
        let decision = try #require(result.sharingRecord.decision)
        #expect(!decision.entries.contains("concern:1") && decision.entries.contains("concern:2"))
        #expect(decision.entryChoices == leftOut)
        let shown = CaseTextReport(record: try temp.store.load(record.reference), template: nil, settings: nil, showNames: false, width: 200).render()
        #expect(shown.contains("Left out concern:1: Already known to the police from their own report."))
    }

    @Test func aBeliefOnlyEntryIsNotCountedAsAConcern() throws {
        let temp = try TemporaryStore()
        var record = try caseWithABelief(temp)
        record.concerns = record.concerns.filter(\.isBeliefOnly)
        let records = Array(repeating: record, count: 6)
        let stats = CaseStatistics(records: records, settings: SummaryFixtures.settings, templates: SummaryFixtures.templates)
        let byHeading = try #require(stats.tables.first { $0.title == "Cases with a concern under each heading" })
        #expect(byHeading.rows.allSatisfy { ($0.count ?? 0) == 0 }, "\(byHeading.rows)")
        #expect(record.concerns.first?.severity == nil && record.concerns.first?.severityLabel == "No severity (belief only)")
    }
}
