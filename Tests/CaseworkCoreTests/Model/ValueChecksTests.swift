import CaseworkCore
import Testing

/// The practitioner's checks on dates and text, which the command line and the workbench share.
@Suite struct ValueChecksTests {
    let today = LocalDate(iso8601: "2026-11-24")!

    func day(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    func refused(_ check: () throws -> Void) -> String? {
        do {
            try check()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aBirthDateInTheFutureOrAfterTheReferralIsRefused() {
        #expect(refused { try ValueChecks.dateOfBirth(day("2099-01-01"), receivedOn: nil, today: today)}?.contains("future") == true)
        #expect(refused { try ValueChecks.dateOfBirth(day("2026-11-20"), receivedOn: day("2026-11-01"), today: today) } != nil)
        #expect(refused { try ValueChecks.dateOfBirth(day("2011-03-04"), receivedOn: day("2026-11-01"), today: today) } == nil)
    }

    @Test func ageAndDateOfBirthMustAgreeWithinAYear() {
        let born = day("2011-03-04")
        let received = day("2026-11-01")
        #expect(refused { try ValueChecks.age(15, agreesWith: born, on: received) } == nil)
        #expect(refused { try ValueChecks.age(14, agreesWith: born, on: received) } == nil)
        #expect(refused { try ValueChecks.age(16, agreesWith: born, on: received) } == nil)
        #expect(refused { try ValueChecks.age(40, agreesWith: born, on: received) }?.contains("does not agree") == true)
    }

    @Test func aReferralOrAnObservationInTheFutureIsRefused() {
        #expect(refused { try ValueChecks.receivedOn(day("2999-01-01"), today: today) } != nil)
        #expect(refused { try ValueChecks.receivedOn(today, today: today) } == nil)
        #expect(refused { try ValueChecks.observedOn(day("2026-11-25"), field: "--date", today: today) }?.hasPrefix("--date") == true)
    }

    @Test func aClosingDateIsNeitherInTheFutureNorBeforeTheCaseBegan() throws {
        let record = CaseRecord(
            reference: CaseReference("KTR-4827")!, subject: Subject(name: "A Person"),
            lead: "lead", referral: Referral(reason: "Test", receivedOn: day("2026-10-01")),
            templateID: "casework-standard", templateVersion: "1", createdAt: Timestamp(iso8601: "2026-10-02T09:00:00Z")!,
            createdBy: "lead")
        #expect(refused { try ValueChecks.closedOn(day("2999-01-01"), record: record, today: today) }?.contains("future") == true)
        #expect(refused { try ValueChecks.closedOn(day("2026-09-30"), record: record, today: today) }?.contains("before") == true)
        #expect(refused { try ValueChecks.closedOn(day("2026-10-01"), record: record, today: today) } == nil)
    }

    @Test func aPastReviewDateIsWarnedAboutNotRefused() {
        #expect(ValueChecks.reviewWarning(day("2026-11-01"), today: today)?.contains("already past") == true)
        #expect(ValueChecks.reviewWarning(today, today: today) == nil)
        #expect(ValueChecks.reviewWarning(nil, today: today) == nil)
    }

    @Test func textMustHoldPrintableText() {
        for bad in ["", "   ", "\u{FFFD}\u{FFFD}\u{FFFD}", "\u{200B}\u{202E}", " \u{FFFD} \n\t"] {
            #expect(refused { try ValueChecks.printableText(bad, field: "--subject") }?.contains("printable text") == true, "\(Array(bad.unicodeScalars))")
        }
        #expect(refused { try ValueChecks.printableText("Ana\u{1B}[2J", field: "--subject") }?.contains("control character") == true)
        for good in ["Zoë Ångström", "محمد", "Line one\nline two", "O'Neil\tSmith", "👩‍👧"] {
            #expect(refused { try ValueChecks.printableText(good, field: "--subject") } == nil, "\(good)")
        }
    }
}
