import CaseworkCore
import CaseworkUI
import Testing

/// Events in, state and effects out, for every screen's keys. No terminal, no files.
@Suite struct CaseListUpdateTests {
    @Test func movesWithArrowsAndViKeys() {
        var state = Fixtures.state()
        Fixtures.press(&state, .down)
        #expect(state.listCursor == 1)
        Fixtures.press(&state, .char("j"), .char("j"), .char("j"))
        #expect(state.listCursor == 2)
        Fixtures.press(&state, .char("k"))
        #expect(state.listCursor == 1)
        Fixtures.press(&state, .up, .up)
        #expect(state.listCursor == 0)
    }

    @Test func filtersIncrementallyAndClearsWithEscape() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("/"))
        #expect(state.filtering)
        _ = Fixtures.type(&state, "BCD")
        #expect(state.visibleListings.map(\.reference.rawValue) == ["BCD-1234"])
        Fixtures.press(&state, .backspace, .backspace, .backspace, .char("M"), .char("N"))
        #expect(state.visibleListings.map(\.reference.rawValue) == ["MNP-7777"])
        Fixtures.press(&state, .enter)
        #expect(!state.filtering)
        #expect(state.filter == "MN")
        Fixtures.press(&state, .escape)
        #expect(state.filter == "")
        #expect(state.visibleListings.count == 3)
    }

    @Test func filtersByTheFullNameWhileInitialsAreShown() {
        var state = Fixtures.state()
        #expect(!state.namesShown)
        Fixtures.press(&state, .char("/"))
        _ = Fixtures.type(&state, "zoe ang")
        // "Zoë Ångström-Ōta" is found by the name as typed without accents, though the row shows "ZÅ".
        #expect(state.visibleListings.map(\.reference.rawValue) == ["KTR-4827"])
        #expect(state.listingsMatchedOnNameOnly == 1)
        let screen = view(state, size: Fixtures.small).text
        #expect(screen.contains("1 matched on the full name"))
        #expect(!screen.contains("Zoë"))
        Fixtures.press(&state, .escape)
        _ = Fixtures.type(&state, "/bcd")
        #expect(state.visibleListings.map(\.reference.rawValue) == ["BCD-1234"])
        #expect(state.listingsMatchedOnNameOnly == 0, "a match on the reference is not a match on the name")
    }

    @Test func sortsAndOpens() {
        var state = Fixtures.state()
        #expect(state.visibleListings.first?.reference.rawValue == "KTR-4827")
        Fixtures.press(&state, .char("s"))
        #expect(state.sort == .reference)
        #expect(state.visibleListings.first?.reference.rawValue == "BCD-1234")
        let effects = Fixtures.press(&state, .enter)
        #expect(effects == [.openCase(CaseReference("BCD-1234")!)])
    }

    @Test func theListIsReadAgainAndTheHighlightStaysOnItsCase() {
        var state = Fixtures.state()
        Fixtures.press(&state, .down)
        #expect(state.visibleListings[state.listCursor].reference.rawValue == "BCD-1234")
        let tick = Timestamp(secondsSinceEpoch: (Fixtures.now.secondsSinceEpoch / 5 + 1) * 5)
        #expect(update(&state, .tick(tick)).contains(.listCases))
        var newest = Fixtures.record(name: "New Person", reference: "ZZZ-0001")
        newest.updatedAt = Fixtures.now
        _ = update(&state, .listed(state.listings + [CaseListing(record: newest)]))
        #expect(state.visibleListings.first?.reference.rawValue == "ZZZ-0001")
        #expect(state.visibleListings[state.listCursor].reference.rawValue == "BCD-1234")
    }

    @Test func timesAreShownOnTheLocalClock() {
        var state = Fixtures.state()
        #expect(view(state, size: Fixtures.small).text.contains("2026-11-24 08:30"))
        state.utcOffset = 3600
        #expect(view(state, size: Fixtures.small).text.contains("2026-11-24 09:30"))
    }

    @Test func nStartsTheNewCaseForm() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"))
        #expect(state.screen == .newCase)
        #expect(state.form?.text("received") == "2026-11-24")
    }

    @Test func helpAndQuit() {
        var state = Fixtures.state()
        Fixtures.press(&state, .function(1))
        #expect(state.helpShown)
        Fixtures.press(&state, .char("x"))
        #expect(!state.helpShown)
        Fixtures.press(&state, .char("?"))
        #expect(state.helpShown)
        Fixtures.press(&state, .escape)
        let effects = Fixtures.press(&state, .char("q"))
        #expect(effects.last == .quit)
        #expect(state.quitting)
    }
}

@Suite struct NewCaseUpdateTests {
    @Test func fillingTheFormCreatesACase() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"))
        _ = Fixtures.type(&state, "Zoë Ångström")
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "Remarks in class")
        Fixtures.press(&state, .enter)
        _ = Fixtures.type(&state, "about a group")
        Fixtures.press(&state, .tab, .tab)
        _ = Fixtures.type(&state, "A. Teacher")
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "Form tutor")
        let effects = Fixtures.press(&state, .enter)
        #expect(effects == [.createCase(NewCase(
            subjectName: "Zoë Ångström", reason: "Remarks in class\nabout a group", receivedOn: Fixtures.date("2026-11-24"),
            referrer: "A. Teacher", referrerRole: "Form tutor"))])
    }

    @Test func escapeOnABlankFormGoesBack() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"))
        let effects = Fixtures.press(&state, .escape)
        #expect(state.screen == .caseList)
        #expect(effects == [.closeCase, .listCases])
    }

    @Test func escapeOnAnIncompleteFormAsksBeforeDiscarding() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"), .tab)
        _ = Fixtures.type(&state, "A reason but no name")
        #expect(Fixtures.press(&state, .escape).isEmpty)
        #expect(state.screen == .newCase)
        #expect(state.messageIsWarning)
        #expect(state.form?.focus == 0)
        Fixtures.press(&state, .escape)
        #expect(state.screen == .caseList)
    }

    @Test func aBadDateIsRefusedWithTheFieldFocused() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"))
        _ = Fixtures.type(&state, "Name")
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "Reason")
        Fixtures.press(&state, .tab, .end)
        _ = Fixtures.type(&state, "x")
        #expect(Fixtures.press(&state, .ctrl("s")).isEmpty)
        #expect(state.form?.focus == 2)
        #expect(state.message.contains("is not a date"))
    }
}

@Suite struct OverviewUpdateTests {
    @Test func enterOnASectionOpensTheChecklistAtItsFirstOpenItem() {
        var state = Fixtures.openState()
        #expect(state.screen == .overview)
        Fixtures.press(&state, .down, .enter)
        #expect(state.screen == .checklist)
        #expect(state.currentItem?.id == "engagement.violent-contacts")
    }

    @Test func lettersJumpToEachPart() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("d"))
        #expect(state.screen == .decision)
        Fixtures.press(&state, .escape)
        #expect(state.screen == .overview)
        Fixtures.press(&state, .char("s"))
        #expect(state.screen == .summary)
        Fixtures.press(&state, .escape, .char("o"))
        #expect(state.screen == .concerns)
        Fixtures.press(&state, .escape, .char("p"))
        #expect(state.screen == .actions)
    }

    @Test func escapeClosesTheCase() {
        var state = Fixtures.openState()
        let effects = Fixtures.press(&state, .escape)
        #expect(effects == [.closeCase, .listCases])
        #expect(state.open == nil)
        #expect(state.screen == .caseList)
    }
}

@Suite struct ChecklistUpdateTests {
    func checklist() -> AppState {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("c"))
        return state
    }

    @Test func statusKeysSaveAtOnce() {
        var state = checklist()
        Fixtures.press(&state, .down)
        let item = state.currentItem!
        #expect(item.kind == .rated || item.kind == .narrative)
        // Go to a rated item and set each status.
        Fixtures.press(&state, .pageDown)
        #expect(state.currentItem?.id == "engagement.group-identification")
        for (key, status) in [("0", AnswerStatus.noConcern), ("1", .someConcern), ("2", .significantConcern),
                              ("n", .notApplicable), ("u", .unknown), ("x", .notAssessed)] {
            let effects = Fixtures.press(&state, .char(Character(key)))
            let saved = Fixtures.savedRecord(effects)
            #expect(saved?.answers["engagement.group-identification"]?.status == status)
            #expect(state.open?.record.answers["engagement.group-identification"]?.status == status)
        }
    }

    @Test func questionMarkTogglesGuidance() {
        var state = checklist()
        #expect(state.guidanceShown)
        Fixtures.press(&state, .char("?"))
        #expect(!state.guidanceShown)
        #expect(!state.helpShown)
    }

    @Test func bracketJumpsToTheNextUnansweredOrUnknownItem() {
        var state = checklist()
        Fixtures.press(&state, .pageDown)
        Fixtures.press(&state, .char("]"))
        #expect(state.currentItem?.id == "engagement.extremist-material")
        Fixtures.press(&state, .char("]"))
        #expect(state.currentItem?.id == "engagement.violent-contacts")
        Fixtures.press(&state, .char("["))
        #expect(state.currentItem?.id == "engagement.extremist-material")
    }

    @Test func theEvidenceEditorSavesOnEscape() {
        var state = checklist()
        Fixtures.press(&state, .pageDown, .enter)
        #expect(state.editing == .note)
        Fixtures.press(&state, .end)
        _ = Fixtures.type(&state, " Later: 日本 again.")
        let effects = Fixtures.press(&state, .escape)
        #expect(state.editing == nil)
        #expect(Fixtures.savedRecord(effects)?.answers["engagement.group-identification"]?.note
                == "Zoë said 日本 was where the group met; wears its badge daily. Later: 日本 again.")
    }

    @Test func tabSavesAndMovesToSourceThenDate() {
        var state = checklist()
        Fixtures.press(&state, .down, .down)
        Fixtures.press(&state, .char("e"))
        _ = Fixtures.type(&state, "Because of the trip")
        var effects = Fixtures.press(&state, .tab)
        #expect(state.editing == .source)
        #expect(Fixtures.savedRecord(effects) != nil)
        _ = Fixtures.type(&state, "Mother")
        Fixtures.press(&state, .tab)
        #expect(state.editing == .date)
        _ = Fixtures.type(&state, "not a date")
        #expect(Fixtures.press(&state, .enter).isEmpty)
        #expect(state.editing == .date)
        #expect(state.messageIsWarning)
        Fixtures.press(&state, .ctrl("w"), .ctrl("w"), .ctrl("w"))
        _ = Fixtures.type(&state, "today")
        effects = Fixtures.press(&state, .enter)
        #expect(state.editing == nil)
        #expect(Fixtures.savedRecord(effects)?.answers["referral.concern"]?.observedOn == Fixtures.date("2026-11-24")
                || state.open?.record.answer(for: state.currentItem!.id).observedOn == Fixtures.date("2026-11-24"))
        #expect(state.open?.record.answer(for: state.currentItem!.id).source == "Mother")
    }

    @Test func aSecondEscapeOnABadDateLeavesTheDateAsItWas() {
        var state = checklist()
        Fixtures.press(&state, .pageDown, .char("d"))
        _ = Fixtures.type(&state, "soon")
        #expect(Fixtures.press(&state, .escape).isEmpty)
        #expect(state.editing == .date)
        #expect(Fixtures.press(&state, .escape).isEmpty)
        #expect(state.editing == nil)
        #expect(state.open?.record.answer(for: "engagement.group-identification").observedOn == Fixtures.date("2026-11-17"))
    }

    @Test func idleTypingIsSavedOnATickAfterTwoSeconds() {
        var state = checklist()
        Fixtures.press(&state, .enter)
        _ = Fixtures.type(&state, "Half a thought")
        #expect(update(&state, .tick(Fixtures.now.adding(seconds: 1))).allSatisfy { if case .save = $0 { false } else { true } })
        let effects = update(&state, .tick(Fixtures.now.adding(seconds: 3)))
        #expect(Fixtures.savedRecord(effects)?.answers[state.currentItem!.id]?.note.hasSuffix("Half a thought") == true)
        #expect(state.editing == .note)
    }

    @Test func theSessionRemembersTheItemAndAnyDraft() {
        var state = checklist()
        Fixtures.press(&state, .down)
        var effects = update(&state, .tick(Fixtures.now))
        #expect(effects.contains { if case .writeSession(let session) = $0 { session.itemID == state.currentItem?.id } else { false } })
        Fixtures.press(&state, .enter)
        _ = Fixtures.type(&state, "draft")
        effects = update(&state, .tick(Fixtures.now))
        #expect(effects.isEmpty, "at most one session write a second")
        effects = update(&state, .tick(Fixtures.now.adding(seconds: 1)))
        #expect(effects.contains { if case .writeSession(let session) = $0 { session.draft?.text.hasSuffix("draft") == true } else { false } })
    }

    @Test func aHangupSavesTheEditorAndQuits() {
        var state = checklist()
        Fixtures.press(&state, .enter)
        _ = Fixtures.type(&state, "typed when the line dropped")
        let effects = update(&state, .hangup)
        #expect(Fixtures.savedRecord(effects)?.answers[state.currentItem!.id]?.note.hasSuffix("typed when the line dropped") == true)
        #expect(effects.last == .quit)
    }

    @Test func aReadOnlyCaseRefusesChanges() {
        var state = Fixtures.openState(readOnly: true)
        Fixtures.press(&state, .char("c"), .pageDown)
        #expect(Fixtures.press(&state, .char("2")).isEmpty)
        #expect(state.message.contains("mpatel"))
        #expect(Fixtures.press(&state, .enter).isEmpty)
        #expect(state.editing == nil)
    }

    @Test func cLogsAConcernUnderTheItemsHeading() {
        var state = checklist()
        Fixtures.press(&state, .pageDown, .char("c"))
        #expect(state.screen == .concerns)
        #expect(state.form?.choice("heading") == "engagement")
        Fixtures.press(&state, .escape)
        #expect(state.form == nil)
        Fixtures.press(&state, .escape)
        #expect(state.screen == .checklist)
    }
}

@Suite struct LogUpdateTests {
    @Test func addEditAndRemoveAConcern() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("o"), .char("a"))
        _ = Fixtures.type(&state, "Shared a violent video")
        Fixtures.press(&state, .tab, .tab, .tab, .right)
        var effects = Fixtures.press(&state, .ctrl("s"))
        let added = Fixtures.savedRecord(effects)?.concerns.last
        #expect(added?.id == 3)
        #expect(added?.what == "Shared a violent video")
        #expect(added?.severity == .high)
        #expect(state.logCursor[.concerns] == 2)

        Fixtures.press(&state, .up, .enter)
        #expect(state.form?.text("what") == "Says the government lies about everything.")
        Fixtures.press(&state, .end)
        _ = Fixtures.type(&state, " Often.")
        effects = Fixtures.press(&state, .escape)
        #expect(Fixtures.savedRecord(effects)?.concerns[1].what == "Says the government lies about everything. Often.")

        #expect(Fixtures.press(&state, .char("d")).isEmpty)
        #expect(state.confirmRemove)
        #expect(Fixtures.press(&state, .char("n")).isEmpty)
        #expect(state.open?.record.concerns.count == 3)
        Fixtures.press(&state, .char("d"))
        effects = Fixtures.press(&state, .char("y"))
        #expect(Fixtures.savedRecord(effects)?.concerns.map(\.id) == [1, 3])
    }

    @Test func strengthsAgenciesAndActions() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("t"), .char("a"))
        _ = Fixtures.type(&state, "Goes to football on Saturdays")
        var effects = Fixtures.press(&state, .ctrl("s"))
        #expect(Fixtures.savedRecord(effects)?.strengths.last?.what == "Goes to football on Saturdays")

        Fixtures.press(&state, .escape, .char("a"), .char("a"), .right, .tab, .tab)
        _ = Fixtures.type(&state, "Known to the youth service")
        effects = Fixtures.press(&state, .ctrl("s"))
        #expect(Fixtures.savedRecord(effects)?.agencies.last?.agency == Fixtures.settings.agencies[1].id)

        Fixtures.press(&state, .escape, .char("p"))
        effects = Fixtures.press(&state, .char(" "))
        #expect(Fixtures.savedRecord(effects)?.actions[0].done == true)
        #expect(Fixtures.savedRecord(effects)?.actions[0].doneOn == Fixtures.date("2026-11-24"))
    }
}

@Suite struct DecisionAndSummaryUpdateTests {
    @Test func theDecisionComesFromTheSettings() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("d"), .right, .right, .tab, .right)
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "Reasons")
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "2027-02-24")
        let effects = Fixtures.press(&state, .enter)
        let decision = Fixtures.savedRecord(effects)?.decision
        #expect(decision?.threshold == Fixtures.settings.thresholds[2].id)
        #expect(decision?.route == Fixtures.settings.routes[1].id)
        #expect(decision?.rationale == "Reasons")
        #expect(decision?.reviewOn == Fixtures.date("2027-02-24"))
        #expect(decision?.decidedBy == "jsmith")
        #expect(Fixtures.savedRecord(effects)?.status == .decided)
        #expect(state.screen == .overview)
    }

    @Test func aDecisionNeedsARationale() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("d"))
        #expect(Fixtures.press(&state, .ctrl("s")).isEmpty)
        #expect(state.form?.focus == 2)
        #expect(state.message.contains("Rationale is needed"))
    }

    @Test func theSummaryScrollsWithinItsLength() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"))
        Fixtures.press(&state, .up)
        #expect(state.summaryScroll == 0)
        Fixtures.press(&state, .down, .down)
        #expect(state.summaryScroll == 2)
        Fixtures.press(&state, .end)
        #expect(state.summaryScroll == max(0, state.summaryLines.count - (24 - 5)))
        Fixtures.press(&state, .home)
        #expect(state.summaryScroll == 0)
        Fixtures.press(&state, .escape)
        #expect(state.screen == .overview)
    }

    @Test func f4ShowsNamesOnTheCurrentScreenOnly() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .function(4))
        #expect(state.namesShown)
        Fixtures.press(&state, .char("c"))
        #expect(!state.namesShown)
    }
}

@Suite struct SessionUpdateTests {
    @Test func resumingOpensTheCaseAndPutsTheDraftBack() {
        var state = Fixtures.state()
        state.resumeOffer = WorkbenchSession(
            reference: CaseReference("KTR-4827"), screen: "checklist", itemID: "engagement.us-and-them",
            draft: .init(field: "note", itemID: "engagement.us-and-them", text: "Calls classmates traitors. And more"),
            savedAt: Fixtures.now)
        #expect(Fixtures.press(&state, .char("j")).isEmpty)
        let effects = Fixtures.press(&state, .enter)
        #expect(effects == [.openCase(CaseReference("KTR-4827")!)])
        _ = update(&state, .opened(OpenCase(record: Fixtures.record(), template: Fixtures.template)))
        #expect(state.screen == .checklist)
        #expect(state.currentItem?.id == "engagement.us-and-them")
        #expect(state.editing == .note)
        #expect(state.editor.text == "Calls classmates traitors. And more")
        #expect(state.editor.changed)
    }

    /// A new case that cannot be saved yet (no name) when the connection drops: the hangup keeps the form in
    /// the session file, and the next start offers it back with what was typed.
    @Test func aHalfFilledNewCaseFormSurvivesAHangup() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"), .tab)
        _ = Fixtures.type(&state, "Shouted threats outside the mosque")
        let effects = update(&state, .hangup)
        let written = try #require(effects.compactMap { effect -> WorkbenchSession? in
            if case .writeSession(let session) = effect { return session }
            return nil
        }.first)
        #expect(!effects.contains { if case .createCase = $0 { return true } else { return false } })
        #expect(written.reference == nil)
        #expect(written.form?.purpose == "new-case")
        #expect(written.form?.texts["reason"] == "Shouted threats outside the mosque")

        var next = Fixtures.state()
        next.resumeOffer = written
        #expect(view(next, size: Fixtures.small).text.contains("the new case you were filling in"))
        #expect(Fixtures.press(&next, .enter).isEmpty)
        #expect(next.screen == .newCase)
        #expect(next.form?.text("reason") == "Shouted threats outside the mosque")
        #expect(next.form?.text("name") == "")
        // The hangup's attempt to save stopped at the missing name, so that is where the cursor comes back.
        #expect(next.form?.fields[next.form!.focus].id == "name")
        #expect(next.form?.changed == true)
    }

    /// A concern being written when the session ends comes back on the concerns screen of its case; once it
    /// is saved, the session file forgets it, so it is never offered twice.
    @Test func aConcernFormComesBackWithItsCaseAndIsForgottenOnceSaved() throws {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("c"))
        #expect(state.screen == .checklist)
        Fixtures.press(&state, .char("c"))
        #expect(state.screen == .concerns)
        _ = Fixtures.type(&state, "Posted a video praising an attack")
        let tick = Timestamp(secondsSinceEpoch: Fixtures.now.secondsSinceEpoch + 1)
        let written = try #require(update(&state, .tick(tick)).compactMap { effect -> WorkbenchSession? in
            if case .writeSession(let session) = effect { return session }
            return nil
        }.first)
        #expect(written.form?.purpose == "entry:concerns:new")

        var next = Fixtures.state()
        next.resumeOffer = written
        #expect(Fixtures.press(&next, .enter) == [.openCase(CaseReference("KTR-4827")!)])
        _ = update(&next, .opened(OpenCase(record: Fixtures.record(), template: Fixtures.template)))
        #expect(next.screen == .concerns)
        #expect(next.form?.text("what") == "Posted a video praising an attack")

        // Saved: the next tick writes a session without the form.
        #expect(Fixtures.press(&next, .escape).contains { if case .save = $0 { return true } else { return false } })
        #expect(next.form == nil)
        let later = Timestamp(secondsSinceEpoch: Fixtures.now.secondsSinceEpoch + 5)
        let rewritten = update(&next, .tick(later)).compactMap { effect -> WorkbenchSession? in
            if case .writeSession(let session) = effect { return session }
            return nil
        }.first
        #expect(rewritten != nil && rewritten?.form == nil)
    }

    /// Resuming into a case someone else now has open: the text is not lost. It waits (and stays in the
    /// session file) until they close the case, then goes back into the editor.
    @Test func textKeptForACaseOpenElsewhereComesBackWhenItIsLetGo() {
        var state = Fixtures.state()
        state.resumeOffer = WorkbenchSession(
            reference: CaseReference("KTR-4827"), screen: "checklist", itemID: "engagement.us-and-them",
            draft: .init(field: "note", itemID: "engagement.us-and-them", text: "Calls classmates traitors. Twice."),
            savedAt: Fixtures.now)
        Fixtures.press(&state, .enter)
        let holder = CaseHold.Holder(user: "mpatel", host: "hostA", pid: 42, since: Fixtures.now)
        _ = update(&state, .opened(OpenCase(record: Fixtures.record(), template: Fixtures.template, readOnly: true, heldBy: holder)))
        #expect(state.editing == nil)
        #expect(state.messageIsWarning)
        #expect(state.message.contains("mpatel has this case open"))
        #expect(state.message.contains("kept"))
        #expect(state.session.draft?.text == "Calls classmates traitors. Twice.", "kept in the session file meanwhile")

        _ = update(&state, .refreshed(OpenCase(record: Fixtures.record(), template: Fixtures.template)))
        #expect(state.readOnly == false)
        #expect(state.editing == .note)
        #expect(state.editor.text == "Calls classmates traitors. Twice.")
        #expect(state.editor.changed)
        #expect(state.pendingResume == nil)
    }

    @Test func escapeDeclinesTheOffer() {
        var state = Fixtures.state()
        state.resumeOffer = WorkbenchSession(reference: CaseReference("KTR-4827"), screen: "overview", itemID: nil, draft: nil, savedAt: Fixtures.now)
        #expect(Fixtures.press(&state, .escape).isEmpty)
        #expect(state.resumeOffer == nil)
        #expect(state.screen == .caseList)
    }

    @Test func aConflictReloadsAndSaysSo() {
        var state = Fixtures.openState()
        var newer = Fixtures.record()
        newer.revision = 9
        _ = update(&state, .conflict(by: "mpatel", current: newer))
        #expect(state.open?.record.revision == 9)
        #expect(state.messageIsWarning)
        _ = update(&state, .saved(newer))
        #expect(state.open?.record == newer)
    }

    @Test func resizeIsRemembered() {
        var state = Fixtures.state()
        _ = update(&state, .resize(Size(columns: 100, rows: 30)))
        #expect(state.size == Size(columns: 100, rows: 30))
    }
}

@Suite struct ConflictUpdateTests {
    @Test func textRefusedByAConflictGoesBackIntoTheEditor() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("c"), .pageDown, .enter)
        _ = Fixtures.type(&state, " More.")
        #expect(!Fixtures.press(&state, .escape).isEmpty)
        #expect(state.editing == nil)
        var theirs = Fixtures.record()
        theirs.revision = 9
        _ = update(&state, .conflict(by: "mpatel", current: theirs))
        #expect(state.open?.record.revision == 9)
        #expect(state.editing == .note)
        #expect(state.editor.text.hasSuffix("daily. More."))
        #expect(state.editor.changed)
        let effects = Fixtures.press(&state, .escape)
        guard case .save(let record, let base, _)? = effects.first else {
            Issue.record("expected a save")
            return
        }
        #expect(base == 9)
        #expect(record.answers["engagement.group-identification"]?.note.hasSuffix("More.") == true)
    }
}

@Suite struct ReadOnlyRefreshTests {
    @Test func aReadOnlyCaseIsReadAgainAndBecomesWritableWhenLetGo() {
        var state = Fixtures.openState(readOnly: true)
        let tick = Timestamp(secondsSinceEpoch: (Fixtures.now.secondsSinceEpoch / 5 + 1) * 5)
        let effects = update(&state, .tick(tick))
        #expect(effects.contains(.refresh(CaseReference("KTR-4827")!)))
        #expect(!update(&state, .tick(tick)).contains(.refresh(CaseReference("KTR-4827")!)))
        var newer = Fixtures.record()
        newer.revision = 8
        _ = update(&state, .refreshed(OpenCase(record: newer, template: Fixtures.template)))
        #expect(state.open?.readOnly == false)
        #expect(state.open?.record.revision == 8)
        #expect(state.message.contains("mpatel has closed this case"))
    }
}
