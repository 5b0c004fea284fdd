import CaseworkCore
import Foundation
import Testing

/// The bundled training cases open in the store, fit the template and settings, and cover what the issue
/// asks for: every stage, a beliefs-only case closed with no further action, and strong protective factors.
@Suite struct TrainingCaseTests {
    static func catalog() throws -> TrainingCatalog { try TrainingCatalog.load() }

    @Test func everyCaseLoadsThroughTheStore() throws {
        let catalog = try Self.catalog()
        let folder = TemporaryFolder("casework-training-load")
        let store = try CaseStore(root: folder.file("store"))
        for record in catalog.cases {
            let path = try #require(catalog.files[record.reference])
            let bytes = try #require(FileManager.default.contents(atPath: path))
            try store.files.write(bytes, to: store.path(for: record.reference))
            #expect(try store.load(record.reference) == record)
        }
        #expect(store.list().count == catalog.cases.count)
    }

    @Test func everyCasePassesValidationAgainstTheTemplateAndSettings() throws {
        let catalog = try Self.catalog()
        let templates = try TemplateLibrary.load(storeTemplatesFolder: nil)
        let settings = try SettingsValidator.load(data: Data(contentsOf: URL(fileURLWithPath: try BundledResources.defaultSettingsPath())), file: "default-settings.json")
        for record in catalog.cases {
            let template = try templates.template(for: record)
            #expect(CaseValidator.problems(record, template: template, settings: settings) == [], "\(record.reference)")
            #expect(record.templateVersion == template.version, "\(record.reference)")
        }
    }

    @Test func thereAreAtLeastFiveCasesCoveringEveryStage() throws {
        let catalog = try Self.catalog()
        #expect(catalog.cases.count >= 5)
        #expect(Set(catalog.cases.map(\.status)) == Set(CaseStatus.allCases))
        #expect(catalog.cases.allSatisfy { $0.reference.rawValue.hasPrefix("TRN-") })
    }

    @Test func theBeliefsOnlyCaseIsClosedWithNoFurtherAction() throws {
        let catalog = try Self.catalog()
        let beliefsOnly = catalog.cases.filter { !$0.concerns.isEmpty && $0.concerns.allSatisfy { $0.nature == .belief } }
        #expect(beliefsOnly.count == 1)
        let record = try #require(beliefsOnly.first)
        #expect(record.decision?.threshold == "no-further-action")
        #expect(record.decision?.route == "no-further-action")
        #expect(record.status == .closed)
        #expect(record.answer(for: "analysis.behaviour-or-belief").note.hasPrefix("Belief alone"))
        // The decision not to share with the police is on the record, with its reason.
        #expect(record.sharing.contains { $0.recipient == "police" && !$0.shared && !$0.why.isEmpty })
    }

    @Test func oneCaseHasStrongProtectiveFactors() throws {
        let catalog = try Self.catalog()
        let strong = catalog.cases.filter { record in
            let strengthItems = record.answers.filter { $0.key.hasPrefix("strengths.") && $0.value.status == .noConcern }
            return record.strengths.count >= 4 && strengthItems.count >= 5 && (record.answer(for: "analysis.scale").scale ?? 0) >= 8
        }
        #expect(strong.map(\.reference.rawValue).contains("TRN-0006"))
    }

    @Test func everyCaseHasANoteAndEveryNoteACase() throws {
        let catalog = try Self.catalog()
        #expect(catalog.problems() == [])
        #expect(catalog.notes.count == catalog.cases.count)
        for note in catalog.notes {
            let sentences = note.teaches.split(whereSeparator: { ".!?".contains($0) }).filter { !$0.allSatisfy(\.isWhitespace) }
            #expect((2...4).contains(sentences.count), "\(note.reference): the note should be two to four sentences")
            #expect(note.questions.count >= 2, "\(note.reference)")
            #expect(!note.title.isEmpty && !note.concern.isEmpty)
        }
    }

    @Test func decidedCasesRecordOpennessAndARationale() throws {
        for record in try Self.catalog().cases where record.decision != nil {
            #expect(record.consent == nil, "\(record.reference): the version-1 consent switch is not used")
            #expect(!record.opennessLog.isEmpty, "\(record.reference)")
            #expect((record.decision?.rationale.count ?? 0) > 100, "\(record.reference)")
        }
    }

    @Test func sharesRecordTheirDecisionAsTheAdviceDescribes() throws {
        let records = try Self.catalog().cases
        let shares = records.flatMap { record in record.sharing.filter(\.shared).map { (record, $0) } }
        #expect(!shares.isEmpty)
        for (record, share) in shares {
            let decision = try #require(share.decision, "\(record.reference) #\(share.id)")
            #expect(decision.article6 == "public-task", "\(record.reference): public task, not consent")
            let adult = (record.subject.age(on: share.at.day) ?? 0) >= 18
            if adult { #expect(decision.article9 != "safeguarding", "\(record.reference): para 18 for an adult without care and support needs") }
        }
        #expect(shares.contains { $0.1.decision?.method == .phone }, "a share recorded by phone")
    }
}
