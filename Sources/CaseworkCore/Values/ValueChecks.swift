/// The checks a practitioner would make on a value before it goes in a record, in one place, so the
/// command line and the workbench's forms refuse the same things with the same sentence.
///
/// Each check throws `CaseworkError.invalidArgument` with one sentence naming the field and what to do;
/// the caller checks before it writes anything. `today` is injected so tests can fix the day.
public enum ValueChecks {
    /// Text must hold something a person can read: not only whitespace, control or format characters, or
    /// U+FFFD (what bytes that are not UTF-8 become), and no control characters other than newline, CR and tab.
    public static func printableText(_ text: String, field: String) throws {
        let visible = text.unicodeScalars.contains { scalar in
            !scalar.properties.isWhitespace && scalar != "\u{FFFD}" && TextSanitizer.escape(for: scalar, keepNewlines: true) == nil
        }
        guard visible else {
            throw CaseworkError.invalidArgument("\(field) must hold printable text; type it again in plain words.")
        }
        if let control = text.unicodeScalars.first(where: isControl) {
            throw CaseworkError.invalidArgument(
                "\(field) holds a control character (\(TextSanitizer.line(String(control)))); remove it and type the text again.")
        }
    }

    /// An optional text: left out or empty is fine (it clears the field); anything else must be printable.
    public static func optionalText(_ text: String?, field: String) throws {
        guard let text, !text.isEmpty else { return }
        try printableText(text, field: field)
    }

    /// A date of birth is not in the future, nor after the referral came in.
    public static func dateOfBirth(_ born: LocalDate, receivedOn: LocalDate?, today: LocalDate) throws {
        if born > today {
            throw CaseworkError.invalidArgument("The date of birth \(born) is in the future; check the year.")
        }
        if let receivedOn, born > receivedOn {
            throw CaseworkError.invalidArgument(
                "The date of birth \(born) is after the referral was received (\(receivedOn)); check both dates.")
        }
    }

    /// An approximate age given with a date of birth must agree with it on the referral day (within a year).
    public static func age(_ age: Int, agreesWith born: LocalDate, on day: LocalDate) throws {
        let actual = born.wholeYears(until: day)
        if abs(actual - age) > 1 {
            throw CaseworkError.invalidArgument(
                "An age of \(age) does not agree with the date of birth \(born) (\(actual) on \(day)); give one or correct the other.")
        }
    }

    /// The day a referral came in cannot be in the future.
    public static func receivedOn(_ day: LocalDate, today: LocalDate) throws {
        if day > today {
            throw CaseworkError.invalidArgument("The referral cannot have been received on \(day), which is in the future; check the date.")
        }
    }

    /// A day something was seen, said or agreed (evidence, consent) cannot be in the future.
    public static func observedOn(_ day: LocalDate, field: String, today: LocalDate) throws {
        if day > today {
            throw CaseworkError.invalidArgument("\(field) \(day) is in the future; give the day it happened.")
        }
    }

    /// A case is closed neither in the future nor before it began (the referral or the record, whichever
    /// came first).
    public static func closedOn(_ day: LocalDate, record: CaseRecord, today: LocalDate) throws {
        if day > today {
            throw CaseworkError.invalidArgument("The closing date \(day) is in the future; record it on the day the case closes.")
        }
        let began = min(record.referral.receivedOn, record.createdAt.day)
        if day < began {
            throw CaseworkError.invalidArgument(
                "The closing date \(day) is before case \(record.reference) began (\(began)); check the date.")
        }
    }

    /// A review date in the past is kept (a decision may be recorded late) but said out loud.
    public static func reviewWarning(_ day: LocalDate?, today: LocalDate) -> String? {
        guard let day, day < today else { return nil }
        return "The review date \(day) is already past; it was saved, so set a new one if the review is still to come."
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false  // tab, newline, and the CR of text pasted from Windows
        case 0x00..<0x20, 0x7F..<0xA0: return true
        default: return false
        }
    }
}
