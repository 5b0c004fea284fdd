import Foundation
import Testing
@testable import CaseworkCore

/// The bundled example settings for a fictional Welsh authority: SSWBA 2014 thresholds (s130 children,
/// s126 adults at risk) each for its audience, Wales Safeguarding Procedures wording, Welsh offered.
@Suite("Example settings for Wales")
struct WalesSettingsTests {
    static func load() throws -> AuthoritySettings {
        let path = try BundledResources.folder() + "/settings/wales-example-settings.json"
        return try SettingsValidator.load(data: try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
    }

    @Test func theWelshThresholdsApplyToTheRightPeople() throws {
        let settings = try Self.load()
        #expect(settings.threshold(id: "child-at-risk-s130")?.appliesTo == .children)
        #expect(settings.threshold(id: "adult-at-risk-s126")?.appliesTo == .adults)
        #expect(settings.threshold(id: "adult-at-risk-s126")?.description.contains("Social Services and Well-being (Wales) Act 2014") == true)
        #expect(settings.thresholds.allSatisfy { $0.audience != nil })
        #expect(settings.route(id: "mash")?.steps.contains { $0.detail.contains("Wales Safeguarding Procedures") } == true)
        #expect(settings.recipient(id: "adult-social-care")?.name == "Adult services")
    }

    @Test func welshIsOfferedActively() throws {
        let languages = try #require(try Self.load().languages)
        #expect(languages.activeOffer)
        #expect(languages.offered.map(\.code) == ["cy", "en"])
    }

    @Test func aLanguageWithoutANameIsNamed() throws {
        var settings = try Self.load()
        settings.languages?.offered[0].name = " "
        #expect {
            try SettingsValidator.validate(settings, file: "w.json")
        } throws: { error in
            "\(error)".hasPrefix("w.json: languages.offered[0].name: language 'cy' has no name.")
        }
    }
}
