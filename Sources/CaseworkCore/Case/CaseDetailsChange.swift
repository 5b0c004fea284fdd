/// A correction of who the case is about and how it came in, after the case was opened: a name spelt
/// wrongly, a date of birth learnt later, the referrer's role. One type for the command line
/// (`casework details`) and the workbench's details form, so both check the same things and a change
/// lands in the history the same way.
///
/// Each field is nil when it is not being changed. `clearDateOfBirth` and `clearAge` remove a value.
public struct CaseDetailsChange: Hashable, Sendable {
    public var name: String?
    public var dateOfBirth: LocalDate?
    public var clearDateOfBirth = false
    public var approximateAge: Int?
    public var clearAge = false
    /// An empty text clears the language.
    public var language: String?
    public var reason: String?
    public var receivedOn: LocalDate?
    public var referrer: String?
    public var referrerRole: String?

    public init() {}

    public var isEmpty: Bool { self == CaseDetailsChange() }

    /// The record with the change made, after the same checks as `casework new`; throws one sentence
    /// naming the field, and changes nothing, when a value is wrong.
    public func applied(to record: CaseRecord, today: LocalDate) throws -> CaseRecord {
        var changed = record
        if let name {
            try ValueChecks.printableText(name, field: "The subject's name")
            changed.subject.name = name.trimmedOfSpaces
        }
        if let reason {
            try ValueChecks.printableText(reason, field: "The referral reason")
            changed.referral.reason = reason.trimmedOfSpaces
        }
        if let referrer {
            try ValueChecks.optionalText(referrer, field: "The referrer")
            changed.referral.referrer = referrer.trimmedOfSpaces
        }
        if let referrerRole {
            try ValueChecks.optionalText(referrerRole, field: "The referrer's role")
            changed.referral.referrerRole = referrerRole.trimmedOfSpaces
        }
        if let language {
            try ValueChecks.optionalText(language, field: "The language")
            changed.subject.language = language.trimmedOfSpaces.isEmpty ? nil : language.trimmedOfSpaces
        }
        if let receivedOn {
            try ValueChecks.receivedOn(receivedOn, today: today)
            changed.referral.receivedOn = receivedOn
        }
        if clearDateOfBirth { changed.subject.dateOfBirth = nil }
        if let dateOfBirth { changed.subject.dateOfBirth = dateOfBirth }
        if clearAge { changed.subject.approximateAge = nil }
        if let approximateAge {
            guard (0...130).contains(approximateAge) else {
                throw CaseworkError.invalidArgument("An age of \(approximateAge) cannot be right; give the age in years, 0 to 130.")
            }
            changed.subject.approximateAge = approximateAge
        }
        // Checked on the result, so a new received date is checked against the date of birth it keeps.
        if let born = changed.subject.dateOfBirth {
            try ValueChecks.dateOfBirth(born, receivedOn: changed.referral.receivedOn, today: today)
            if let age = changed.subject.approximateAge, age != record.subject.approximateAge || born != record.subject.dateOfBirth {
                try ValueChecks.age(age, agreesWith: born, on: changed.referral.receivedOn)
            }
        }
        return changed
    }

    /// What changed, in words, for the history line ("Name, date of birth changed").
    public static func summary(from old: CaseRecord, to new: CaseRecord) -> String {
        var parts: [String] = []
        if old.subject.name != new.subject.name { parts.append("name") }
        if old.subject.dateOfBirth != new.subject.dateOfBirth { parts.append("date of birth") }
        if old.subject.approximateAge != new.subject.approximateAge { parts.append("age") }
        if old.subject.language != new.subject.language { parts.append("language") }
        if old.referral.reason != new.referral.reason { parts.append("referral reason") }
        if old.referral.receivedOn != new.referral.receivedOn { parts.append("date received") }
        if old.referral.referrer != new.referral.referrer { parts.append("referrer") }
        if old.referral.referrerRole != new.referral.referrerRole { parts.append("referrer's role") }
        guard let first = parts.first else { return "Details unchanged" }
        let list = ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst()).joined(separator: ", ")
        return list + " corrected"
    }
}
