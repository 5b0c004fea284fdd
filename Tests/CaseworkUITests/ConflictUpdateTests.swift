import CaseworkCore
import CaseworkUI
import Testing

/// A save that meets another session's change never ends in an overwrite: nothing is saved from the
/// stale state by any path (idle save, leaving the field, a signal, a resume), what was typed stays on
/// screen beside theirs, and saving again is a choice made on the current revision.
@Suite struct ConflictNeverOverwritesTests {
    static let item = "referral.referrer"
    static let colleague = "COLLEAGUE NOTE"

    /// The checklist on `referral.referrer` with text typed and autosaved; the save not yet answered.
    static func typedAndAutosaved() -> AppState {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("c"))
        #expect(state.currentItem?.id == item)
        Fixtures.press(&state, .enter)
        _ = Fixtures.type(&state, " WORKBENCH TEXT")
        let effects = update(&state, .tick(Fixtures.now.adding(seconds: 3)))
        #expect(Fixtures.savedRecord(effects) != nil, "the idle save was asked for")
        return state
    }

    /// The case as the colleague saved it: revision 8, with their note on the same item or another.
    static func theirs(sameField: Bool = true) -> CaseRecord {
        var record = Fixtures.record()
        record.revision = 8
        record.updatedBy = "colleague"
        if sameField {
            record.answers[item]?.note = colleague
        } else {
            record.answers["engagement.belonging"]?.note = "Plays in the school band and the choir."
        }
        return record
    }

    static func saves(_ effects: [Effect]) -> [CaseRecord] {
        effects.compactMap { if case .save(let record, _, _) = $0 { record } else { nil } }
    }

    static func conflicted(sameField: Bool = true) -> AppState {
        var state = typedAndAutosaved()
        #expect(update(&state, .conflict(by: "colleague", current: theirs(sameField: sameField))).isEmpty)
        return state
    }

    @Test func afterAConflictTheIdleSaveNeverWritesTheStaleText() {
        var state = Self.conflicted()
        #expect(state.open?.record.answers[Self.item]?.note == Self.colleague, "the case on screen is theirs")
        #expect(state.editing == .note)
        #expect(state.editor.text.hasSuffix("WORKBENCH TEXT"))
        #expect(state.editor.changed)
        #expect(state.messageIsWarning)
        #expect(state.message.contains("colleague saved this evidence first"))
        #expect(state.message.contains("not saved"))
        _ = Fixtures.type(&state, " and more")
        for seconds in [4, 6, 8, 12, 30] {
            #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: Int64(seconds))))).isEmpty)
        }
        let screen = view(state, size: Fixtures.small).text
        #expect(screen.contains(Self.colleague), "their text is on screen")
        #expect(screen.contains("Your text: not saved"))
    }

    @Test func escapeOffersTheChoiceAndKeepingMineSavesOnTheCurrentRevision() {
        var state = Self.conflicted()
        #expect(Self.saves(Fixtures.press(&state, .escape)).isEmpty)
        #expect(state.conflict?.choosing == true)
        #expect(state.message.contains("m keeps yours, t keeps theirs, b keeps both"))
        #expect(view(state, size: Fixtures.small).text.contains("m keep yours"))
        let effects = Fixtures.press(&state, .char("m"))
        guard case .save(let record, let base, _)? = effects.first else {
            Issue.record("keeping mine saves")
            return
        }
        #expect(base == 8)
        #expect(record.answers[Self.item]?.note.hasSuffix("WORKBENCH TEXT") == true)
        #expect(state.conflict == nil)
        #expect(state.message.contains("on top of colleague's change"))
    }

    @Test func keepingTheirsSavesNothingAndKeepingBothSavesBoth() {
        var state = Self.conflicted()
        Fixtures.press(&state, .escape)
        #expect(Self.saves(Fixtures.press(&state, .char("t"))).isEmpty)
        #expect(state.editing == nil)
        #expect(state.conflict == nil)
        #expect(state.open?.record.answers[Self.item]?.note == Self.colleague)
        #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: 20)))).isEmpty)

        var both = Self.conflicted()
        Fixtures.press(&both, .escape)
        let saved = Self.saves(Fixtures.press(&both, .char("b")))
        #expect(saved.count == 1)
        let note = saved.first?.answers[Self.item]?.note ?? ""
        #expect(note.hasPrefix(Self.colleague))
        #expect(note.hasSuffix("WORKBENCH TEXT"))
    }

    @Test func editingAgainKeepsTheConflictAndTheTextUnsaved() {
        var state = Self.conflicted()
        Fixtures.press(&state, .escape, .char("e"))
        #expect(state.conflict?.choosing == false)
        #expect(state.editing == .note)
        _ = Fixtures.type(&state, "!")
        #expect(state.editor.text.hasSuffix("WORKBENCH TEXT!"), "e is not typed into the text")
        #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: 30)))).isEmpty)
        #expect(Self.saves(Fixtures.press(&state, .tab)).isEmpty, "leaving the field asks again")
        #expect(state.conflict?.choosing == true)
    }

    @Test func whenTheyChangedOtherFieldsYoursIsSavedOnTopOnlyWhenAsked() {
        var state = Self.conflicted(sameField: false)
        #expect(state.conflict?.clashes == false)
        #expect(state.message.contains("colleague saved other parts first"))
        #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: 30)))).isEmpty)
        let effects = Fixtures.press(&state, .escape)
        guard case .save(let record, let base, _)? = effects.first else {
            Issue.record("Esc saves on top")
            return
        }
        #expect(base == 8)
        #expect(record.answers[Self.item]?.note.hasSuffix("WORKBENCH TEXT") == true)
        #expect(record.answers["engagement.belonging"]?.note == "Plays in the school band and the choir.", "their change stays")
    }

    @Test func aHangupDuringAConflictWritesTheSessionFileAndNeverTheCase() {
        var state = Self.conflicted()
        let effects = update(&state, .hangup)
        #expect(Self.saves(effects).isEmpty)
        #expect(effects.last == .quit)
        let sessions = effects.compactMap { if case .writeSession(let session) = $0 { session } else { nil } }
        #expect(sessions.first?.draft?.text.hasSuffix("WORKBENCH TEXT") == true)
        #expect(sessions.first?.draft?.conflictWith == "colleague")
        #expect(sessions.first?.draft?.basedOn == "Form tutor, has known her two years.")
    }

    @Test func aHangupSaveThatMeetsAConflictPutsTheTextInTheSessionFile() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("c"), .enter)
        _ = Fixtures.type(&state, " typed as the line dropped")
        #expect(Self.saves(update(&state, .hangup)).count == 1)
        let effects = update(&state, .conflict(by: "colleague", current: Self.theirs()))
        let session = effects.compactMap { if case .writeSession(let session) = $0 { session } else { nil } }.last
        #expect(session?.draft?.text.hasSuffix("typed as the line dropped") == true)
        #expect(session?.draft?.conflictWith == "colleague")
    }

    /// A start that accepts the offer to resume a note typed over the fixture's text, into the case as `record` now is.
    static func resumed(_ text: String, conflictWith: String? = nil, into record: CaseRecord) -> AppState {
        var state = Fixtures.state()
        state.resumeOffer = WorkbenchSession(
            reference: CaseReference("KTR-4827"), screen: "checklist", itemID: item,
            draft: .init(field: "note", itemID: item, text: text, basedOn: "Form tutor, has known her two years.",
                         conflictWith: conflictWith),
            savedAt: Fixtures.now)
        Fixtures.press(&state, .enter)
        _ = update(&state, .opened(OpenCase(record: record, template: Fixtures.template)))
        return state
    }

    @Test func resumingAConflictBringsItBackAsAConflictNotAnAutosave() {
        var state = Self.resumed("MINE FROM BEFORE", conflictWith: "colleague", into: Self.theirs())
        #expect(state.editing == .note)
        #expect(state.editor.text == "MINE FROM BEFORE")
        #expect(state.conflict?.clashes == true)
        #expect(state.message.contains("Your unsaved text is back; colleague changed it meanwhile"))
        #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: 30)))).isEmpty)
    }

    @Test func resumingADraftWhoseFieldWasChangedSinceIsAConflict() {
        var state = Self.resumed("typed before the kill", into: Self.theirs())
        #expect(state.conflict?.by == "colleague")
        #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: 30)))).isEmpty)

        // Unchanged since: the draft comes back as before and is saved when idle.
        var plain = Self.resumed("typed before the kill", into: Fixtures.record())
        #expect(plain.conflict == nil)
        #expect(Self.saves(update(&plain, .tick(Fixtures.now.adding(seconds: 30)))).count == 1)
    }

    @Test func aFailedSaveNeverLeavesTheRefusedChangeAsTheBasisOfTheNext() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("c"), .pageDown)
        let item = state.currentItem!.id
        let before = state.open!.record
        #expect(Self.saves(Fixtures.press(&state, .char("2"))).count == 1)
        _ = update(&state, .saveFailed("Could not write the case: No space left on device."))
        #expect(state.open?.record == before, "the screen shows what the store has")
        #expect(state.message.hasPrefix("Not saved:"))
        let next = Self.saves(Fixtures.press(&state, .char("0")))
        #expect(next.first?.answers[item]?.status == .noConcern)
        #expect(next.first?.revision == before.revision)
    }

    @Test func aFailedEditorSaveKeepsTheTextInTheEditor() {
        var state = Self.typedAndAutosaved()
        _ = update(&state, .saveFailed("Could not write the case."))
        #expect(state.editing == .note)
        #expect(state.editor.changed)
        #expect(state.editor.text.hasSuffix("WORKBENCH TEXT"))
        #expect(state.open?.record.answers[Self.item]?.note == "Form tutor, has known her two years.")
        #expect(state.message.contains("still in the editor"))
    }

    // MARK: Forms

    static func editedConcern() -> AppState {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("o"), .enter)
        _ = Fixtures.type(&state, " Twice.")
        #expect(Self.saves(Fixtures.press(&state, .function(2))).count == 1)
        return state
    }

    @Test func aFormMeetingAConflictComesBackOnTopOfTheirChange() {
        var state = Self.editedConcern()
        var theirs = Self.theirs(sameField: false)
        theirs.concerns[0].source = "Screenshot and the form tutor"
        _ = update(&state, .conflict(by: "colleague", current: theirs))
        #expect(state.form != nil, "the form is back")
        #expect(state.form?.text("what").hasSuffix("Twice.") == true)
        #expect(state.form?.text("source") == "Screenshot and the form tutor", "fields left alone take their value")
        #expect(state.conflict?.clashes == false)
        #expect(state.message.contains("not saved"))
        #expect(Self.saves(update(&state, .hangup)).isEmpty, "a signal never saves a form held by a conflict")
        let kept = state.session.form
        #expect(kept?.conflictWith == "colleague")
        #expect(kept?.texts["what"]?.hasSuffix("Twice.") == true)
    }

    @Test func aFormWhoseFieldTheyAlsoChangedAsksWhichToKeep() {
        var state = Self.editedConcern()
        var theirs = Self.theirs(sameField: false)
        theirs.concerns[0].what = "Posted that the group should punish a teacher. Deleted it later."
        _ = update(&state, .conflict(by: "colleague", current: theirs))
        #expect(state.conflict?.clashes == true)
        #expect(view(state, size: Fixtures.small).text.contains("Deleted it later."), "their text is shown")
        #expect(Self.saves(Fixtures.press(&state, .function(2))).isEmpty)
        #expect(state.conflict?.choosing == true)
        let saved = Self.saves(Fixtures.press(&state, .char("b")))
        #expect(saved.first?.concerns[0].what.hasPrefix("Posted that the group should punish a teacher. Deleted it later.") == true)
        #expect(saved.first?.concerns[0].what.hasSuffix("Twice.") == true)
    }

    @Test func resumingAFormWhoseEntryWasChangedSinceIsAConflict() {
        var state = Fixtures.state()
        let form = WorkbenchSession.FormDraft(
            purpose: "entry:concerns:1", texts: ["what": "Posted that the group should punish a teacher. Twice."], choices: [:],
            focus: "what", basedOn: ["what": "Posted that the group should punish a teacher."])
        state.resumeOffer = WorkbenchSession(reference: CaseReference("KTR-4827"), screen: "concerns", itemID: nil, draft: nil,
                                             form: form, savedAt: Fixtures.now)
        Fixtures.press(&state, .enter)
        var theirs = Self.theirs(sameField: false)
        theirs.concerns[0].what = "Posted that the group should punish a teacher. Deleted it later."
        _ = update(&state, .opened(OpenCase(record: theirs, template: Fixtures.template)))
        #expect(state.form?.text("what").hasSuffix("Twice.") == true)
        #expect(state.conflict?.clashes == true)
        #expect(state.message.contains("Your unsaved form is back; colleague changed it meanwhile"))
        #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: 30)))).isEmpty)
        #expect(Self.saves(update(&state, .hangup)).isEmpty)
    }

    @Test func theOpennessFormMeetingAConflictKeepsTheirAgreementAndAddsYours() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"), .char("c"))
        #expect(state.form?.purpose == .consent)
        Fixtures.press(&state, .right, .tab)
        _ = Fixtures.type(&state, "Mother")
        #expect(Self.saves(Fixtures.press(&state, .function(2))).count == 1)
        var theirs = Self.theirs(sameField: false)
        theirs.agreementLog = [ServiceAgreement(
            id: 1, by: .parent, who: "Father", status: .given, on: Fixtures.date("2026-11-22"), service: "Channel support",
            recordedAt: Fixtures.now, recordedBy: "colleague")]
        _ = update(&state, .conflict(by: "colleague", current: theirs))
        #expect(state.form?.purpose == .consent)
        #expect(state.screen == .summary)
        #expect(state.form?.text("toldWho") == "Mother")
        let saved = Self.saves(Fixtures.press(&state, .function(2)))
        #expect(saved.first?.opennessLog.map(\.who) == ["Mother"])
        #expect(saved.first?.agreementLog.map(\.who) == ["Father"], "their entry stays")
    }

    @Test func theDecisionFormMeetingAConflictComesBack() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("d"), .tab, .tab)
        _ = Fixtures.type(&state, "Seen twice; act now.")
        #expect(Self.saves(Fixtures.press(&state, .escape)).count == 1)
        _ = update(&state, .conflict(by: "colleague", current: Self.theirs(sameField: false)))
        #expect(state.screen == .decision)
        #expect(state.form?.text("rationale").hasSuffix("Seen twice; act now.") == true)
        #expect(Self.saves(update(&state, .tick(Fixtures.now.adding(seconds: 30)))).isEmpty)
        let saved = Self.saves(Fixtures.press(&state, .function(2)))
        #expect(saved.first?.decision?.rationale.hasSuffix("Seen twice; act now.") == true)
        #expect(saved.first?.answers["engagement.belonging"]?.note == "Plays in the school band and the choir.")
    }
}
