import CaseworkCore
import Foundation
import Testing

/// Sharing is refused, with nothing written, until consent (or a recorded override) and the lawful basis
/// are on record; a successful share writes a 0600 file and records itself in a case that still loads.
@Suite struct SharingServiceTests {
    static let lawful = ConsentRecord(
        sought: true, from: "Parent (fictional)", outcome: .given, outcomeOn: LocalDate(iso8601: "2026-10-13"),
        article6Basis: "6(1)(e) public task", article9Condition: "9(2)(g) DPA 2018 Sch.1 para 18")

    func request(_ reference: CaseReference, to recipient: String, path: String, special: SpecialCategoryChoice = .include,
                 format: SummaryFormat = .markdown) -> ShareRequest {
        ShareRequest(reference: reference, recipient: recipient, format: format, destination: path, why: "Strategy meeting on Friday",
                     options: SummaryOptions(specialCategory: special))
    }

    @Test func refusedWithoutConsentOrOverrideAndNothingWritten() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let path = temp.exportPath("police.md")
        let error = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "police", path: path))
        }
        #expect(error.description.contains("No consent and no justification for sharing without consent is recorded"))
        #expect(error.description.contains("Article 6"))
        #expect(error.description.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let after = try temp.store.load(record.reference)
        #expect(after.revision == record.revision)
        #expect(after.sharing.isEmpty)
        let folderContents = try FileManager.default.contentsOfDirectory(atPath: temp.folder)
        #expect(folderContents == ["store"])
    }

    @Test func refusedWhenConsentRefusedUnlessOverrideRecorded() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        var consent = Self.lawful
        consent.outcome = .refused
        try temp.setConsent(record.reference, consent)
        let error = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "police", path: temp.exportPath("a.md")))
        }
        #expect(error.reasons.contains { $0.hasPrefix("Consent was refused on 2026-10-13") })
        #expect(!FileManager.default.fileExists(atPath: temp.exportPath("a.md")))
        consent.overrideJustification = "Risk of serious harm to a named pupil outweighs the refusal."
        try temp.setConsent(record.reference, consent)
        let result = try temp.service().share(request(record.reference, to: "police", path: temp.exportPath("b.md")))
        #expect(result.sharingRecord.consent?.overrideJustification == consent.overrideJustification)
    }

    @Test func specialCategoryNeedsAnExplicitChoice() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.setConsent(record.reference, Self.lawful)
        let path = temp.exportPath("panel.html")
        let error = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "channel-panel", path: path, special: .undecided))
        }
        #expect(error.description.contains("special category data"))
        #expect(error.description.contains("Concerns: Engagement with a group or cause"))
        #expect(!FileManager.default.fileExists(atPath: path))
        // Leaving it out is a choice too: the engagement concern does not go.
        let result = try temp.service().share(request(record.reference, to: "channel-panel", path: path, special: .leaveOut, format: .html))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!html.contains("Repeats slogans"))
        #expect(html.contains("Said he wants to hurt a named pupil"))
        #expect(result.sharingRecord.what.contains("no special category data"))
    }

    @Test func article9IsNeededForSpecialCategoryData() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        var consent = Self.lawful
        consent.article9Condition = ""
        try temp.setConsent(record.reference, consent)
        let error = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "police", path: temp.exportPath("p.md")))
        }
        #expect(error.reasons == ["The summary holds special category data but no Article 9 condition is recorded (casework consent --article9)."])
    }

    @Test func successfulShareIsWrittenPrivatelyAndRecordedAndTheCaseStillLoads() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.setConsent(record.reference, Self.lawful)
        let before = try temp.store.load(record.reference)
        let path = temp.exportPath("police.txt")
        let result = try temp.service().share(request(record.reference, to: "police", path: path, format: .text))

        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("OFFICIAL-SENSITIVE"))
        #expect(!text.contains("DRAFT"))
        #expect(!text.contains("Perrin Dunmere"))

        let loaded = try temp.store.load(record.reference)
        #expect(loaded.revision == before.revision + 1)
        let entry = try #require(loaded.sharing.last)
        #expect(entry == result.sharingRecord)
        #expect(entry.shared && entry.recipient == "police" && entry.by == SummaryFixtures.user)
        #expect(entry.caseRevision == before.revision)
        #expect(entry.consent == Self.lawful)
        #expect(entry.file == path && entry.format == "txt" && entry.why == "Strategy meeting on Friday")
        #expect(entry.what.contains("special category data included"))
        #expect(loaded.history.last?.summary == "Shared a summary with Police")
        // Recreating the case at the shared revision works from the history.
        #expect(try CaseHistory.record(loaded, atRevision: entry.caseRevision).sharing.isEmpty)
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.setConsent(record.reference, Self.lawful)
        let path = temp.exportPath("exists.md")
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SharingRefusal.self) { try temp.service().share(request(record.reference, to: "police", path: path)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "earlier")
        #expect(try temp.store.load(record.reference).sharing.isEmpty)
    }

    @Test func referrerOnlyToAProfileThatReceivesIt() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.setConsent(record.reference, Self.lawful)
        var police = request(record.reference, to: "police", path: temp.exportPath("r.md"))
        police.options.includeReferrer = true
        #expect(throws: SharingRefusal.self) { try temp.service().share(police) }
        var csc = request(record.reference, to: "childrens-social-care", path: temp.exportPath("csc.md"))
        csc.options.includeReferrer = true
        try temp.service().share(csc)
        #expect(try String(contentsOfFile: temp.exportPath("csc.md"), encoding: .utf8).contains("Mr Perrin Dunmere"))
    }

    @Test func declineIsRecordedWithoutAFile() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let entry = try temp.service().decline(record.reference, recipient: "school", why: "The school does not need to know yet.")
        let loaded = try temp.store.load(record.reference)
        #expect(loaded.sharing == [entry])
        #expect(!entry.shared && entry.file.isEmpty && entry.recipient == "school")
        #expect(throws: CaseworkError.self) { try temp.service().decline(record.reference, recipient: "school", why: "  ") }
        #expect(throws: CaseworkError.self) { try temp.service().decline(record.reference, recipient: "nobody", why: "x") }
    }

    @Test func internalRecordNeedsNoConsent() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.service().share(request(record.reference, to: "internal", path: temp.exportPath("internal.json"), format: .json))
        let data = try Data(contentsOf: URL(fileURLWithPath: temp.exportPath("internal.json")))
        let summary = try JSONDecoder().decode(Summary.self, from: data)
        #expect(summary.draft == false)
        #expect(summary.concerns?.count == 2)
    }

    @Test func nextSummaryShowsWhatChangedSinceTheShare() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.setConsent(record.reference, Self.lawful)
        try temp.service().share(request(record.reference, to: "channel-panel", path: temp.exportPath("1.md")))
        try temp.store.update(record.reference, by: SummaryFixtures.user, summary: "New concern") { r in
            r.concerns.append(Concern(id: 3, what: "Bought a replica knife online", observedOn: nil, source: "Parent", heading: "capability",
                                      nature: .behaviour, severity: .high, recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user))
        }
        let loaded = try temp.store.load(record.reference)
        let summary = try temp.service().summary(of: loaded, for: "channel-panel", options: SummaryOptions(specialCategory: .include))
        let changes = try #require(summary.changes)
        #expect(changes.previous != nil)
        #expect(changes.changes.map(\.text) == ["Capability to cause harm: Bought a replica knife online (High, Fact)"])
        // Police have had nothing yet.
        let police = try temp.service().summary(of: loaded, for: "police", options: SummaryOptions())
        #expect(police.changes == nil)
    }
}
