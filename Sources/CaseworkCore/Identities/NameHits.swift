/// Lists every mention of a protected person in what a share would send, with where it is, for a screen
/// that shows them one by one. The summary is built exactly as the share would build it (the same
/// entries added or left out), except that no name is replaced, and each free-text field is searched
/// with the same `NameMatcher` the generator redacts with, so what is listed is what would be redacted.
public enum NameHits {
    /// How many characters of text to show on each side of a mention.
    static let contextWidth = 24

    public static func find(
        record: CaseRecord, template: ChecklistTemplate, settings: AuthoritySettings, profile: RecipientProfile,
        options: SummaryOptions, now: Timestamp, user: String
    ) -> [NameHit] {
        let people = record.protectedPeople(referrerNamed: profile.receives(.referrerIdentity) && options.includeReferrer)
        guard !people.isEmpty else { return [] }
        var unredacted = options
        unredacted.namesConfirmed = people.map { NameConfirmation(name: $0.name, reason: "listing where the name is") }
        let summary = SummaryGenerator(
            record: record, template: template, settings: settings, profile: profile, options: unredacted, now: now, user: user
        ).build()
        let subjectWords = Set(NameMatcher.words(in: record.subject.name).map(\.folded))
        let matchers = people.map { (person: $0, matcher: NameMatcher(name: $0.name, keepSurnames: subjectWords)) }
        var hits: [NameHit] = []
        for field in texts(in: summary) {
            for (person, matcher) in matchers {
                for range in matcher.matches(in: field.text) {
                    hits.append(NameHit(
                        name: person.name, role: person.role, entryID: field.entryID, field: field.field,
                        context: context(of: range, in: field.text)))
                }
            }
        }
        return hits
    }

    /// `…words before NAME words after…` on one line.
    static func context(of range: Range<Int>, in text: String) -> String {
        let characters = Array(text)
        var start = max(0, range.lowerBound - contextWidth), end = min(characters.count, range.upperBound + contextWidth)
        // Whole words only at the cut ends.
        while start > 0, start < range.lowerBound, !characters[start - 1].isWhitespace { start += 1 }
        while end < characters.count, end > range.upperBound, !characters[end].isWhitespace { end -= 1 }
        let stretch = String(characters[start..<end]).map { $0.isNewline ? " " : $0 }
        return TextSanitizer.line((start > 0 ? "…" : "") + String(stretch) + (end < characters.count ? "…" : ""))
    }

    struct Field {
        var entryID: String
        var field: String
        var text: String
    }

    /// Every free-text field of a summary, named by the entry it belongs to.
    static func texts(in summary: Summary) -> [Field] {
        var fields: [Field] = []
        func add(_ entryID: String, _ field: String, _ text: String?) {
            if let text, !text.isEmpty { fields.append(Field(entryID: entryID, field: field, text: text)) }
        }
        func evidence(_ items: [Summary.Evidence]) {
            for item in items {
                add("answer:\(item.itemID)", "note", item.text)
                add("answer:\(item.itemID)", "source", item.source)
            }
        }
        if let referral = summary.referral {
            add("referral.reason", "reason", referral.reason)
            evidence(referral.details)
        }
        if let referrer = summary.referrer { evidence(referrer.details) }
        for agency in summary.agencies ?? [] {
            add("agencies", "contact", agency.contact)
            add("agencies", "contribution", agency.contribution)
        }
        for group in summary.concerns ?? [] {
            for concern in group.concerns {
                add("concern:\(concern.id)", "what", concern.what)
                add("concern:\(concern.id)", "source", concern.source)
            }
        }
        for section in summary.assessment ?? [] { evidence(section.items) }
        if let strengths = summary.strengths {
            for strength in strengths.recorded {
                add("strength:\(strength.id)", "what", strength.what)
                add("strength:\(strength.id)", "source", strength.source)
            }
            evidence(strengths.assessed)
        }
        evidence(summary.unknowns?.items ?? [])
        if let analysis = summary.analysis {
            add("answer:analysis.worried", "note", analysis.worried)
            add("answer:analysis.working-well", "note", analysis.workingWell)
            add("answer:analysis.needs-to-happen", "note", analysis.needsToHappen)
            add("answer:analysis.behaviour-or-belief", "note", analysis.behaviourOrBelief)
            add("answer:analysis.changed", "note", analysis.changed)
        }
        add("decision.rationale", "rationale", summary.decision?.rationale)
        for action in summary.actions ?? [] {
            add("action:\(action.id)", "what", action.what)
            add("action:\(action.id)", "owner", action.owner)
        }
        if let consent = summary.consent {
            add("consent", "openness", consent.openness)
            add("consent", "agreement", consent.agreement)
            add("consent", "not sought", consent.notSoughtReason)
            add("consent", "from", consent.from)
            add("consent", "override", consent.overrideJustification)
        }
        return fields
    }
}
