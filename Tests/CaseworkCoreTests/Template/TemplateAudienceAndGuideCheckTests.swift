import Foundation
import Testing
@testable import CaseworkCore

/// `template check` refuses an unknown audience, an adults' item in a children's section and a rating
/// guide that is empty or on an item that is not rated, each with one sentence naming file, item and reason.
@Suite("Template check: audiences and rating guides")
struct TemplateAudienceAndGuideCheckTests {
    private func complaint(_ mutate: (inout [String: Any]) -> Void) throws -> String {
        let folder = TemporaryFolder()
        let original = try Data(contentsOf: URL(fileURLWithPath: try BundledResources.folder() + "/templates/casework-standard-2.0.0.json"))
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

    private func edit(_ json: inout [String: Any], section: String, item: Int? = nil, _ change: (inout [String: Any]) -> Void) {
        var sections = json["sections"] as! [[String: Any]]
        let index = sections.firstIndex { $0["id"] as? String == section }!
        if let item {
            var items = sections[index]["items"] as! [[String: Any]]
            change(&items[item])
            sections[index]["items"] = items
        } else {
            change(&sections[index])
        }
        json["sections"] = sections
    }

    @Test func theBundledNewVersionPasses() throws {
        #expect(try complaint { _ in } == "accepted")
    }

    @Test func anUnknownSectionAudienceIsNamed() throws {
        let message = try complaint { edit(&$0, section: "parenting") { $0["audience"] = "teenagers" } }
        #expect(message.contains("broken.json: section 'parenting': audience is 'teenagers'; use one of children, adults, both."))
    }

    @Test func anUnknownItemAudienceIsNamed() throws {
        let message = try complaint { edit(&$0, section: "intent", item: 0) { $0["audience"] = "everyone" } }
        #expect(message.contains("item 'intent.over-identification': audience is 'everyone'"))
    }

    @Test func anAdultsItemInAChildrensSectionIsRefused() throws {
        let message = try complaint { edit(&$0, section: "parenting", item: 0) { $0["audience"] = "adults" } }
        #expect(message.contains("item 'parenting.basic-care': audience is 'adults' inside a section for children"))
    }

    @Test func anEmptyRatingGuideIsRefused() throws {
        let message = try complaint {
            edit(&$0, section: "intent", item: 0) { item in
                var guidance = item["guidance"] as! [String: Any]
                guidance["ratingGuide"] = ["someConcern": "Some worry.", "significantConcern": " "]
                item["guidance"] = guidance
            }
        }
        #expect(message.contains("item 'intent.over-identification': guidance.ratingGuide.significantConcern is empty"))
    }

    @Test func aRatingGuideOnANarrativeItemIsRefused() throws {
        let message = try complaint {
            edit(&$0, section: "referral", item: 1) { item in
                var guidance = item["guidance"] as! [String: Any]
                guidance["ratingGuide"] = ["someConcern": "Some worry.", "significantConcern": "A big worry."]
                item["guidance"] = guidance
            }
        }
        #expect(message.contains("item 'referral.trigger': guidance.ratingGuide is only for rated items; this one is narrative"))
    }
}
