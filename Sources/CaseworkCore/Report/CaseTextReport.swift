/// The whole case as plain text, for `casework show` and for reading a case back in a script.
///
/// Shows what is recorded, section by section, with every piece of stored text sanitised. The subject's
/// name appears only when asked for; by default the initials stand in.
public struct CaseTextReport {
    public var record: CaseRecord
    /// The part of the case's template that applies to the person (ChecklistScope).
    public var template: ChecklistTemplate?
    /// The whole template, to say how much was left out.
    private var fullTemplate: ChecklistTemplate?
    public var settings: AuthoritySettings?
    public var showNames: Bool
    public var width: Int

    public init(record: CaseRecord, template: ChecklistTemplate?, settings: AuthoritySettings?, showNames: Bool = false, width: Int = 80) {
        self.record = record
        self.template = template.map { ChecklistScope.template($0, for: record) }
        fullTemplate = template
        self.settings = settings
        self.showNames = showNames
        self.width = width
    }

    public func render() -> String {
        var out: [String] = []
        let r = record
        let s = TextSanitizer.line
        out.append("Case \(r.reference)  (\(r.status.label), revision \(r.revision))")
        out.append("Subject:   \(s(showNames ? r.subject.name : r.subject.initials))" + ageText())
        if let language = r.subject.language { out.append("Language:  \(s(language))") }
        out.append("Lead:      \(s(r.lead))")
        out.append("Opened:    \(r.createdAt.shortDisplay) by \(s(r.createdBy))")
        out.append("Updated:   \(r.updatedAt.shortDisplay) by \(s(r.updatedBy))")
        out.append("Template:  \(s(r.templateID)) \(s(r.templateVersion))" + scopeText())
        out.append("")
        out.append("Referral (received \(r.referral.receivedOn))")
        if !r.referral.referrer.isEmpty {
            out.append("  Referred by: \(s(r.referral.referrer))" + (r.referral.referrerRole.isEmpty ? "" : " (\(s(r.referral.referrerRole)))"))
        } else if !r.referral.referrerRole.isEmpty {
            out.append("  Referred by: someone not named (\(s(r.referral.referrerRole)))")
        }
        out.append(contentsOf: indented(r.referral.reason))

        out.append("")
        out.append("Assessment")
        if let template {
            for section in template.sections {
                let answered = section.items.filter { r.answers[$0.id]?.isAnswered ?? false }
                out.append("  \(s(section.title)): \(answered.count) of \(section.items.count) answered")
                for item in answered {
                    out.append(contentsOf: answerLines(item.id, title: item.title, r.answer(for: item.id), kind: item.kind))
                }
            }
        } else {
            for (id, answer) in r.answers.sorted(by: { $0.key < $1.key }) where answer.isAnswered {
                out.append(contentsOf: answerLines(id, title: id, answer, kind: .rated))
            }
        }

        if let retired = r.retiredAnswers, !retired.isEmpty {
            out.append("  Kept from earlier template versions (items since retired): \(retired.count)")
            for entry in retired {
                out.append(contentsOf: answerLines(
                    entry.itemID, title: entry.title, entry.answer, kind: entry.kind,
                    label: entry.statusLabel, retiredIn: entry.templateVersion))
            }
        }

        out.append("")
        out.append("Concerns (\(r.concerns.count))")
        for concern in r.concerns {
            let heading = template?.section(id: concern.heading)?.title ?? concern.heading
            out.append("  #\(concern.id) [\(concern.severity?.label ?? "no severity"), \(concern.nature.label), \(concern.basis.label)] \(s(heading))")
            out.append(contentsOf: indented(concern.what, by: 6))
            out.append("      Source: \(s(concern.source.isEmpty ? "not recorded" : concern.source)); observed \(concern.observedOn?.iso8601 ?? "date not recorded")")
        }
        out.append("")
        out.append("Strengths and protective factors (\(r.strengths.count))")
        for strength in r.strengths {
            out.append("  #\(strength.id) \(s(strength.what))")
            out.append("      Source: \(s(strength.source.isEmpty ? "not recorded" : strength.source)); observed \(strength.observedOn?.iso8601 ?? "date not recorded")")
        }
        out.append("")
        out.append("Agencies involved (\(r.agencies.count))")
        for agency in r.agencies {
            let name = settings?.agency(id: agency.agency)?.name ?? agency.agency
            out.append("  #\(agency.id) \(s(name))" + (agency.contact.isEmpty ? "" : " - \(s(agency.contact))"))
            if !agency.contribution.isEmpty { out.append(contentsOf: indented(agency.contribution, by: 6)) }
        }
        out.append("")
        out.append("Actions (\(r.actions.count))")
        for action in r.actions {
            out.append("  #\(action.id) [\(action.done ? "done" : "open")] \(s(action.what)) - \(s(action.owner.isEmpty ? "no owner" : action.owner)), due \(action.due?.iso8601 ?? "no date")")
        }
        out.append("")
        if let decision = r.decision {
            let level = settings?.threshold(id: decision.threshold)?.name ?? decision.threshold
            let route = settings?.route(id: decision.route)?.name ?? decision.route
            out.append("Decision: \(s(level)), route: \(s(route))")
            out.append("  Decided \(decision.decidedOn) by \(s(decision.decidedBy)); review \(decision.reviewOn?.iso8601 ?? "not set")")
            out.append(contentsOf: indented(decision.rationale))
        } else {
            out.append("Decision: not yet made")
        }
        out.append("")
        if r.opennessLog.isEmpty {
            out.append("Openness with the family: nothing recorded")
        } else {
            out.append("Openness with the family")
            out.append(contentsOf: OpennessReport.opennessLines(r.opennessLog))
        }
        if r.agreementLog.isEmpty {
            out.append("Agreement to a service: nothing recorded")
        } else {
            out.append("Agreement to a service")
            out.append(contentsOf: OpennessReport.agreementLines(r.agreementLog))
        }
        if let consent = r.consent {
            out.append("Consent as recorded before version 2 (kept as written)")
            out.append(contentsOf: CaseTextReport.consentLines(consent))
        }
        if !r.sharing.isEmpty {
            out.append("")
            out.append("Information sharing (\(r.sharing.count))")
            for entry in r.sharing {
                out.append("  #\(entry.id) \(entry.at.shortDisplay) \(entry.shared ? "shared with" : "not shared with") \(s(entry.recipient)) by \(s(entry.by)): \(s(entry.why))")
                if let decision = entry.decision { out.append(contentsOf: OpennessReport.decisionLines(decision)) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The version-1 consent record, one line a field, as `casework show` prints it.
    public static func consentLines(_ c: ConsentRecord) -> [String] {
        let s = TextSanitizer.line
        return [
            "  Sought:              \(c.sought ? "yes" : "no")" + (c.notSoughtReason.isEmpty ? "" : " (not sought because: \(s(c.notSoughtReason)))"),
            "  From:                \(c.from.isEmpty ? "not recorded" : s(c.from))",
            "  Outcome:             \(c.outcome?.label ?? "none recorded")" + (c.outcomeOn.map { " on \($0)" } ?? ""),
            "  Article 6 basis:     \(c.article6Basis.isEmpty ? "not recorded" : s(c.article6Basis))",
            "  Article 9 condition: \(c.article9Condition.isEmpty ? "not recorded" : s(c.article9Condition))",
            "  Override:            \(c.overrideJustification.isEmpty ? "none" : s(c.overrideJustification))",
        ]
    }

    private func ageText() -> String {
        if let dob = record.subject.dateOfBirth, showNames { return ", born \(dob)" }
        if let age = record.subject.age(on: record.updatedAt.day) { return ", age \(age)" }
        return ""
    }

    /// One answer's lines; a retired answer carries the words its own version used and says which it was.
    private func answerLines(
        _ id: String, title: String, _ answer: ItemAnswer, kind: ItemKind, label: String? = nil, retiredIn version: String? = nil
    ) -> [String] {
        var lines: [String] = []
        var head = "    - \(TextSanitizer.line(title)) [\(TextSanitizer.line(id))\(version.map { ", version \(TextSanitizer.line($0))" } ?? "")]"
        switch kind {
        case .rated: head += ": \(TextSanitizer.line(label ?? template?.label(for: answer.status, item: id) ?? answer.status.label))"
        case .scale: head += ": \(answer.scale.map(String.init) ?? "not set") / 10"
        case .narrative: break
        }
        lines.append(head)
        if !answer.note.isEmpty { lines.append(contentsOf: indented(answer.note, by: 8)) }
        var facts: [String] = []
        if !answer.source.isEmpty { facts.append("Source: \(TextSanitizer.line(answer.source))") }
        if let date = answer.observedOn { facts.append("observed \(date)") }
        if let basis = answer.basis { facts.append(basis.label) }
        if !facts.isEmpty { lines.append("        " + facts.joined(separator: "; ")) }
        return lines
    }

    /// Says when items for another age group are left out, and how to include them.
    private func scopeText() -> String {
        guard let template, let full = fullTemplate else { return "" }
        let left = full.allItems.count - template.allItems.count
        return left == 0 ? "" : " (\(left) items for another age group left out; `casework scope \(record.reference) all` includes them)"
    }

    private func indented(_ text: String, by spaces: Int = 2) -> [String] {
        let pad = String(repeating: " ", count: spaces)
        return WordWrap.lines(TextSanitizer.multiline(text), width: max(20, width - spaces)).map { pad + $0 }
    }
}
