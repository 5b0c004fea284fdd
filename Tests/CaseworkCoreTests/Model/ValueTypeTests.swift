import Foundation
import Testing
@testable import CaseworkCore

@Suite("Dates, times and references")
struct ValueTypeTests {
    @Test func timestampRoundTripsThroughText() throws {
        let time = Timestamp(secondsSinceEpoch: 1_795_512_345)
        #expect(time.iso8601 == "2026-11-24T09:25:45Z")
        #expect(Timestamp(iso8601: time.iso8601) == time)
        #expect(Timestamp(iso8601: "2026-11-24T10:25:45+01:00") == time)
        #expect(Timestamp(iso8601: "2026-11-24T09:25:45.123Z") == time)
        #expect(Timestamp(iso8601: "2026-11-24 06:45") == nil)
    }

    @Test func timestampMatchesFoundation() {
        for seconds: Int64 in [0, 951_782_400, 1_795_512_345, -86_401] {
            let formatter = ISO8601DateFormatter()
            #expect(Timestamp(secondsSinceEpoch: seconds).iso8601 == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
    }

    @Test func localDateRejectsImpossibleDays() {
        #expect(LocalDate(iso8601: "2024-02-29") != nil)
        #expect(LocalDate(iso8601: "2026-02-29") == nil)
        #expect(LocalDate(iso8601: "2026-13-01") == nil)
        #expect(LocalDate(iso8601: "26-11-24") == nil)
    }

    @Test func localDateArithmetic() {
        let date = LocalDate(year: 2026, month: 1, day: 31)!
        #expect(date.adding(months: 1) == LocalDate(year: 2026, month: 2, day: 28))
        #expect(date.adding(days: 1) == LocalDate(year: 2026, month: 2, day: 1))
        #expect(LocalDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(LocalDate(year: 2011, month: 11, day: 25)!.wholeYears(until: Fixtures.day) == 14)
        #expect(LocalDate(year: 2011, month: 11, day: 24)!.wholeYears(until: Fixtures.day) == 15)
    }

    @Test func referencesAreSayableAndForgiving() {
        #expect(CaseReference("ktr4827")?.rawValue == "KTR-4827")
        #expect(CaseReference("KTR-4827")?.spoken == "kilo tango romeo 4 8 2 7")
        #expect(CaseReference("AEI-1234") == nil, "vowels are never used")
        #expect(CaseReference("KTR-48271") == nil)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let reference = CaseReference.random(using: &generator)
            #expect(CaseReference(reference.rawValue) == reference)
        }
    }

    @Test func initialsHideTheName() {
        #expect(Subject(name: "Rowan Ashdown").initials == "R.A.")
        #expect(Subject(name: "Zoë Ní Bhriain-Ward").initials == "Z.N.B.W.")
        #expect(Subject(name: "  ").initials == "?")
    }

    @Test func looseStatusNames() {
        #expect(AnswerStatus(loose: "some") == .someConcern)
        #expect(AnswerStatus(loose: "U") == .unknown)
        #expect(AnswerStatus(loose: "significant-concern") == .significantConcern)
        #expect(AnswerStatus(loose: "maybe") == nil)
    }
}
