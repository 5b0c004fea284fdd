import Foundation
import Testing
@testable import CaseworkCore

@Suite("Authority settings")
struct SettingsTests {
    @Test func missingStoreSettingsMeansTheBundledDefault() throws {
        let folder = TemporaryFolder()
        let settings = try SettingsValidator.load(storePath: folder.file("settings.json"))
        #expect(settings.thresholds.count >= 4)
        for route in ["channel", "mash", "police", "early-help"] {
            #expect(settings.route(id: route) != nil, "route \(route)")
        }
        for recipient in ["police", "school", "health", "childrens-social-care", "channel-panel", "internal"] {
            #expect(settings.recipient(id: recipient) != nil, "recipient \(recipient)")
        }
        #expect(settings.recipient(id: "internal")!.receives.count == SummarySection.allCases.count)
    }

    @Test func brokenSettingsNameTheFileAndField() throws {
        let folder = TemporaryFolder()
        let bundled = try Data(contentsOf: URL(fileURLWithPath: try BundledResources.defaultSettingsPath()))
        var json = try JSONSerialization.jsonObject(with: bundled) as! [String: Any]
        var routes = json["routes"] as! [[String: Any]]
        routes[1]["steps"] = [[String: Any]]()
        json["routes"] = routes
        let path = folder.file("settings.json")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SettingsValidator.load(storePath: path)
            Issue.record("broken settings were accepted")
        } catch {
            #expect("\(error)".contains(path))
            #expect("\(error)".contains("routes[1].steps"))
        }
    }

    @Test func wrongTypeInSettingsNamesThePath() throws {
        let folder = TemporaryFolder()
        let path = folder.file("settings.json")
        let bundled = try String(contentsOfFile: try BundledResources.defaultSettingsPath(), encoding: .utf8)
        try bundled.replacingOccurrences(of: "\"suppressBelow\": 5", with: "\"suppressBelow\": \"five\"")
            .write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: CaseworkError.invalidSettings(file: path, field: "settings", reason: "$.statistics.suppressBelow should be a whole number")) {
            try SettingsValidator.load(storePath: path)
        }
    }
}
