import Foundation
import Testing
@testable import CaseworkCore

@Suite("Checklist templates")
struct TemplateValidatorTests {
    @Test func bundledTemplateIsValidAndComplete() throws {
        let template = try Fixtures.template()
        #expect(template.allItems.count >= 40)
        let sections = Set(template.sections.map(\.id))
        for required in ["referral", "engagement", "intent", "capability", "strengths", "needs", "parenting", "family", "agencies", "analysis"] {
            #expect(sections.contains(required), "missing section \(required)")
        }
        for item in template.allItems {
            #expect(item.guidance.lookFor.count > 60, "\(item.id) needs guidance a first-timer can act on")
            #expect(item.guidance.whyItMatters.count > 40, "\(item.id) needs to say why it matters")
        }
        for item in template.section(id: "engagement")!.items {
            #expect(item.guidance.beliefsReminder != nil, "\(item.id) must remind that beliefs alone are not a concern")
        }
        #expect(template.allItems.filter { $0.kind == .scale }.count == 1)
        #expect(template.allItems.contains { $0.isSpecialCategory })
    }

    /// Writes a mutated copy of the bundled template and returns the validator's complaint.
    private func complaint(_ mutate: (inout [String: Any]) -> Void) throws -> String {
        let folder = TemporaryFolder()
        let original = try Data(contentsOf: URL(fileURLWithPath: try BundledResources.defaultTemplatePath()))
        var json = try JSONSerialization.jsonObject(with: original) as! [String: Any]
        mutate(&json)
        let path = folder.file("broken.json")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        do {
            _ = try TemplateValidator.load(file: path)
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    private func editItem(_ json: inout [String: Any], section: Int = 1, item: Int = 0, _ change: (inout [String: Any]) -> Void) {
        var sections = json["sections"] as! [[String: Any]]
        var items = sections[section]["items"] as! [[String: Any]]
        change(&items[item])
        sections[section]["items"] = items
        json["sections"] = sections
    }

    /// Strengths read as "In place / Partly in place / Not in place", never "No concern"; other sections
    /// and the shared statuses keep the general words.
    @Test func strengthsHaveTheirOwnRatingWords() throws {
        let template = try TemplateValidator.load(file: try BundledResources.defaultTemplatePath())
        #expect(template.label(for: .noConcern, item: "strengths.trusted-adults") == "In place")
        #expect(template.label(for: .significantConcern, item: "strengths.trusted-adults") == "Not in place")
        #expect(template.label(for: .unknown, item: "strengths.trusted-adults") == AnswerStatus.unknown.label)
        #expect(template.label(for: .someConcern, item: "engagement.group-identification") == "Some concern")
        let message = try complaint { json in
            var sections = json["sections"] as! [[String: Any]]
            sections[1]["ratingLabels"] = ["noConcern": "Fine", "someConcern": "Fine", "significantConcern": "Bad"]
            json["sections"] = sections
        }
        #expect(message.contains("ratingLabels must be three different labels"))
    }

    @Test func duplicateItemIdIsNamed() throws {
        let message = try complaint { json in
            editItem(&json, item: 1) { $0["id"] = "engagement.group-identification" }
        }
        #expect(message.contains("broken.json"))
        #expect(message.contains("item 'engagement.group-identification'"))
        #expect(message.contains("used twice"))
    }

    @Test func missingGuidanceIsNamed() throws {
        let message = try complaint { json in
            editItem(&json) { item in
                var guidance = item["guidance"] as! [String: Any]
                guidance["lookFor"] = "  "
                item["guidance"] = guidance
            }
        }
        #expect(message.contains("item 'engagement.group-identification'"))
        #expect(message.contains("lookFor is empty"))
    }

    @Test func specialCategoryFlagNeedsCategories() throws {
        let message = try complaint { json in
            editItem(&json) { item in
                item["flags"] = ["specialCategory"]
                item.removeValue(forKey: "specialCategories")
            }
        }
        #expect(message.contains("lists no specialCategories"))
    }

    @Test func wrongTypeNamesTheJSONPath() throws {
        let message = try complaint { json in
            editItem(&json) { $0["kind"] = "multiple-choice" }
        }
        #expect(message.contains("$.sections[1].items[0].kind"))
    }

    @Test func notJSONAtAll() throws {
        let folder = TemporaryFolder()
        let path = folder.file("garbage.json")
        try Data("{ this is not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: CaseworkError.self) { try TemplateValidator.load(file: path) }
    }
}
