/// The rules a share must meet, as a pure check so every front end refuses for the same reasons.
///
/// Sharing is never refused for lack of consent (DOMAIN.md, "Information sharing", rule 1). It is
/// refused only when something the decision needs is missing:
/// - the purpose (`why`);
/// - an Article 6 basis from the settings (the profile's default unless another is chosen);
/// - an Article 9 condition when special category data goes, and for an adult shared under a condition
///   that needs it (para 18), their needs for care and support;
/// - the practitioner's choice about special category data, and the referrer only to a profile that
///   receives `referrerIdentity`;
/// - why the family was not told, when they were not;
/// - a reason for going ahead when `SharingWarnings` has something to say.
public enum SharingPolicy {
    public static func problems(
        record: CaseRecord, profile: RecipientProfile, summary: Summary, options: SummaryOptions, why: String,
        choices: ShareChoices, bases: SharingBases?, today: LocalDate
    ) -> [String] {
        var problems: [String] = []
        if why.isBlank { problems.append("Say what the share is for (--why): the sharing record needs its purpose.") }
        if options.includeReferrer && !profile.receives(.referrerIdentity) {
            problems.append("The \(profile.name) profile does not receive the referrer's identity, so it cannot be included.")
        }
        if let notice = summary.specialCategory, options.specialCategory == .undecided {
            problems.append(
                "The summary holds special category data (\(notice.categories.joined(separator: ", "))) in: "
                    + notice.fields.joined(separator: "; ")
                    + ". Confirm it should go (--include-special-category) or leave it out (--without-special-category).")
        }
        problems += basisProblems(record: record, profile: profile, summary: summary, choices: choices, bases: bases, today: today)
        if choices.told == false, choices.notToldReason?.isBlank ?? true {
            problems.append("Say why the person or family was not told about this share (--not-told-because).")
        }
        let warnings = SharingWarnings.warnings(record: record, profile: profile)
        if !warnings.isEmpty, choices.despite?.isBlank ?? true {
            problems.append(
                "Before this goes: " + warnings.joined(separator: " ")
                    + " Say why you are going ahead (--despite \"reason\"): the reason is kept with the share.")
        }
        return problems
    }

    /// The chosen basis, or the profile's default; nil when neither names one.
    public static func basisID(profile: RecipientProfile, choices: ShareChoices) -> String? {
        choices.basis ?? profile.defaultBasis
    }

    static func basisProblems(
        record: CaseRecord, profile: RecipientProfile, summary: Summary, choices: ShareChoices, bases: SharingBases?,
        today: LocalDate
    ) -> [String] {
        guard let bases, !bases.article6.isEmpty else {
            return ["The settings define no lawful bases to share under; add sharingBases (docs/settings.md) and try again."]
        }
        var problems: [String] = []
        let article6 = bases.article6.map(\.id).joined(separator: ", ")
        let article9 = bases.article9.map(\.id).joined(separator: ", ")
        if let id = basisID(profile: profile, choices: choices) {
            if bases.basis(id: id) == nil {
                problems.append("'\(TextSanitizer.line(id))' is not an Article 6 basis in the settings; use one of: \(article6).")
            }
        } else {
            problems.append("Choose the UK GDPR Article 6 basis for this share (--basis), one of: \(article6); the \(profile.name) profile names no default.")
        }
        if let id = choices.condition {
            guard let condition = bases.condition(id: id) else {
                problems.append("'\(TextSanitizer.line(id))' is not an Article 9 condition in the settings; use one of: \(article9).")
                return problems
            }
            let adult = (record.subject.age(on: today) ?? 0) >= 18
            if condition.adultNeedsCareAndSupport == true, adult, choices.careAndSupportNeeds?.isBlank ?? true {
                problems.append(
                    "\(condition.schedule1.map { "Schedule 1 \($0)" } ?? condition.name) applies to an adult only if they have needs for care and support and cannot protect themselves; note those needs (--care-and-support \"...\") or choose another condition: \(article9).")
            }
        } else if summary.containsSpecialCategory {
            problems.append("The summary holds special category data, so it needs an Article 9 condition (--condition), one of: \(article9).")
        }
        return problems
    }
}
