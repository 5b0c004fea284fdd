/// Checks the practitioner's "may be named" answers before a share: a name that is not one of the people
/// this share protects is bad input, and an answer for a name that appears nowhere in what goes, or
/// without a reason, is refused.
enum NameConfirmationCheck {
    static func unknownName(in options: SummaryOptions, record: CaseRecord, profile: RecipientProfile) -> String? {
        let protected = record.protectedPeople(referrerNamed: profile.receives(.referrerIdentity) && options.includeReferrer)
        for confirmation in options.namesConfirmed
        where !protected.contains(where: { TextFolding.fold($0.name.trimmed) == TextFolding.fold(confirmation.name.trimmed) }) {
            let names = protected.map { "\"\(TextSanitizer.line($0.name))\"" }.joined(separator: ", ")
            return "'\(TextSanitizer.line(confirmation.name))' is not one of the people this share would leave unnamed; those are: \(names.isEmpty ? "none" : names)."
        }
        return nil
    }

    /// `build` makes the summary with the given confirmations.
    static func problems(_ options: SummaryOptions, build: (SummaryOptions) -> Summary) -> [String] {
        var problems: [String] = []
        let all = build(options)
        for confirmation in options.namesConfirmed {
            let name = TextSanitizer.line(confirmation.name)
            if confirmation.reason.isBlank {
                problems.append("Say why \(name) may be named (--because \"...\"): the share record keeps the reason.")
                continue
            }
            var without = options
            without.namesConfirmed.removeAll { $0 == confirmation }
            if build(without) == all {
                problems.append("\(name) is not named in anything this share sends, so there is nothing to confirm; leave out --name-ok \"\(name)\".")
            }
        }
        return problems
    }
}
