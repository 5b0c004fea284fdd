import CaseworkCore
import Testing

/// What the workbench's share review lists: every mention of a protected person with where it is
/// (`NameHits`), and the entries a recipient gets only when added (`ShareCandidates`). Both are checked
/// against the summary the share itself builds, so the list can never disagree with the file.
@Suite struct ShareReviewListsTests {
    /// A case naming the referrer and a relative in notes, a source and the rationale, with a belief.
    func record() throws -> CaseRecord {
        var record = CaseRecord(
            reference: CaseReference("KTR-4827")!, subject: Subject(name: "Rosen Kilnsey", dateOfBirth: SummaryFixtures.date("2012-02-29")),
            lead: SummaryFixtures.user,
            referral: Referral(reason: "Ms Ada Okafor heard him praise an attack (fictional).", receivedOn: SummaryFixtures.date("2026-10-12"),
                               referrer: "Ms Ada Okafor", referrerRole: "Teacher"),
            templateID: SummaryFixtures.template.id, templateVersion: SummaryFixtures.template.version,
            createdAt: SummaryFixtures.now, createdBy: SummaryFixtures.user)
        record.peopleList = [PersonInCase(id: 1, name: "Mrs Edna Kilnsey", role: "a relative")]
        record.answers["intent.stated-wish"] = ItemAnswer(
            status: .significantConcern, note: "Told his grandmother Edna Kilnsey he would hurt a pupil", source: "Ms Okafor")
        record.concerns = [
            Concern(id: 1, what: "Repeats slogans; E. Kilnsey saw it", observedOn: nil, source: "Teacher", heading: "engagement",
                    nature: .behaviour, severity: .medium, recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user),
            Concern(id: 2, what: "Says the government lies", observedOn: nil, source: "Parent", heading: "engagement",
                    nature: .belief, severity: nil, recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user),
        ]
        record.decision = Decision(
            threshold: "early-help", route: "channel", rationale: "Ada Okafor and Mrs E. Kilnsey both saw it.",
            decidedBy: SummaryFixtures.user, decidedOn: SummaryFixtures.date("2026-11-21"), reviewOn: nil)
        return record
    }

    func build(_ record: CaseRecord, _ profile: RecipientProfile, _ options: SummaryOptions) -> Summary {
        SummaryGenerator(
            record: record, template: SummaryFixtures.template, settings: SummaryFixtures.settings, profile: profile,
            options: options, now: SummaryFixtures.now, user: SummaryFixtures.user
        ).build()
    }

    func hits(_ record: CaseRecord, _ profile: RecipientProfile, _ options: SummaryOptions = SummaryOptions()) -> [NameHit] {
        NameHits.find(
            record: record, template: SummaryFixtures.template, settings: SummaryFixtures.settings, profile: profile,
            options: options, now: SummaryFixtures.now, user: SummaryFixtures.user)
    }

    @Test func eachMentionIsListedWithItsEntryFieldAndContext() throws {
        let record = try record()
        let police = try #require(SummaryFixtures.settings.recipient(id: "police"))
        let found = hits(record, police)
        let places = Set(found.map { "\($0.role) \($0.entryID) \($0.field)" })
        #expect(places.isSuperset(of: [
            "the referrer referral.reason reason",
            "a relative answer:intent.stated-wish note", "the referrer answer:intent.stated-wish source",
            "a relative concern:1 what",
        ]))
        let note = try #require(found.first { $0.entryID == "answer:intent.stated-wish" && $0.field == "note" })
        #expect(note.name == "Mrs Edna Kilnsey")
        #expect(note.context == "Told his grandmother Edna Kilnsey he would hurt a pupil")
        // An entry left out takes its mentions with it.
        var without = SummaryOptions()
        without.entryChoices = [EntryChoice(id: "concern:1", include: false, reason: "Not needed")]
        #expect(!hits(record, police, without).contains { $0.entryID == "concern:1" })
    }

    @Test func aProfileHasMentionsExactlyWhenRedactingChangesItsSummary() throws {
        let record = try record()
        for profile in SummaryFixtures.settings.recipients {
            let people = record.protectedPeople(referrerNamed: false)
            var named = SummaryOptions()
            named.namesConfirmed = people.map { NameConfirmation(name: $0.name, reason: "test") }
            let redactionChanges = build(record, profile, SummaryOptions()) != build(record, profile, named)
            #expect(hits(record, profile).isEmpty == !redactionChanges, "\(profile.id)")
            // Every entry a mention names is one the share sends (or a part without entries of its own).
            let going = Set(ShareContents(build(record, profile, SummaryOptions())).entryIDs + ["agencies", "consent"])
            #expect(hits(record, profile).allSatisfy { going.contains($0.entryID) }, "\(profile.id)")
        }
    }

    @Test func aBeliefIsOfferedAndGoesOnceAdded() throws {
        let record = try record()
        let police = try #require(SummaryFixtures.settings.recipient(id: "police"))
        let offered = ShareCandidates.notIncluded(
            record: record, template: SummaryFixtures.template, settings: SummaryFixtures.settings, profile: police,
            options: SummaryOptions(), now: SummaryFixtures.now, user: SummaryFixtures.user)
        #expect(offered.map(\.id) == ["concern:2"])
        #expect(offered.first?.why.contains("a belief on its own") == true)
        #expect(!ShareContents(build(record, police, SummaryOptions())).entryIDs.contains("concern:2"))
        var added = SummaryOptions()
        added.entryChoices = [EntryChoice(id: "concern:2", include: true, reason: "Asked for")]
        #expect(ShareContents(build(record, police, added)).entryIDs.contains("concern:2"))
        // A profile that does not receive the concerns is offered none of them.
        let school = try #require(SummaryFixtures.settings.recipient(id: "school"))
        #expect(!school.receives(.concerns))
        #expect(ShareCandidates.notIncluded(
            record: record, template: SummaryFixtures.template, settings: SummaryFixtures.settings, profile: school,
            options: SummaryOptions(), now: SummaryFixtures.now, user: SummaryFixtures.user).allSatisfy { !$0.id.hasPrefix("concern:") })
    }
}
