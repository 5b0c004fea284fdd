import CaseworkCore
import CaseworkUI
import Testing

/// The new-case and decision forms use the same `ValueChecks` as the command line: a referral received
/// in the future is refused with the form kept, and a review date in the past is saved with a warning.
@Suite struct NewCaseValueCheckTests {
    @Test func aReferralReceivedInTheFutureIsRefusedAndTheFormKept() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"))
        _ = Fixtures.type(&state, "Zoë Ångström")
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "Remarks in class")
        Fixtures.press(&state, .tab)
        for _ in 0..<10 { Fixtures.press(&state, .backspace) }
        _ = Fixtures.type(&state, "2999-01-01")
        let effects = Fixtures.press(&state, .enter, .enter, .enter)
        #expect(!effects.contains { if case .createCase = $0 { return true } else { return false } })
        #expect(state.screen == .newCase)
        #expect(state.messageIsWarning == true)
        #expect(state.message.contains("2999-01-01") && state.message.contains("future"))
        #expect(state.form?.text("name") == "Zoë Ångström", "what was typed is kept")
    }

    @Test func aSubjectMadeOnlyOfReplacementCharactersIsRefused() {
        var state = Fixtures.state()
        Fixtures.press(&state, .char("n"))
        _ = Fixtures.type(&state, "\u{FFFD}\u{FFFD}")
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "Remarks in class")
        Fixtures.press(&state, .tab)
        let effects = Fixtures.press(&state, .enter, .enter, .enter)
        #expect(!effects.contains { if case .createCase = $0 { return true } else { return false } })
        #expect(state.message.contains("printable text"))
    }

    @Test func aPastReviewDateIsSavedWithAWarningOnTheStatusLine() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("d"), .right, .right, .tab, .right)
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "Reasons")
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "2026-01-05")
        let effects = Fixtures.press(&state, .enter)
        #expect(Fixtures.savedRecord(effects)?.decision?.reviewOn == Fixtures.date("2026-01-05"), "saved all the same")
        #expect(state.messageIsWarning == true)
        #expect(state.message.contains("already past"))
    }

    @Test func aConcernObservedInTheFutureIsRefusedWithTheFormKept() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("o"), .char("a"))
        _ = Fixtures.type(&state, "Shared a violent video")
        Fixtures.press(&state, .tab, .tab, .tab, .tab, .tab)
        #expect(state.form?.fields[state.form!.focus].id == "observed")
        _ = Fixtures.type(&state, "2999-01-01")
        let effects = Fixtures.press(&state, .ctrl("s"))
        #expect(Fixtures.savedRecord(effects) == nil, "nothing saved")
        #expect(state.messageIsWarning == true)
        #expect(state.message.contains("2999-01-01") && state.message.contains("future"))
        #expect(state.form?.text("what") == "Shared a violent video", "what was typed is kept")
        #expect(state.form?.fields[state.form!.focus].id == "observed", "the field to fix has the focus")
    }
}
