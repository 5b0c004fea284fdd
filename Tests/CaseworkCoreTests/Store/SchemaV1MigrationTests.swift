import CaseworkCore
import Foundation
import Testing

/// Version-1 case files (committed under Fixtures/SchemaV1: the training cases as they were, and a case
/// made with the version-1 command line with consent, a share and a decision not to share) load into
/// version 2 with nothing lost: the old consent record is kept as written and becomes the first openness
/// and agreement entries; the next save writes version 2 and migrates nothing twice.
@Suite struct SchemaV1MigrationTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SchemaV1").path

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    func load(_ name: String) throws -> (Data, CaseRecord) {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))
        return (data, try CaseDecoding.decode(data, file: name))
    }

    @Test func theFixturesAreVersion1() throws {
        #expect(Self.files.count == 7)
        for name in Self.files {
            let json = try JSONSerialization.jsonObject(with: try load(name).0) as? [String: Any]
            #expect(json?["schemaVersion"] as? Int == 1, "\(name)")
        }
    }

    @Test(arguments: files) func everyFieldWrittenInVersion1IsKept(name: String) throws {
        let (data, record) = try load(name)
        #expect(record.openness != nil && record.agreements != nil)
        let before = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let after = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(record)) as! [String: Any]
        for (key, value) in before {
            #expect(after[key] != nil, "\(name): \(key) was dropped")
            #expect(NSDictionary(dictionary: [key: value]) == NSDictionary(dictionary: [key: after[key] ?? NSNull()]), "\(name): \(key) changed")
        }
    }

    @Test func theCLICaseBecomesOpennessAndAgreementRecords() throws {
        let (_, record) = try load("cli-consent-and-shares.json")
        let consent = try #require(record.consent)
        #expect(consent.outcome == .withdrawn && consent.overrideJustification == "Risk to a named classmate")
        #expect(record.opennessLog.count == 1)
        #expect(record.opennessLog[0].told && record.opennessLog[0].who == "Mother (fictional)")
        #expect(record.agreementLog.count == 1)
        let agreement = record.agreementLog[0]
        #expect(agreement.status == .withdrawn && agreement.by == .parent)
        #expect(agreement.on == LocalDate(iso8601: "2026-11-25") && agreement.who == "Mother (fictional)")
        // The lawful basis text stays on the sharing record that copied it.
        #expect(record.sharing.count == 2)
        #expect(record.sharing[0].consent?.article6Basis == "6(1)(e) public task")
        #expect(record.sharing[0].decision == nil)
        #expect(!record.sharing[1].shared && record.sharing[1].recipient == "school")
    }

    @Test func aCaseWithConsentNotSoughtBecomesANotToldEntry() throws {
        for name in Self.files {
            let (_, record) = try load(name)
            guard let consent = record.consent else {
                #expect(record.opennessLog.isEmpty && record.agreementLog.isEmpty, "\(name)")
                continue
            }
            if !consent.sought && !consent.notSoughtReason.isEmpty {
                #expect(record.opennessLog.first?.told == false && record.opennessLog.first?.whyNot == consent.notSoughtReason, "\(name)")
            }
            #expect(record.agreementLog.count == (consent.outcome == nil ? 0 : 1), "\(name)")
        }
    }

    @Test func theWithdrawnAgreementWarnsBeforeTheNextShare() throws {
        let (_, record) = try load("cli-consent-and-shares.json")
        let warnings = SharingWarnings.warnings(record: record, profile: SummaryFixtures.profile("school"))
        #expect(warnings.count == 2)
        #expect(warnings[0].contains("withdrawn") && warnings[1].contains("decided not to share with School or college"))
    }

    @Test func theNextSaveWritesVersion2AndMigratesNothingTwice() throws {
        let temp = try TemporaryStore()
        let (data, record) = try load("cli-consent-and-shares.json")
        let cases = temp.folder + "/store/cases"
        try FileManager.default.createDirectory(atPath: cases, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: cases + "/\(record.reference.rawValue).json"))
        let loaded = try temp.store.load(record.reference)
        #expect(loaded.schemaVersion == 1 && loaded.agreementLog.count == 1)
        let saved = try temp.store.update(record.reference, by: SummaryFixtures.user, summary: "Openness") { r in
            r.opennessLog.append(OpennessRecord(
                id: r.opennessLog.nextID, told: true, who: "Mother (fictional)", what: "That the police were told.",
                on: LocalDate(iso8601: "2026-11-26"), recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user))
        }
        #expect(saved.schemaVersion == 2)
        let raw = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: cases + "/\(record.reference.rawValue).json"))) as? [String: Any]
        #expect(raw?["schemaVersion"] as? Int == 2)
        let again = try CaseDecoding.decode(try Data(contentsOf: URL(fileURLWithPath: cases + "/\(record.reference.rawValue).json")), file: "again")
        #expect(again.opennessLog.count == 2 && again.agreementLog.count == 1)
        #expect(again.consent == record.consent)
    }
}
