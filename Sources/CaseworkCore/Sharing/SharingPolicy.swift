/// The rules a share must meet, as a pure check so every front end refuses for the same reasons:
/// - a profile that requires it needs consent given, or a recorded justification for sharing without it;
/// - such a share also needs the UK GDPR Article 6 basis, and the Article 9 condition when the summary
///   holds special category data;
/// - special category data needs the practitioner's explicit choice (include or leave out);
/// - the referrer can only be named to a profile that receives `referrerIdentity`;
/// - every decision needs a reason.
public enum SharingPolicy {
    public static func problems(
        record: CaseRecord, profile: RecipientProfile, summary: Summary, options: SummaryOptions, why: String
    ) -> [String] {
        var problems: [String] = []
        if why.isBlank { problems.append("Say why it is being shared (--why): the sharing record needs a reason.") }
        if options.includeReferrer && !profile.receives(.referrerIdentity) {
            problems.append("The \(profile.name) profile does not receive the referrer's identity, so it cannot be included.")
        }
        if let notice = summary.specialCategory, options.specialCategory == .undecided {
            problems.append(
                "The summary holds special category data (\(notice.categories.joined(separator: ", "))) in: "
                    + notice.fields.joined(separator: "; ")
                    + ". Confirm it should go (--include-special-category) or leave it out (--without-special-category).")
        }
        guard profile.requiresConsentOrOverride else { return problems }
        let consent = record.consent
        let overridden = !(consent?.overrideJustification.isBlank ?? true)
        let given = consent?.outcome == .given
        if !given && !overridden {
            switch consent?.outcome {
            case .refused?:
                problems.append("Consent was refused\(on(consent?.outcomeOn)) and no justification for sharing without consent is recorded (casework consent --override).")
            case .withdrawn?:
                problems.append("Consent was withdrawn\(on(consent?.outcomeOn)) and no justification for sharing without consent is recorded (casework consent --override).")
            default:
                if consent?.sought == true {
                    problems.append("Consent was sought but no answer is recorded, and there is no justification for sharing without consent (casework consent --outcome given, or --override).")
                } else {
                    problems.append("No consent and no justification for sharing without consent is recorded (casework consent --outcome given, or --override \"why\").")
                }
            }
        }
        if consent?.article6Basis.isBlank ?? true {
            problems.append("No UK GDPR Article 6 lawful basis is recorded (casework consent --article6).")
        }
        if summary.containsSpecialCategory, consent?.article9Condition.isBlank ?? true {
            problems.append("The summary holds special category data but no Article 9 condition is recorded (casework consent --article9).")
        }
        return problems
    }

    static func on(_ date: LocalDate?) -> String { date.map { " on \($0.iso8601)" } ?? "" }
}
