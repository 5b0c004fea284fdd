import Foundation
import Testing
@testable import CaseworkCore

/// A case on 1.0.0 moves to 2.0.0 through the shipped mapping without losing an answer: each lands on
/// its new item or is kept as retired, shown by `show` and summaries, and the history says so.
@Suite("Template migration")
struct TemplateMigrationTests {
    static let library = try! TemplateLibrary.load(storeTemplatesFolder: nil)
    static var old: ChecklistTemplate { library.template(id: "casework-standard", version: "1.0.0")! }
    static var new: ChecklistTemplate { library.template(id: "casework-standard", version: "2.0.0")! }
    static var mapping: TemplateMapping { library.mapping(template: "casework-standard", from: "1.0.0", to: "2.0.0")! }

    /// A different answer on every 1.0.0 item, so that each can be traced to where it went.
    static func answeredEverywhere(in store: CaseStore) throws -> CaseRecord {
        let created = try Fixtures.newCase(in: store)
        return try store.update(created.reference, by: Fixtures.user, summary: "Answered every item") { record in
            for (index, item) in old.allItems.enumerated() {
                var answer = ItemAnswer(note: "Answer \(index) to \(item.id)", source: "Source \(index)", observedOn: Fixtures.day)
                switch item.kind {
                case .rated: answer.status = [.noConcern, .someConcern, .significantConcern, .unknown][index % 4]
                case .scale: answer.scale = 6
                case .narrative: break
                }
                record.answers[item.id] = answer
            }
        }
    }

    @Test func everyAnswerIsOnANewItemOrKeptAsRetired() throws {
        let folder = TemporaryFolder()
        let record = try Self.answeredEverywhere(in: try Fixtures.store(in: folder))
        #expect(record.answers.count == 65)
        let outcome = try TemplateMigration.migrate(record, from: Self.old, to: Self.new, mapping: Self.mapping)
        let migrated = outcome.record
        #expect(migrated.templateVersion == "2.0.0")
        #expect(outcome.moved + outcome.retired == 65)
        let retired = migrated.retiredAnswers ?? []
        #expect(retired.count == outcome.retired)
        for item in Self.old.allItems {
            let original = record.answers[item.id]!
            if let target = Self.mapping.target(of: item.id) {
                #expect(migrated.answers[target] == original, "\(item.id) moved to \(target)")
            } else {
                let kept = retired.first { $0.itemID == item.id }
                #expect(kept?.answer == original, "\(item.id) kept as retired")
                #expect(kept?.title == item.title)
                #expect(kept?.templateVersion == "1.0.0")
            }
        }
        #expect(migrated.answers["intent.over-identification"] == record.answers["engagement.group-identification"])
        #expect(migrated.answers["engagement.grievance"] == record.answers["intent.grievance"])
        #expect(CaseValidator.problems(migrated, template: Self.new, settings: SummaryFixtures.settings).isEmpty)
    }

    @Test func theMigrationIsSavedWithItsHistoryAndRunningItAgainChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Self.answeredEverywhere(in: store)
        let outcome = try TemplateMigration.migrate(record, from: Self.old, to: Self.new, mapping: Self.mapping)
        let saved = try store.update(record.reference, by: Fixtures.user, summary: outcome.summary) { $0 = outcome.record }
        #expect(saved.revision == record.revision + 1)
        #expect(saved.history.last?.summary == "Moved to template casework-standard 2.0.0: \(outcome.moved) answers moved, \(outcome.retired) kept as retired")
        #expect(saved.history.last?.changes.contains { $0.path == ["templateVersion"] } == true)
        let reloaded = try store.load(record.reference)
        #expect(reloaded.retiredAnswers == outcome.record.retiredAnswers)
        #expect(try Self.library.template(for: reloaded).version == "2.0.0")
        // The history walks back to the case as it was on 1.0.0, every answer where it was.
        let before = try CaseHistory.record(reloaded, atRevision: record.revision)
        #expect(before.answers == record.answers)
        #expect(before.retiredAnswers == nil)
        // A second run on the migrated case is refused by the migration itself; the command reports it
        // is already there and saves nothing.
        #expect(throws: CaseworkError.self) {
            try TemplateMigration.migrate(reloaded, from: Self.old, to: Self.new, mapping: Self.mapping)
        }
    }

    @Test func retiredAnswersAreShownAndSummarisedAsTheyWere() throws {
        let folder = TemporaryFolder()
        let record = try Self.answeredEverywhere(in: try Fixtures.store(in: folder))
        let migrated = try TemplateMigration.migrate(record, from: Self.old, to: Self.new, mapping: Self.mapping).record
        let shown = CaseTextReport(record: migrated, template: Self.new, settings: SummaryFixtures.settings, width: 200).render()
        #expect(shown.contains("Kept from earlier template versions (items since retired): 10"))
        let education = record.answers["needs.education"]!
        #expect(shown.contains("Education and learning [needs.education, version 1.0.0]: \(Self.old.label(for: education.status, item: "needs.education"))"))
        #expect(shown.contains(education.note))

        let summary = SummaryGenerator(
            record: migrated, template: Self.new, settings: SummaryFixtures.settings,
            profile: SummaryFixtures.settings.recipient(id: "internal")!, now: SummaryFixtures.now, user: SummaryFixtures.user
        ).build()
        let kept = try #require(summary.assessment?.first { $0.id == "retired" })
        #expect(kept.title == "Kept from template 1.0.0 (items since retired)")
        #expect(kept.items.contains { $0.itemID == "needs.education" && $0.text == education.note })
        for format in SummaryFormat.allCases {
            let output = SummaryRenderer.render(summary, as: format)
            #expect(output.contains("Kept from template 1.0.0 (items since retired)"), "\(format)")
            #expect(output.contains(education.note), "\(format)")
        }
    }

    @Test func theShippedMappingPassesItsCheck() throws {
        try TemplateMappingValidator.validate(Self.mapping, old: Self.old, new: Self.new, file: "mapping.json")
        #expect(Self.mapping.items.count == Self.old.allItems.count)
    }

    private func complaint(_ change: (inout TemplateMapping) -> Void) -> String {
        var mapping = Self.mapping
        change(&mapping)
        do {
            try TemplateMappingValidator.validate(mapping, old: Self.old, new: Self.new, file: "m.mapping.json")
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test func aBrokenMappingIsOneSentenceNamingFileItemAndReason() {
        #expect(complaint { $0.items["needs.education"] = nil }
            == "m.mapping.json: item 'needs.education': version 1.0.0 item is neither mapped nor retired; give a 2.0.0 item id or \"retired\".")
        #expect(complaint { $0.items["needs.education"] = "needs.schooling" }.contains(
            "item 'needs.education': is mapped to 'needs.schooling', which is not an item of version 2.0.0"))
        #expect(complaint { $0.items["needs.education"] = "analysis.worried" }.contains(
            "item 'needs.education': is a rated item mapped to 'analysis.worried', a narrative item"))
        // Sorted by old id, needs.education comes first, so strengths.education-work is the one refused.
        #expect(complaint { $0.items["needs.education"] = "strengths.education-work" }.contains(
            "item 'strengths.education-work': is mapped to 'strengths.education-work', which 'needs.education' is already mapped to"))
        #expect(complaint { $0.items["needs.made-up"] = "retired" }.contains("item 'needs.made-up': is not an item of version 1.0.0"))
    }
}
