import Foundation
import Testing
@testable import CaseworkCore

/// For an adult the checklist, its progress, `show` and summaries have no parenting items; for a child
/// no adult items; everything comes back by choice, and an answered item is never hidden.
@Suite("Checklist scope by age")
struct ChecklistScopeTests {
    static let template = SummaryFixtures.templates.defaultTemplate

    static func record(age years: Int?) -> CaseRecord {
        var record = ThresholdAudienceTests.record(age: years)
        record.templateVersion = template.version
        return record
    }

    @Test func anAdultHasNoParentingItems() throws {
        let scoped = ChecklistScope.template(Self.template, for: Self.record(age: 36))
        #expect(scoped.section(id: "parenting") == nil)
        #expect(scoped.allItems.count == Self.template.allItems.count - 6)
        #expect(scoped.item(id: "needs.care-support") != nil)
        #expect(scoped.item(id: "family.partner-children") != nil)
    }

    @Test func aChildHasNoAdultItems() throws {
        let scoped = ChecklistScope.template(Self.template, for: Self.record(age: 14))
        #expect(scoped.section(id: "parenting")?.items.count == 6)
        for id in ["needs.care-support", "needs.mental-capacity", "family.partner-children"] {
            #expect(scoped.item(id: id) == nil, "\(id)")
        }
        #expect(ChecklistScope.template(Self.template, for: Self.record(age: nil)).allItems.count == Self.template.allItems.count)
    }

    @Test func everythingComesBackByChoiceAndAnAnswerIsNeverHidden() throws {
        var record = Self.record(age: 36)
        record.answers["parenting.stability"] = ItemAnswer(status: .someConcern, note: "Cares for his younger brother")
        let scoped = ChecklistScope.template(Self.template, for: record)
        #expect(scoped.section(id: "parenting")?.items.map(\.id) == ["parenting.stability"])
        record.allItemsIncluded = true
        #expect(ChecklistScope.template(Self.template, for: record).allItems.count == Self.template.allItems.count)
    }

    @Test func anAdultsShowAndSummaryLeaveParentingOut() throws {
        var record = Self.record(age: 36)
        record.answers["needs.care-support"] = ItemAnswer(status: .significantConcern, note: "Needs help with daily living")
        let shown = CaseTextReport(record: record, template: Self.template, settings: SummaryFixtures.settings, width: 200).render()
        #expect(!shown.contains("Parenting capacity"))
        #expect(shown.contains("The person's needs: 1 of 8 answered"))
        #expect(shown.contains("(6 items for another age group left out; `casework scope KTR-4827 all` includes them)"))
        let summary = SummaryGenerator(
            record: record, template: Self.template, settings: SummaryFixtures.settings,
            profile: SummaryFixtures.settings.recipient(id: "adult-social-care")!, now: SummaryFixtures.now, user: "lead").build()
        let needs = try #require(summary.assessment?.first { $0.id == "needs" })
        #expect(needs.title == "The person's needs")
        #expect(summary.assessment?.contains { $0.id == "parenting" } == false)
        // Not yet assessed counts only the items that apply (one is answered): never the parenting ones.
        let applicable = ChecklistScope.template(Self.template, for: record).allItems.count
        #expect((summary.unknowns?.notYetAssessed ?? 0) <= applicable - 1)
    }
}
