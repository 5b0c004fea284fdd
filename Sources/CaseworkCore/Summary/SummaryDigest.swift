/// Short lines that stand for each part of a summary, compared to say what changed between two.
///
/// Both summaries are built for the same recipient with the same choices, so a change can only ever
/// name something the recipient receives.
enum SummaryDigest {
    static func changes(from before: Summary, to after: Summary) -> [Summary.Change] {
        let old = lines(of: before), new = lines(of: after)
        var result: [Summary.Change] = []
        for section in after.sections {
            let was = old.filter { $0.0 == section }.map(\.1)
            let now = new.filter { $0.0 == section }.map(\.1)
            for text in was where !now.contains(text) { result.append(Summary.Change(section: section, kind: .removed, text: text)) }
            for text in now where !was.contains(text) { result.append(Summary.Change(section: section, kind: .added, text: text)) }
        }
        return result
    }

    static func short(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return DisplayWidth.truncate(flat, to: 110)
    }

    static func lines(of s: Summary) -> [(SummarySection, String)] {
        var out: [(SummarySection, String)] = []
        func add(_ section: SummarySection, _ text: String) { out.append((section, short(text))) }
        if let c = s.caseDetails {
            add(.caseDetails, "Status: \(c.status)")
            add(.caseDetails, "Lead practitioner: \(c.lead)")
            add(.caseDetails, "Review date: \(c.reviewOn?.iso8601 ?? "not set")")
        }
        if let subject = s.subject {
            add(.subjectIdentity, "Name: \(subject.name)")
            add(.subjectIdentity, "Date of birth: \(subject.dateOfBirth?.iso8601 ?? "not recorded")")
        }
        if let referral = s.referral {
            add(.referral, "Reason: \(referral.reason)")
            for detail in referral.details { add(.referral, "\(detail.title): \(detail.text)") }
        }
        if let referrer = s.referrer { add(.referrerIdentity, "Referrer: \(referrer.name) \(referrer.role)") }
        for agency in s.agencies ?? [] { add(.agencies, "\(agency.agency): \(agency.contribution)") }
        for group in s.concerns ?? [] {
            for concern in group.concerns {
                add(.concerns, "\(group.title): \(concern.what) (\(concern.severity?.label ?? concern.nature.label), \(concern.basis.label))")
            }
        }
        for section in s.assessment ?? [] {
            for item in section.items {
                add(.assessment, "\(item.title): \(item.status?.label ?? "") \(item.text)")
            }
        }
        if let strengths = s.strengths {
            for strength in strengths.recorded { add(.strengths, strength.what) }
            for item in strengths.assessed { add(.strengths, "\(item.title): \(item.text)") }
        }
        for item in s.unknowns?.items ?? [] { add(.unknowns, "Still unknown: \(item.title)") }
        if let a = s.analysis {
            add(.analysis, "What we are worried about: \(a.worried)")
            add(.analysis, "What is working well: \(a.workingWell)")
            add(.analysis, "What needs to happen: \(a.needsToHappen)")
            add(.analysis, "Scale: \(a.scale.map(String.init) ?? "not set") of \(a.scaleMax)")
        }
        if let d = s.decision, d.made {
            add(.decision, "Threshold: \(d.threshold ?? "")")
            add(.decision, "Route: \(d.route ?? "")")
            add(.decision, "Rationale: \(d.rationale ?? "")")
        }
        for action in s.actions ?? [] {
            add(.actions, "\(action.what) (\(action.owner), due \(action.due?.iso8601 ?? "no date"), \(action.done ? "done" : "open"))")
        }
        if let c = s.consent, c.recorded {
            add(.consent, "Person or family told: \(c.openness ?? "not recorded")")
            add(.consent, "Agreement to a service: \(c.agreement ?? "not recorded")")
            if c.sought != nil {
                add(.consent, "Consent before version 2: \(c.outcome?.label ?? (c.sought == true ? "sought, no answer yet" : "not sought"))")
            }
        }
        return out
    }
}
