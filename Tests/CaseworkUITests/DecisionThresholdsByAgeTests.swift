import CaseworkCore
import CaseworkUI
import Testing

/// The decision form offers only the threshold levels that can apply to the person's age on the referral
/// date: no child protection for an adult, no Care Act enquiry for a child.
@Suite struct DecisionThresholdsByAgeTests {
    func offered(dateOfBirth: String?) -> [String] {
        var record = Fixtures.record()
        record.subject.dateOfBirth = dateOfBirth.map(Fixtures.date)
        record.subject.approximateAge = nil
        var state = Fixtures.openState(record: record)
        Fixtures.press(&state, .char("d"))
        return state.thresholdsForOpenCase.map(\.id)
    }

    @Test func anAdultIsOfferedTheAdultLevels() {
        #expect(offered(dateOfBirth: "1990-06-01") == ["no-further-action", "universal", "adult-early-support", "adult-safeguarding-s42"])
    }

    @Test func aChildIsOfferedTheChildrensLevels() {
        #expect(offered(dateOfBirth: "2012-06-01") == ["no-further-action", "universal", "early-help", "child-in-need", "child-protection"])
    }

    @Test func withNoAgeEveryLevelIsOffered() {
        #expect(offered(dateOfBirth: nil).count == Fixtures.settings.thresholds.count)
    }
}
