import Foundation
import Testing
@testable import CaseworkCore

/// Both bundled versions are installed side by side: new cases take the newest, and a case opens on the
/// version it was assessed on.
@Suite("Template versions")
struct TemplateVersionsTests {
    @Test func bothVersionsAreInstalledAndTheNewestIsTheDefault() throws {
        let library = try TemplateLibrary.load(storeTemplatesFolder: nil)
        #expect(library.versions(of: TemplateLibrary.defaultTemplateID) == ["1.0.0", "2.0.0"])
        #expect(library.defaultTemplate.version == "2.0.0")
        #expect(library.template(id: "casework-standard", version: "1.0.0")?.allItems.count == 65)
    }

    @Test func aCaseOpensOnTheVersionItWasAssessedOn() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        #expect(record.templateVersion == "1.0.0")
        let library = try TemplateLibrary.load(storeTemplatesFolder: nil)
        #expect(try library.template(for: record).version == "1.0.0")
        #expect(try library.template(for: record).item(id: "engagement.group-identification") != nil)
    }

    @Test func aMissingVersionIsOneSentenceNamingWhatIsInstalled() throws {
        let folder = TemporaryFolder()
        var record = try Fixtures.newCase(in: try Fixtures.store(in: folder))
        record.templateVersion = "0.9.0"
        let library = try TemplateLibrary.load(storeTemplatesFolder: nil)
        #expect {
            try library.template(for: record)
        } throws: { error in
            let message = "\(error)"
            return message.contains("version 0.9.0") && message.contains("installed: 1.0.0, 2.0.0")
        }
    }

    @Test func versionsSortByNumber() {
        #expect(TemplateVersion("2.0.0") < TemplateVersion("10.0.0"))
        #expect(TemplateVersion("1.2") < TemplateVersion("1.2.1"))
        #expect(!(TemplateVersion("1.0.0") < TemplateVersion("1.0")))
    }
}
