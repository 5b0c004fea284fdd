import CaseworkCore
import Crypto
import Foundation
import Testing

/// A share is a decision: never refused for lack of consent, refused (nothing written) only when the
/// purpose, the Article 6 basis or a needed Article 9 condition is missing; a successful share writes a
/// 0600 file and records the decision in a case that still loads.
@Suite struct SharingServiceTests {
    func request(
        _ reference: CaseReference, to recipient: String, path: String, special: SpecialCategoryChoice = .include,
        format: SummaryFormat = .markdown, condition: String? = "safeguarding"
    ) -> ShareRequest {
        ShareRequest(
            reference: reference, recipient: recipient, format: format, destination: path, why: "Strategy meeting on Friday",
            options: SummaryOptions(specialCategory: special), choices: ShareChoices(condition: condition))
    }

    @Test func aPublicTaskShareWithNoConsentRecordedSucceeds() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        #expect(record.consent == nil && record.agreementLog.isEmpty)
        let path = temp.exportPath("police.md")
        var share = request(record.reference, to: "police", path: path)
        share.choices.basis = "public-task"
        let result = try temp.service().share(share)
        #expect(FileManager.default.fileExists(atPath: path))
        let decision = try #require(result.sharingRecord.decision)
        #expect(decision.article6 == "public-task")
        #expect(decision.article6Label == "UK GDPR Article 6(1)(e) public task")
        #expect(decision.article9 == "safeguarding")
        #expect(decision.article9Label?.contains("Schedule 1 para 18") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("**Shared under:** UK GDPR Article 6(1)(e) public task"))
    }

    @Test func theProfileDefaultBasisIsUsedWhenNoneIsChosen() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let result = try temp.service().share(request(record.reference, to: "school", path: temp.exportPath("school.md")))
        #expect(result.sharingRecord.decision?.article6 == SummaryFixtures.profile("school").defaultBasis)
        // The school summary holds no special category data, so no condition is kept for it.
        #expect(result.sharingRecord.decision?.article9 == nil)
    }

    @Test func refusedWhenThePurposeOrTheBasisIsMissingAndNothingWritten() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        var settings = SummaryFixtures.settings
        settings.recipients = settings.recipients.map { var p = $0; p.defaultBasis = nil; return p }
        let service = SharingService(store: temp.store, settings: settings, templates: SummaryFixtures.templates,
                                     user: SummaryFixtures.user, now: SummaryFixtures.now)
        let path = temp.exportPath("police.md")
        var share = request(record.reference, to: "police", path: path)
        share.why = "  "
        let error = try #require(throws: SharingRefusal.self) { try service.share(share) }
        #expect(error.reasons == [
            "Say what the share is for (--why): the sharing record needs its purpose.",
            "Choose the UK GDPR Article 6 basis for this share (--basis), one of: public-task, legal-obligation, vital-interests, consent; the Police profile names no default.",
        ])
        #expect(!error.description.lowercased().contains("consent is"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let after = try temp.store.load(record.reference)
        #expect(after.revision == record.revision && after.sharing.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.folder) == ["store"])
    }

    @Test func specialCategoryDataNeedsAnArticle9Condition() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let error = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "police", path: temp.exportPath("p.md"), condition: nil))
        }
        #expect(error.reasons == [
            "The summary holds special category data, so it needs an Article 9 condition (--condition), one of: statutory-purposes, preventing-crime, safeguarding.",
        ])
    }

    @Test func anUnknownBasisOrConditionIsOneSentenceNamingTheChoices() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        var share = request(record.reference, to: "police", path: temp.exportPath("p.md"))
        share.choices.basis = "legitimate-interests"
        let basis = try #require(throws: CaseworkError.self) { try temp.service().share(share) }
        #expect("\(basis)".contains(
            "'legitimate-interests' is not an Article 6 basis in the settings; use one of: public-task, legal-obligation, vital-interests, consent."))
        share.choices.basis = nil
        share.choices.condition = "para-18"
        let condition = try #require(throws: CaseworkError.self) { try temp.service().share(share) }
        #expect("\(condition)".contains("'para-18' is not an Article 9 condition in the settings; use one of: statutory-purposes, preventing-crime, safeguarding."))
        #expect(!FileManager.default.fileExists(atPath: temp.exportPath("p.md")))
        #expect(try temp.store.load(record.reference).sharing.isEmpty)
    }

    @Test func para18IsRefusedForAnAdultWithoutCareAndSupportNeedsNoted() throws {
        let temp = try TemporaryStore()
        let child = try temp.makeCase()
        try temp.service().share(request(child.reference, to: "police", path: temp.exportPath("child.md")))
        let adult = try temp.makeCase(dateOfBirth: "2007-01-10")
        let error = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(adult.reference, to: "police", path: temp.exportPath("adult.md")))
        }
        #expect(error.reasons.count == 1)
        #expect(error.reasons[0].hasPrefix("Schedule 1 para 18 applies to an adult only if they have needs for care and support"))
        // Another condition, or the needs noted, and it goes.
        try temp.service().share(request(adult.reference, to: "police", path: temp.exportPath("adult-10.md"), condition: "preventing-crime"))
        var noted = request(adult.reference, to: "police", path: temp.exportPath("adult-18.md"))
        noted.choices.careAndSupportNeeds = "Learning disability; supported living; cannot protect himself from exploitation."
        let result = try temp.service().share(noted)
        #expect(result.sharingRecord.decision?.careAndSupportNeeds == noted.choices.careAndSupportNeeds)
    }

    @Test func specialCategoryNeedsAnExplicitChoice() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let path = temp.exportPath("panel.html")
        let error = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "channel-panel", path: path, special: .undecided))
        }
        #expect(error.description.contains("special category data"))
        #expect(error.description.contains("Concerns: Engagement with a group or cause"))
        #expect(!FileManager.default.fileExists(atPath: path))
        // Leaving it out is a choice too: the engagement concern does not go, and no condition is needed.
        let result = try temp.service().share(
            request(record.reference, to: "channel-panel", path: path, special: .leaveOut, format: .html, condition: nil))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!html.contains("Repeats slogans"))
        #expect(html.contains("Said he wants to hurt a named pupil"))
        #expect(result.sharingRecord.what.contains("no special category data"))
    }

    @Test func aShareIsWrittenPrivatelyAndRecordsItsDecision() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let path = temp.exportPath("police.txt")
        var share = request(record.reference, to: "police", path: path, format: .text)
        share.choices.told = false
        share.choices.notToldReason = "Telling the family now could put the named pupil at risk."
        let result = try temp.service().share(share)

        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("OFFICIAL-SENSITIVE"))
        #expect(!text.contains("DRAFT"))
        #expect(!text.contains("Perrin Dunmere"))

        let loaded = try temp.store.load(record.reference)
        #expect(loaded.revision == record.revision + 1)
        let entry = try #require(loaded.sharing.last)
        #expect(entry == result.sharingRecord)
        #expect(entry.shared && entry.recipient == "police" && entry.by == SummaryFixtures.user)
        #expect(entry.caseRevision == record.revision && entry.consent == nil)
        #expect(entry.file == path && entry.format == "txt" && entry.why == "Strategy meeting on Friday")
        let decision = try #require(entry.decision)
        #expect(decision.purpose == "Strategy meeting on Friday")
        #expect(decision.method == .file && decision.madeOn == nil)
        #expect(decision.told == false && decision.notToldReason == share.choices.notToldReason)
        #expect(decision.fileDigest == SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
        #expect(decision.sections.contains("concerns") && !decision.sections.contains("referrerIdentity"))
        #expect(decision.warnings.isEmpty && decision.despite == nil)
        #expect(loaded.history.last?.summary == "Shared a summary with Police")
        #expect(try CaseHistory.record(loaded, atRevision: entry.caseRevision).sharing.isEmpty)
    }

    @Test func notTellingTheFamilyNeedsAReason() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        var share = request(record.reference, to: "police", path: temp.exportPath("p.md"))
        share.choices.told = false
        let error = try #require(throws: SharingRefusal.self) { try temp.service().share(share) }
        #expect(error.reasons == ["Say why the person or family was not told about this share (--not-told-because)."])
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let path = temp.exportPath("exists.md")
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SharingRefusal.self) { try temp.service().share(request(record.reference, to: "police", path: path)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "earlier")
        #expect(try temp.store.load(record.reference).sharing.isEmpty)
    }

    @Test func referrerOnlyToAProfileThatReceivesIt() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
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

    @Test func theInternalRecordIsSharedAsJSON() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.service().share(request(record.reference, to: "internal", path: temp.exportPath("internal.json"), format: .json))
        let data = try Data(contentsOf: URL(fileURLWithPath: temp.exportPath("internal.json")))
        let summary = try JSONDecoder().decode(Summary.self, from: data)
        #expect(summary.draft == false)
        #expect(summary.concerns?.count == 2)
        #expect(summary.consent?.shareBasis == "UK GDPR Article 6(1)(e) public task")
    }

    @Test func nextSummaryShowsWhatChangedSinceTheShare() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
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
        let police = try temp.service().summary(of: loaded, for: "police", options: SummaryOptions())
        #expect(police.changes == nil)
    }
}
