import CaseworkCore
import Foundation
import Testing

/// Nothing reaches a recipient that its profile does not name: checked for every profile in the default
/// settings, every format and both practitioner choices, by looking for marker text from each section.
@Suite struct NeedToKnowTests {
    /// Text that can only come from one section of the rich fixture.
    static let markers: [SummarySection: [String]] = [
        .caseDetails: ["BXW-2041", "Case revision"],
        .subjectIdentity: ["Wen Jie", "2011-06-14"],
        .referral: ["MARKER-REFERRAL-TRIGGER", "Shared violent extremist clips"],
        .referrerIdentity: ["MARKER-REFERRER-NAME", "MARKER-REFERRER-ITEM", "Head of year"],
        .agencies: ["MARKER-AGENCY"],
        .concerns: ["MARKER-CONCERN-ENG", "MARKER-CONCERN-INTENT"],
        .assessment: ["MARKER-ASSESS-INTENT", "MARKER-SPECIAL-ENG", "MARKER-SPECIAL-HEALTH"],
        .strengths: ["MARKER-STRENGTH ", "MARKER-STRENGTH-ITEM", "MARKER-SPECIAL-FAITH"],
        .unknowns: ["MARKER-UNKNOWN"],
        .analysis: ["MARKER-ANALYSIS"],
        .decision: ["MARKER-DECISION"],
        .actions: ["MARKER-ACTION"],
        .consent: ["MARKER-CONSENT", "Given by a parent or carer on 2026-09-06"],
        .changes: ["Compared with the summary shared"],
        .specialCategory: ["MARKER-SPECIAL-ENG", "MARKER-SPECIAL-HEALTH", "MARKER-SPECIAL-FAITH", "MARKER-CONCERN-ENG", "Special category"],
    ]

    static let jsonKeys: [SummarySection: String] = [
        .caseDetails: "\"caseDetails\"", .subjectIdentity: "\"subject\"", .referral: "\"referral\"",
        .referrerIdentity: "\"referrer\"", .agencies: "\"agencies\"", .concerns: "\"concerns\"", .assessment: "\"assessment\"",
        .strengths: "\"strengths\"", .unknowns: "\"unknowns\"", .analysis: "\"analysis\"", .decision: "\"decision\"",
        .actions: "\"actions\"", .consent: "\"consent\"", .changes: "\"changes\"", .specialCategory: "\"specialCategory\"",
    ]

    static let choices: [SummaryOptions] = [
        SummaryOptions(),
        SummaryOptions(includeReferrer: true, specialCategory: .include, draft: false),
        SummaryOptions(includeReferrer: false, specialCategory: .leaveOut, draft: false),
    ]

    static func check(_ profile: RecipientProfile, _ options: SummaryOptions) {
        let summary = SummaryGenerator(
            record: SummaryFixtures.rich, template: SummaryFixtures.template, settings: SummaryFixtures.settings,
            profile: profile, options: options, now: SummaryFixtures.now, user: SummaryFixtures.user
        ).build()
        var excluded = Set(SummarySection.allCases.filter { !profile.receives($0) })
        if options.specialCategory == .leaveOut { excluded.insert(.specialCategory) }
        if !options.includeReferrer { excluded.insert(.referrerIdentity) }
        for format in SummaryFormat.allCases {
            let output = SummaryRenderer.render(summary, as: format)
            for section in excluded {
                for marker in markers[section] ?? [] {
                    #expect(!output.contains(marker), "\(profile.id) \(format): '\(marker)' from \(section) leaked")
                }
                if format == .json {
                    #expect(!output.contains(jsonKeys[section]! + " :"), "\(profile.id): JSON key for \(section) present")
                } else if section != .specialCategory {
                    let title = SummaryDocumentBuilder.title(of: section)
                    #expect(!output.contains(title), "\(profile.id) \(format): heading '\(title)' present")
                }
            }
            for section in SummarySection.allCases where !excluded.contains(section) && section != .specialCategory {
                let wanted = (markers[section] ?? []).filter { !$0.contains("SPECIAL") && $0 != "MARKER-CONCERN-ENG" }
                let documentOnly = ["Case revision", "Compared with the summary shared"]
                // A profile with an assessment scope is told what is unknown only in the parts it covers.
                let unknownCovered = profile.assessmentScope?.reaches(section: "capability", itemIDs: ["capability.searching-how"]) ?? true
                for marker in wanted where (section != .changes || profile.id == "channel-panel")
                    && (section != .unknowns || unknownCovered)
                    && !(format == .json && documentOnly.contains(marker)) {
                    #expect(output.contains(marker), "\(profile.id) \(format): '\(marker)' for \(section) missing")
                }
            }
        }
    }

    @Test(arguments: SummaryFixtures.settings.recipients, choices)
    func profileGetsOnlyItsSections(profile: RecipientProfile, options: SummaryOptions) {
        Self.check(profile, options)
    }

    @Test func aProfileNamingOneSectionGetsOnlyThatSection() {
        let json = #"{"id":"narrow","name":"Narrow","description":"Test","receives":["decision"],"requiresConsentOrOverride":true}"#
        let narrow = try! JSONDecoder().decode(RecipientProfile.self, from: Data(json.utf8))
        Self.check(narrow, SummaryOptions(includeReferrer: true, specialCategory: .include))
        let summary = SummaryFixtures.summary(SummaryFixtures.rich, for: "police")
        #expect(summary.subject != nil)
        var only = SummaryGenerator(
            record: SummaryFixtures.rich, template: SummaryFixtures.template, settings: SummaryFixtures.settings, profile: narrow,
            now: SummaryFixtures.now, user: SummaryFixtures.user)
        only.options = SummaryOptions(includeReferrer: true, specialCategory: .include)
        let built = only.build()
        #expect(built.caseDetails == nil && built.subject == nil && built.concerns == nil && built.referrer == nil)
        #expect(built.decision?.made == true)
    }

    @Test func referrerNeedsProfileAndChoice() {
        let csc = SummaryFixtures.summary(SummaryFixtures.rich, for: "childrens-social-care")
        #expect(csc.referrer == nil)
        let chosen = SummaryFixtures.summary(SummaryFixtures.rich, for: "childrens-social-care", options: SummaryOptions(includeReferrer: true))
        #expect(chosen.referrer?.name.contains("Hester Quill") == true)
        #expect(chosen.referrer?.details.first?.text.contains("MARKER-REFERRER-ITEM") == true)
        let police = SummaryFixtures.summary(SummaryFixtures.rich, for: "police", options: SummaryOptions(includeReferrer: true))
        #expect(police.referrer == nil)
    }

    @Test func specialCategoryIsMarkedAndNamed() throws {
        let police = SummaryFixtures.summary(SummaryFixtures.rich, for: "police")
        let notice = try #require(police.specialCategory)
        // The police get the engagement indicator rated significant concern, and health and additional needs,
        // as a Prevent referral gives them; both are marked, so the share needs a choice and a condition.
        #expect(notice.fields == ["Concerns: Engagement with a group or cause", "Assessment: Identification with a group", "Assessment: Health"])
        #expect(notice.categories.contains("religion or belief"))
        let panel = SummaryFixtures.summary(SummaryFixtures.rich, for: "channel-panel")
        #expect(panel.specialCategory?.fields.contains("Assessment: Health") == true)
        #expect(panel.specialCategory?.fields.contains("Strengths: Community and faith links") == true)
        let school = SummaryFixtures.summary(SummaryFixtures.rich, for: "school", options: SummaryOptions(specialCategory: .include))
        #expect(school.specialCategory == nil)
        let leftOut = SummaryFixtures.summary(SummaryFixtures.rich, for: "channel-panel", options: SummaryOptions(specialCategory: .leaveOut))
        #expect(leftOut.specialCategory == nil)
        #expect(leftOut.concerns?.contains { $0.heading == "engagement" } == false)
    }

    @Test func changesCompareWithTheRevisionLastShared() throws {
        let panel = SummaryFixtures.summary(SummaryFixtures.rich, for: "channel-panel")
        let changes = try #require(panel.changes)
        #expect(changes.previous?.caseRevision == 3)
        #expect(changes.changes.contains { $0.kind == .added && $0.text.contains("Threatened a classmate") })
        #expect(changes.changes.contains { $0.kind == .added && $0.text == "Threshold: Child in need (s17)" })
        #expect(changes.changes.contains { $0.kind == .removed && $0.text == "Threshold: Early help" })
        // Never shared with children's social care: nothing to compare with.
        let csc = SummaryFixtures.summary(SummaryFixtures.rich, for: "childrens-social-care")
        #expect(csc.changes?.previous == nil)
    }
}
