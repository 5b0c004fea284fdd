import CaseworkCore
import CaseworkUI
import Testing

/// Issue 15: once a field was left, the form showed only the end of a long value ("From whom: Kai also
/// agreed" for "Mother (Ms Brennan), who has parental responsibility; Kai also agreed"), which looks
/// like lost text. A field that is not focused wraps its value from the start.
@Suite struct LongFieldValueTests {
    @Test func aLongValueIsShownWholeOnceTheFieldIsLeft() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"))
        Fixtures.press(&state, .char("c"))
        #expect(state.form?.purpose == .consent)
        while state.form?.fields[state.form!.focus].id != "agreedWho" { Fixtures.press(&state, .tab) }
        _ = Fixtures.type(&state, "Mother (Ms Brennan), who has parental responsibility; Kai also agreed")
        Fixtures.press(&state, .tab)
        let screen = view(state, size: Fixtures.small).text
        #expect(screen.contains("Mother (Ms Brennan), who has parental"), "the start of the value: \(screen)")
        #expect(screen.contains("also agreed"), "and its end, on the next row")
    }
}
