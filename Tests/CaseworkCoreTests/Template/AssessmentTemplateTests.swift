import Foundation
import Testing
@testable import CaseworkCore

/// The bundled assessment template 2.0.0: the three dimensions of the vulnerability assessment with each
/// of its 22 factors where the framework puts it, one item per question, and a rating guide on every
/// rated item.
@Suite("Assessment template 2.0.0")
struct AssessmentTemplateTests {
    static func newTemplate() throws -> ChecklistTemplate {
        try TemplateValidator.load(file: try BundledResources.folder() + "/templates/casework-standard-2.0.0.json")
    }

    /// The framework's 22 factors by id, each with the dimension (section id) it belongs to and the items
    /// that ask about it. Two factors join two needs the template asks about apart ("identity, meaning
    /// and belonging"; "access to networks, funding and equipment"), so they have two items each.
    static let factors: [(id: String, dimension: String, items: [String])] = [
        ("grievance-injustice", "engagement", ["engagement.grievance"]),
        ("threat", "engagement", ["engagement.threat"]),
        ("identity-meaning-belonging", "engagement", ["engagement.identity", "engagement.meaning-belonging"]),
        ("status", "engagement", ["engagement.status"]),
        ("excitement", "engagement", ["engagement.excitement"]),
        ("dominance", "engagement", ["engagement.dominance"]),
        ("susceptibility-to-indoctrination", "engagement", ["engagement.indoctrination"]),
        ("political-moral-motivation", "engagement", ["engagement.political-moral"]),
        ("opportunistic-involvement", "engagement", ["engagement.opportunism"]),
        ("family-friends-involved", "engagement", ["engagement.family-friends"]),
        ("transitional-periods", "engagement", ["engagement.transitional"]),
        ("group-influence-control", "engagement", ["engagement.group-influence"]),
        ("mental-health", "engagement", ["engagement.mental-health"]),
        ("over-identification", "intent", ["intent.over-identification"]),
        ("us-and-them", "intent", ["intent.us-and-them"]),
        ("dehumanising-the-enemy", "intent", ["intent.dehumanising"]),
        ("attitudes-justifying-offending", "intent", ["intent.justifying-offending"]),
        ("harmful-means-to-an-end", "intent", ["intent.stated-wish"]),
        ("harmful-objectives", "intent", ["intent.objectives"]),
        ("knowledge-skills-competencies", "capability", ["capability.knowledge-skills"]),
        ("access-networks-funding-equipment", "capability", ["capability.networks", "capability.funding-equipment"]),
        ("criminal-history", "capability", ["capability.criminal-history"]),
    ]

    @Test func everyFactorIsInItsDimension() throws {
        let template = try Self.newTemplate()
        #expect(template.version == "2.0.0")
        #expect(Self.factors.count == 22)
        #expect(Set(Self.factors.map(\.id)).count == 22)
        for factor in Self.factors {
            for itemID in factor.items {
                #expect(template.section(containing: itemID)?.id == factor.dimension, "\(factor.id): \(itemID) belongs under \(factor.dimension)")
                #expect(template.item(id: itemID)?.kind == .rated, "\(itemID) is rated")
            }
        }
        let factorItems = Set(Self.factors.flatMap(\.items))
        let dimensionItems = ["engagement", "intent", "capability"].flatMap { template.section(id: $0)!.items.map(\.id) }
        // Beyond the 22: exposure to extremist material, and a fascination with violence without a clear ideology.
        #expect(Set(dimensionItems).subtracting(factorItems) == ["engagement.extremist-material", "engagement.fascination-violence"])
    }

    @Test func sectionsFollowTheDimensionsThenTheWholePerson() throws {
        let ids = try Self.newTemplate().sections.map(\.id)
        #expect(ids == ["referral", "engagement", "intent", "capability", "strengths", "needs", "family",
                        "parenting", "agencies", "account", "analysis"])
    }

    /// Two items asking the same thing, by title or by question once case, punctuation and spacing are
    /// set aside, would be one question asked twice.
    @Test func noTwoItemsAskTheSameQuestion() throws {
        let items = try Self.newTemplate().allItems
        func normalised(_ text: String) -> String {
            text.lowercased().unicodeScalars.filter { CharacterSet.letters.contains($0) }.map(String.init).joined()
        }
        for field in [\TemplateItem.title, \TemplateItem.question] {
            var seen: [String: String] = [:]
            for item in items {
                let key = normalised(item[keyPath: field])
                #expect(seen[key] == nil, "\(item.id) repeats \(seen[key] ?? "")")
                seen[key] = item.id
            }
        }
    }

    @Test func everyRatedItemSaysWhatSomeAndSignificantConcernLookLike() throws {
        for item in try Self.newTemplate().allItems {
            #expect(item.guidance.lookFor.count > 60, "\(item.id) needs guidance a first-timer can act on")
            #expect(item.guidance.whyItMatters.count > 40, "\(item.id) needs to say why it matters")
            if item.kind == .rated {
                #expect(item.guidance.ratingGuide != nil, "\(item.id) has no rating guide")
            } else {
                #expect(item.guidance.ratingGuide == nil)
            }
        }
    }

    /// Wherever the answer may touch religion or politics, a belief could be mistaken for a risk.
    @Test func beliefsRemindersWhereABeliefCouldBeMistakenForARisk() throws {
        let template = try Self.newTemplate()
        for item in template.allItems where !Set(item.specialCategories ?? []).isDisjoint(with: [.religion, .politicalOpinion]) {
            #expect(item.guidance.beliefsReminder != nil, "\(item.id) touches belief but has no reminder")
        }
        for id in ["referral.feared-outcome", "engagement.grievance", "engagement.threat", "intent.stated-wish",
                   "intent.dehumanising", "analysis.behaviour-or-belief"] {
            #expect(template.item(id: id)?.guidance.beliefsReminder != nil, "\(id)")
        }
    }

    @Test func writtenForSocialWorkersAndTheirManagers() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try BundledResources.folder() + "/templates/casework-standard-2.0.0.json"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("safeguarding lead"))
        #expect(text.contains("your manager"))
    }

    @Test func parentingIsForChildrenAndTheAdultItemsForAdults() throws {
        let template = try Self.newTemplate()
        #expect(template.section(id: "parenting")?.appliesTo == .children)
        #expect(template.audience(ofItem: "parenting.basic-care") == .children)
        #expect(template.audience(ofItem: "intent.objectives") == .both)
        #expect(template.item(id: "needs.care-support")?.appliesTo == .adults)
        #expect(template.item(id: "needs.mental-capacity")?.appliesTo == .adults)
        #expect(template.section(id: "needs")?.title == "The person's needs")
        #expect(template.item(id: "needs.family-social-relationships") != nil)
    }
}
