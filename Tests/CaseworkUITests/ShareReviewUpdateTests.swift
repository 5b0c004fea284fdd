import CaseworkCore
import CaseworkUI
import Testing

/// The share review between the summary and the share form: entries with check marks, the names found,
/// the warnings first. Events in, state and effects out: every change the review makes reaches the
/// share effect as the same `EntryChoice` and `NameConfirmation` values the command line sends.
@Suite struct ShareReviewUpdateTests {
    /// The fixture case with a relative named in a note and a concern, and a withdrawn agreement.
    static func record() -> CaseRecord {
        var record = Fixtures.record()
        record.people = [PersonInCase(id: 1, name: "Dana Hale", role: "a relative")]
        record.answers["engagement.us-and-them"]?.note = "Calls classmates traitors; Dana Hale says she copies her cousin."
        record.concerns[0].what = "Posted that the group should punish his tutor; Mrs Hale saw it."
        record.agreements = [ServiceAgreement(
            id: 1, by: .parent, status: .withdrawn, on: Fixtures.date("2026-11-20"), service: "Channel support",
            recordedAt: Fixtures.now, recordedBy: "jsmith")]
        return record
    }

    /// The review for the police, opened from the summary screen's share key.
    static func reviewing() -> AppState {
        var state = Fixtures.openState(record: record())
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "police")
        Fixtures.press(&state, .char("S"))
        return state
    }

    static func target(_ state: AppState, _ match: (ShareReviewTarget) -> Bool) throws -> Int {
        let index = state.shareReviewTargets.firstIndex(where: match)
        return try #require(index)
    }

    static func entry(_ id: String) -> (ShareReviewTarget) -> Bool {
        { if case .entry(let entry, _) = $0 { entry.id == id } else { false } }
    }

    /// Moves the highlight to a row with the arrow keys, as a practitioner would.
    static func move(_ state: inout AppState, to index: Int) {
        Fixtures.press(&state, .home)
        for _ in 0..<index { Fixtures.press(&state, .down) }
    }

    /// Goes on to the form, gives the reason, includes the special category data and shares.
    static func share(_ state: inout AppState) throws -> ShareRequest {
        Fixtures.press(&state, .enter)
        #expect(state.form?.purpose == .share)
        Fixtures.press(&state, .tab, .tab)
        _ = Fixtures.type(&state, "Prevent referral")
        var effects = Fixtures.press(&state, .function(2))
        // Each refusal puts the cursor on what is missing: the special category choice, then the reason
        // for going ahead despite the withdrawn agreement.
        for _ in 0..<2 where effects.isEmpty {
            guard let form = state.form, form.fields.indices.contains(form.focus) else { break }
            if form.fields[form.focus].kind == .choice {
                Fixtures.press(&state, .right)
            } else {
                _ = Fixtures.type(&state, "Risk to others outweighs the withdrawn agreement")
            }
            effects = Fixtures.press(&state, .function(2))
        }
        guard case .share(let request)? = effects.first, effects.count == 1 else {
            Issue.record("expected one share effect, got \(effects); \(state.message)")
            throw CancellationError()
        }
        return request
    }

    @Test func theShareKeyOpensTheReviewWithTheWarningsFirst() throws {
        let state = Self.reviewing()
        #expect(state.sharing.reviewing)
        #expect(state.form == nil)
        #expect(state.trainingStage == .sharing)
        let lines = state.shareReviewLines
        let warning = try #require(lines.firstIndex { $0.text.contains("Agreement (Channel support) was withdrawn") })
        let firstEntry = try #require(lines.firstIndex { $0.target != nil })
        #expect(warning < firstEntry, "the warnings come before every entry")
        #expect(lines.first?.text == state.summaryWarningLines.first)
        // The entries the police get by default are ticked under their section; the belief is not.
        #expect(lines.contains { $0.text == "Concerns by heading" || $0.text.uppercased() == "CONCERNS BY HEADING" })
        #expect(lines.contains { $0.text.hasPrefix("[x] Posted that the group should punish his tutor") })
        #expect(lines.contains { $0.text.hasPrefix("[ ] Says the government lies about everything.") })
        #expect(lines.contains { $0.text.contains("a belief on its own: not sent unless added") })
        // Each mention of the relative, where it is, redacted by default.
        let hits = state.shareReviewTargets.compactMap { if case .name(let hit) = $0 { hit } else { nil } }
        #expect(hits.map(\.entryID).sorted() == ["answer:engagement.us-and-them", "concern:1"])
        #expect(hits.allSatisfy { $0.name == "Dana Hale" && $0.role == "a relative" })
        #expect(lines.contains { $0.text == "[redact: a relative] Dana Hale in concern:1 (what)" })
        #expect(hits.contains { $0.context.contains("Mrs Hale saw it.") })
    }

    @Test func leavingOutAnEntryAsksWhyAndTheShareCarriesTheChoice() throws {
        var state = Self.reviewing()
        let concern = try Self.target(state, Self.entry("concern:1"))
        Self.move(&state, to: concern)
        #expect(state.sharing.review?.cursor == concern)
        Fixtures.press(&state, .char(" "))
        #expect(state.sharing.review?.asking?.change == .leaveOut(entry: "concern:1"))
        // A blank reason is refused and the question stays; typed letters go into the reason, not to the keys.
        Fixtures.press(&state, .enter)
        #expect(state.messageIsWarning)
        #expect(state.sharing.review?.asking != nil)
        Fixtures.press(&state, .char("q"))
        Fixtures.press(&state, .backspace)
        _ = Fixtures.type(&state, "Already with the police")
        Fixtures.press(&state, .enter)
        #expect(state.sharing.review?.asking == nil)
        #expect(state.sharing.review?.entryChoices == [EntryChoice(id: "concern:1", include: false, reason: "Already with the police")])
        #expect(state.shareReviewLines.contains { $0.text.hasPrefix("[ ] Posted that the group") })
        #expect(state.shareReviewLines.contains { $0.text == "    left out: Already with the police" })
        // Its mention of the relative no longer goes, so it is no longer listed.
        #expect(!state.shareReviewTargets.contains { if case .name(let hit) = $0 { hit.entryID == "concern:1" } else { false } })
        let request = try Self.share(&state)
        #expect(request.options.entryChoices == [EntryChoice(id: "concern:1", include: false, reason: "Already with the police")])
        #expect(request.options.namesConfirmed.isEmpty)
    }

    @Test func addingBackClearsTheChoiceAndAddingABeliefAsksWhy() throws {
        var state = Self.reviewing()
        let concern = try Self.target(state, Self.entry("concern:1"))
        Self.move(&state, to: concern)
        Fixtures.press(&state, .char(" "))
        _ = Fixtures.type(&state, "Not needed")
        Fixtures.press(&state, .enter, .char(" "))
        #expect(state.sharing.review?.entryChoices == [], "Space on a changed entry puts it back as the profile sends it")
        #expect(state.sharing.review?.asking == nil)
        let belief = try Self.target(state, Self.entry("concern:2"))
        Self.move(&state, to: belief)
        Fixtures.press(&state, .char(" "))
        #expect(state.sharing.review?.asking?.change == .add(entry: "concern:2"))
        _ = Fixtures.type(&state, "The police asked about the beliefs")
        Fixtures.press(&state, .enter)
        #expect(state.shareReviewLines.contains { $0.text.hasPrefix("[x] Says the government lies") })
        // Esc on a reason changes nothing.
        Self.move(&state, to: concern)
        Fixtures.press(&state, .char(" "))
        _ = Fixtures.type(&state, "half typed")
        Fixtures.press(&state, .escape)
        #expect(state.sharing.review?.entryChoices == [EntryChoice(id: "concern:2", include: true, reason: "The police asked about the beliefs")])
        let request = try Self.share(&state)
        #expect(request.options.entryChoices == [EntryChoice(id: "concern:2", include: true, reason: "The police asked about the beliefs")])
    }

    @Test func confirmingANameGoesIntoTheShareAsANameConfirmation() throws {
        var state = Self.reviewing()
        let hit = try Self.target(state) { if case .name = $0 { true } else { false } }
        Self.move(&state, to: hit)
        Fixtures.press(&state, .char(" "))
        #expect(state.sharing.review?.asking?.change == .name("Dana Hale"))
        _ = Fixtures.type(&state, "The police know her as the contact")
        Fixtures.press(&state, .enter)
        // One confirmation names the person in every place in this share.
        #expect(state.shareReviewLines.filter { $0.text.hasPrefix("[named] Dana Hale") }.count == 2)
        let request = try Self.share(&state)
        #expect(request.options.namesConfirmed == [NameConfirmation(name: "Dana Hale", reason: "The police know her as the contact")])
        #expect(request.options.entryChoices.isEmpty)
    }

    @Test func spaceOnANamedPersonGoesBackToTheRole() throws {
        var state = Self.reviewing()
        let hit = try Self.target(state) { if case .name = $0 { true } else { false } }
        Self.move(&state, to: hit)
        Fixtures.press(&state, .char(" "))
        _ = Fixtures.type(&state, "Reason")
        Fixtures.press(&state, .enter, .char(" "))
        #expect(state.sharing.review?.namesConfirmed == [])
        #expect(state.shareReviewLines.contains { $0.text.hasPrefix("[redact: a relative] Dana Hale") })
    }

    @Test func escapeFromTheFormComesBackToTheReviewWithItsChanges() throws {
        var state = Self.reviewing()
        let concern = try Self.target(state, Self.entry("concern:1"))
        Self.move(&state, to: concern)
        Fixtures.press(&state, .char(" "))
        _ = Fixtures.type(&state, "Not needed")
        Fixtures.press(&state, .enter, .enter)
        #expect(state.form?.purpose == .share)
        Fixtures.press(&state, .escape)
        #expect(state.form == nil)
        #expect(state.sharing.reviewing)
        Fixtures.press(&state, .escape)
        #expect(!state.sharing.reviewing)
        #expect(state.sharing.review?.entryChoices.count == 1, "the preview keeps the review's changes for the next S")
        Fixtures.press(&state, .char("S"))
        #expect(state.sharing.reviewing)
        // Another recipient starts a new review.
        Fixtures.press(&state, .escape, .char("r"))
        Fixtures.pick(&state, "school")
        #expect(state.sharing.review == nil)
    }

    @Test func aLongNoteIsNamedByItsStartInTwoLines() throws {
        var record = Self.record()
        record.answers["engagement.group-identification"]?.note = String(repeating: "A long account of what was seen.\n", count: 12)
        var state = Fixtures.openState(record: record)
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "police")
        Fixtures.press(&state, .char("S"))
        let lines = state.shareReviewLines
        let first = try #require(lines.firstIndex { $0.text.hasPrefix("[x] Identification with a group: A long account") })
        #expect(lines[first + 1].text.hasSuffix("…"))
        #expect(lines[first + 2].text.hasPrefix("    answer:engagement.group-identification: "))
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= Fixtures.small.columns - 2 })
    }

    @Test func theOverviewListsTheSharingLogNewestFirst() {
        var record = Fixtures.record()
        record.sharing = [
            SharingRecord(
                id: 1, recipient: "school", shared: true, what: "Summary (md)", why: "Attendance plan", at: Fixtures.now.adding(seconds: -86_400 * 2),
                by: "jsmith", consent: nil, caseRevision: 5,
                decision: ShareDecision(purpose: "Attendance plan", article6: "public-task", article6Label: "UK GDPR Article 6(1)(e) public task",
                                        told: true, entries: ["strength:1", "action:1"])),
            SharingRecord(
                id: 2, recipient: "health", shared: false, what: "Decided not to share", why: "GP not involved", at: Fixtures.now,
                by: "jsmith", consent: nil, caseRevision: 6),
        ]
        let state = Fixtures.openState(record: record)
        #expect(state.overviewSharingLog == [
            "2026-11-24 Health · decided not to share: GP not involved",
            "2026-11-22 School or college · 6(1)(e) public task · file · 2 entries · told",
        ])
    }
}
