import CaseworkCore
import CaseworkUI
import Testing

/// `e` on the overview corrects the person and the referral after the new-case form (issue 15: no date
/// of birth anywhere in the workbench, so both summaries said "Age: not known" for a 16-year-old).
@Suite struct DetailsUpdateTests {
    /// The fixture case with no date of birth, as the new-case form leaves it.
    static func withoutDateOfBirth() -> AppState {
        var record = Fixtures.record()
        record.subject.dateOfBirth = nil
        return Fixtures.openState(record: record)
    }

    @Test func aDateOfBirthAddedOnTheOverviewIsSavedAndGivesTheAge() {
        var state = Self.withoutDateOfBirth()
        Fixtures.press(&state, .char("e"))
        #expect(state.form?.purpose == .details)
        #expect(state.screen == .overview)
        Fixtures.press(&state, .tab)
        _ = Fixtures.type(&state, "2010-05-01")
        let effects = Fixtures.press(&state, .escape)
        let saved = Fixtures.savedRecord(effects)
        #expect(saved?.subject.dateOfBirth == Fixtures.date("2010-05-01"))
        guard case .save(_, _, let summary)? = effects.first(where: { if case .save = $0 { true } else { false } }) else {
            Issue.record("no save effect")
            return
        }
        #expect(summary == "Date of birth corrected")
        #expect(state.form == nil && state.screen == .overview, "Esc saves and stays on the overview")
        #expect(view(state, size: Fixtures.small).text.contains("Subject: Z.Å.Ō., 16"))
    }

    @Test func aNameAndReferrerCorrectedTogetherAreOneRevision() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("e"))
        Fixtures.press(&state, .ctrl("u"))
        _ = Fixtures.type(&state, "Zoe Angstrom-Ota")
        for _ in 0..<6 { Fixtures.press(&state, .tab) }
        #expect(state.form?.fields[state.form!.focus].id == "referrer")
        Fixtures.press(&state, .ctrl("u"))
        _ = Fixtures.type(&state, "Mr A. Teacher")
        let effects = Fixtures.press(&state, .ctrl("s"))
        let saved = Fixtures.savedRecord(effects)
        #expect(saved?.subject.name == "Zoe Angstrom-Ota")
        #expect(saved?.referral.referrer == "Mr A. Teacher")
        #expect(effects.filter { if case .save = $0 { true } else { false } }.count == 1)
        #expect(state.form?.purpose == .details, "F2 saves and keeps the form open")
    }

    @Test func aDateOfBirthInTheFutureIsRefusedWithASentenceAndNothingSaved() {
        var state = Self.withoutDateOfBirth()
        Fixtures.press(&state, .char("e"), .tab)
        _ = Fixtures.type(&state, "2031-01-01")
        let effects = Fixtures.press(&state, .ctrl("s"))
        #expect(Fixtures.savedRecord(effects) == nil)
        #expect(state.message.contains("2031-01-01 is in the future"))
        #expect(state.form?.fields[state.form!.focus].id == "dob")
    }

    @Test func anAgeThatIsNotANumberIsRefused() {
        var state = Self.withoutDateOfBirth()
        Fixtures.press(&state, .char("e"), .tab, .tab)
        _ = Fixtures.type(&state, "about 15")
        #expect(Fixtures.savedRecord(Fixtures.press(&state, .ctrl("s"))) == nil)
        #expect(state.message.contains("not a number of years"))
    }

    @Test func aReadOnlyCaseOpensNoDetailsForm() {
        var state = Fixtures.openState(readOnly: true)
        Fixtures.press(&state, .char("e"))
        #expect(state.form == nil)
        #expect(state.message.contains("Read-only"))
    }

    @Test func theFormAt80x24() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("e"))
        let screen = view(state, size: Fixtures.small).text
        for label in ["Name", "Date of birth", "Age if no date", "Language", "Referral reason", "Date received", "Referrer", "Referrer's role"] {
            #expect(screen.contains(label), "\(label) on the form")
        }
        #expect(screen.contains("Zoë Ångström-Ōta"), "the form shows the name it corrects")
    }
}
