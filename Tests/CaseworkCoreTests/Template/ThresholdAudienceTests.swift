import Foundation
import Testing
@testable import CaseworkCore

/// Every bundled threshold says to whom it applies; one that cannot apply to the person's age on the
/// referral date is refused with a sentence naming it and the levels that do apply.
@Suite("Thresholds by audience")
struct ThresholdAudienceTests {
    static let settings = SummaryFixtures.settings

    static func record(age years: Int?) -> CaseRecord {
        let received = LocalDate(iso8601: "2026-11-20")!
        let born = years.map { LocalDate(year: 2026 - $0, month: 3, day: 1)! }
        return CaseRecord(
            reference: CaseReference("KTR-4827")!, subject: Subject(name: "Alex Example", dateOfBirth: born), lead: "lead",
            referral: Referral(reason: "Test", receivedOn: received), templateID: "casework-standard", templateVersion: "2.0.0",
            createdAt: SummaryFixtures.now, createdBy: "lead")
    }

    @Test func theBundledLevelsSayToWhomTheyApply() throws {
        let levels = Dictionary(uniqueKeysWithValues: Self.settings.thresholds.map { ($0.id, $0.appliesTo) })
        #expect(levels["child-protection"] == .children)
        #expect(levels["child-in-need"] == .children)
        #expect(levels["early-help"] == .children)
        #expect(levels["adult-early-support"] == .adults)
        #expect(levels["adult-safeguarding-s42"] == .adults)
        #expect(levels["no-further-action"] == .both)
        #expect(levels["universal"] == .both)
        #expect(Self.settings.thresholds.allSatisfy { $0.audience != nil })
    }

    @Test func aChildThresholdForA36YearOldIsRefusedWithASentence() throws {
        let level = try #require(Self.settings.threshold(id: "child-protection"))
        let refusal = ThresholdAudienceCheck.refusal(level, for: Self.record(age: 36), in: Self.settings)
        #expect(refusal == "Threshold 'child-protection' is for children, but the person was 36 on the referral date (an adult); use one of: no-further-action, universal, adult-early-support, adult-safeguarding-s42.")
        #expect(ThresholdAudienceCheck.refusal(try #require(Self.settings.threshold(id: "adult-safeguarding-s42")), for: Self.record(age: 36), in: Self.settings) == nil)
    }

    @Test func anAdultThresholdForAChildIsRefusedAndAnUnknownAgeIsNot() throws {
        let adult = try #require(Self.settings.threshold(id: "adult-safeguarding-s42"))
        #expect(ThresholdAudienceCheck.refusal(adult, for: Self.record(age: 12), in: Self.settings)?.contains("(a child); use one of: no-further-action, universal, early-help, child-in-need, child-protection.") == true)
        #expect(ThresholdAudienceCheck.refusal(adult, for: Self.record(age: nil), in: Self.settings) == nil)
        #expect(ThresholdAudienceCheck.refusal(adult, for: Self.record(age: 18), in: Self.settings) == nil)
    }

    @Test func anUnknownAudienceInSettingsIsNamed() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: try BundledResources.defaultSettingsPath()))
        var json = try JSONSerialization.jsonObject(with: original) as! [String: Any]
        var thresholds = json["thresholds"] as! [[String: Any]]
        thresholds[4]["audience"] = "teenagers"
        json["thresholds"] = thresholds
        #expect {
            try SettingsValidator.load(data: try JSONSerialization.data(withJSONObject: json), file: "s.json")
        } throws: { error in
            "\(error)".hasPrefix("s.json: thresholds[4].audience: threshold 'child-in-need' is for 'teenagers', which is not an audience; use one of children, adults, both.")
        }
    }

    @Test func theAdultSocialCareProfileReceivesItsSummary() throws {
        let profile = try #require(Self.settings.recipient(id: "adult-social-care"))
        #expect(profile.receives(.assessment) && profile.receives(.concerns) && !profile.receives(.referrerIdentity))
        let summary = SummaryGenerator(
            record: Self.record(age: 36), template: SummaryFixtures.templates.defaultTemplate, settings: Self.settings,
            profile: profile, now: SummaryFixtures.now, user: "lead").build()
        #expect(summary.recipient.name == "Adult social care")
        #expect(summary.referral != nil)
        #expect(summary.referrer == nil)
    }
}
