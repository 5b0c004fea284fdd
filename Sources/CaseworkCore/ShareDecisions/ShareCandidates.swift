/// The entries of a case a recipient gets only when the practitioner adds them for one share (a belief
/// on its own goes to nobody by default), so a review screen can offer them beside what goes.
///
/// Found by building the summary twice, the way the share would: with no entries changed, and with every
/// entry of the case added. What the second has and the first lacks can be added; anything the profile
/// does not receive, or special category data left out, is in neither, so it is never offered.
public enum ShareCandidates {
    public static func notIncluded(
        record: CaseRecord, template: ChecklistTemplate, settings: AuthoritySettings, profile: RecipientProfile,
        options: SummaryOptions, now: Timestamp, user: String
    ) -> [ShareContents.Entry] {
        func contents(_ choices: [EntryChoice]) -> ShareContents {
            var chosen = options
            chosen.entryChoices = choices
            return ShareContents(SummaryGenerator(
                record: record, template: template, settings: settings, profile: profile, options: chosen, now: now, user: user
            ).build())
        }
        let everything = record.concerns.map { "concern:\($0.id)" } + record.strengths.map { "strength:\($0.id)" }
            + record.actions.map { "action:\($0.id)" } + template.allItems.map { "answer:\($0.id)" }
        let byDefault = Set(contents([]).entryIDs)
        let beliefs = Set(record.concerns.filter(\.isBeliefOnly).map { "concern:\($0.id)" })
        return contents(everything.map { EntryChoice(id: $0, include: true, reason: "offered for review") }).entries
            .filter { !byDefault.contains($0.id) }
            .map { entry in
                var offered = entry
                offered.why = beliefs.contains(entry.id)
                    ? "a belief on its own: not sent unless added, with a reason"
                    : "not in the \(profile.name) profile's defaults: sent only if added, with a reason"
                return offered
            }
    }
}
