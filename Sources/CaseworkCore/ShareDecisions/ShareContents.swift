/// Exactly what a summary carries, entry by entry, so a share record can say what went and a script
/// (`casework share --review`) can check it before anything goes.
public struct ShareContents: Hashable, Sendable {
    /// One entry: its id (`answer:ITEM`, `concern:N`, `strength:N`, `action:N`, or a free-text field such
    /// as `referral.reason`), the section it is in, and why it is there.
    public struct Entry: Hashable, Sendable {
        public var id: String
        public var section: SummarySection
        public var why: String
    }

    public var sections: [SummarySection]
    public var entries: [Entry]

    public init(_ summary: Summary) {
        sections = summary.sections
        var found: [Entry] = []
        func add(_ id: String, _ section: SummarySection, _ why: String) {
            if !found.contains(where: { $0.id == id }) { found.append(Entry(id: id, section: section, why: why)) }
        }
        let profile = "in the \(summary.recipient.name) profile's default sections"
        if let referral = summary.referral {
            if !referral.reason.isEmpty { add("referral.reason", .referral, "the referral reason, \(profile)") }
            for detail in referral.details { add("answer:\(detail.itemID)", .referral, "a referral detail, \(profile)") }
        }
        if let referrer = summary.referrer {
            add("referral.referrer", .referrerIdentity, "the referrer, chosen for this share")
            for detail in referrer.details { add("answer:\(detail.itemID)", .referrerIdentity, "about the referrer, chosen for this share") }
        }
        for group in summary.concerns ?? [] {
            for concern in group.concerns { add("concern:\(concern.id)", .concerns, "a concern under \(group.title), \(profile)") }
        }
        for section in summary.assessment ?? [] {
            for item in section.items { add("answer:\(item.itemID)", .assessment, "answered in \(section.title), \(profile)") }
        }
        if let strengths = summary.strengths {
            for strength in strengths.recorded { add("strength:\(strength.id)", .strengths, "a recorded strength, \(profile)") }
            for item in strengths.assessed { add("answer:\(item.itemID)", .strengths, "an assessed strength, \(profile)") }
        }
        for item in summary.unknowns?.items ?? [] { add("answer:\(item.itemID)", .unknowns, "still unknown, \(profile)") }
        if let analysis = summary.analysis {
            for (id, value) in [
                ("analysis.worried", analysis.worried), ("analysis.working-well", analysis.workingWell),
                ("analysis.needs-to-happen", analysis.needsToHappen), ("analysis.behaviour-or-belief", analysis.behaviourOrBelief),
                ("analysis.changed", analysis.changed),
            ] where !value.isEmpty {
                add("answer:\(id)", .analysis, "the analysis, \(profile)")
            }
        }
        if let decision = summary.decision, decision.made, !(decision.rationale ?? "").isEmpty {
            add("decision.rationale", .decision, "the decision's rationale, \(profile)")
        }
        for action in summary.actions ?? [] { add("action:\(action.id)", .actions, "an action, \(profile)") }
        entries = found
    }

    public var entryIDs: [String] { entries.map(\.id) }
}
