/// Lays out a `Summary` as a `SummaryDocument`: the wording and order every format shares.
public enum SummaryDocumentBuilder {
    typealias Field = SummaryDocument.Field
    typealias Item = SummaryDocument.Item
    typealias Tag = SummaryDocument.Tag

    public static let draftBanner = "DRAFT - NOT SHARED. A preview: this summary has not been shared with anyone and must not be sent."
    public static let sharedBanner = "OFFICIAL-SENSITIVE. Personal data shared for safeguarding: for the named recipient only; do not forward, and delete when no longer needed."

    static let beliefNote = "Entries marked \"Belief only\" record a belief with no behaviour pointing to harm: holding a belief is not in itself a safeguarding concern."

    public static func title(of section: SummarySection) -> String {
        switch section {
        case .caseDetails: "Case details"
        case .subjectIdentity: "The person"
        case .referral: "Why the case came in"
        case .referrerIdentity: "Who referred"
        case .agencies: "Agencies involved"
        case .concerns: "Concerns by heading"
        case .assessment: "Assessment by heading"
        case .strengths: "Strengths and protective factors"
        case .unknowns: "What is still unknown"
        case .analysis: "Analysis"
        case .decision: "Threshold decision and route"
        case .actions: "Actions"
        case .consent: "Lawful basis, openness and agreement"
        case .changes: "What changed since the last summary shared"
        case .specialCategory: "Special category data"
        }
    }

    public static func document(for s: Summary) -> SummaryDocument {
        let reference = s.caseDetails?.reference
        var intro: [Field] = [
            Field(label: "Prepared for", value: s.recipient.name),
            Field(label: "Authority", value: s.authority),
            Field(label: "Prepared by", value: s.generatedBy),
            Field(label: s.draft ? "Previewed" : "Shared", value: s.generatedAt.shortDisplay + " UTC"),
        ]
        if s.draft { intro.append(Field(label: "Status", value: "Draft, not shared")) }
        var warning: String?
        if let notice = s.specialCategory {
            warning = "This summary holds special category data (\(notice.categories.joined(separator: ", "))), marked where it appears: "
                + notice.fields.joined(separator: "; ") + ". Share it only with an Article 9 condition recorded for the share."
        }
        var sections: [SummaryDocument.Section] = []
        func add(_ section: SummarySection, _ blocks: [SummaryDocument.Block]) {
            sections.append(SummaryDocument.Section(title: title(of: section), blocks: blocks))
        }
        if let c = s.caseDetails {
            add(.caseDetails, [.fields([
                Field(label: "Reference", value: c.reference),
                Field(label: "Status", value: c.status),
                Field(label: "Opened", value: c.openedOn.iso8601),
                Field(label: "Referral received", value: c.referralReceivedOn.iso8601),
                Field(label: "Lead practitioner", value: c.lead),
                Field(label: "Review date", value: c.reviewOn?.iso8601 ?? "not set"),
                Field(label: "Case revision", value: "\(c.caseRevision)"),
                Field(label: "Checklist", value: c.template),
            ])])
        }
        if let p = s.subject {
            add(.subjectIdentity, [.fields([
                Field(label: "Name", value: p.name),
                Field(label: "Date of birth", value: p.dateOfBirth?.iso8601 ?? "not recorded"),
                Field(label: "Age", value: p.age.map { "\($0)" } ?? "not known"),
            ])])
        }
        if let r = s.referral {
            var blocks: [SummaryDocument.Block] = [.paragraph(label: "Received \(r.receivedOn.iso8601)", text: r.reason)]
            if !r.details.isEmpty { blocks.append(.items(r.details.map(evidenceItem))) }
            add(.referral, blocks)
        }
        if let r = s.referrer {
            var blocks: [SummaryDocument.Block] = [.fields([
                Field(label: "Referrer", value: r.name.isEmpty ? "not recorded" : r.name),
                Field(label: "Role", value: r.role.isEmpty ? "not recorded" : r.role),
            ])]
            if !r.details.isEmpty { blocks.append(.items(r.details.map(evidenceItem))) }
            add(.referrerIdentity, blocks)
        }
        if let agencies = s.agencies {
            add(.agencies, agencies.isEmpty ? [.note("No other agency recorded.")] : [.items(agencies.map { a in
                var details: [String] = []
                if !a.contribution.isEmpty { details.append(a.contribution) }
                details.append("Checked " + (a.checkedOn?.iso8601 ?? "date not recorded"))
                return Item(text: a.agency + (a.contact.isEmpty ? "" : " (\(a.contact))"), tags: [], details: details)
            })])
        }
        if let groups = s.concerns {
            var blocks: [SummaryDocument.Block] = []
            if groups.isEmpty { blocks.append(.note("No concerns logged.")) }
            if groups.contains(where: { $0.concerns.contains { $0.nature == .belief } }) {
                blocks.append(.note(beliefNote))
            }
            for group in groups {
                blocks.append(.subheading(group.title, tags: specialTags(group.specialCategories)))
                blocks.append(.items(group.concerns.map { c in
                    Item(
                        text: c.what,
                        tags: (c.severity.map { [Tag(text: $0.label, kind: .severity)] } ?? [])
                            + [Tag(text: c.nature.label, kind: .plain), basisTag(c.basis)],
                        details: [sourceLine(c.source, c.observedOn)])
                }))
            }
            add(.concerns, blocks)
        }
        if let sections = s.assessment {
            var blocks: [SummaryDocument.Block] = []
            for section in sections {
                blocks.append(.subheading(section.title, tags: []))
                let counts = section.counts.map { "\($0.status.label): \($0.count)" }.joined(separator: "; ")
                blocks.append(.note(counts))
                if !section.items.isEmpty { blocks.append(.items(section.items.map(evidenceItem))) }
            }
            add(.assessment, blocks.isEmpty ? [.note("Nothing assessed that this recipient may see.")] : blocks)
        }
        if let st = s.strengths {
            var items = st.recorded.map { Item(text: $0.what, tags: [], details: [sourceLine($0.source, $0.observedOn)]) }
            items.append(contentsOf: st.assessed.map(evidenceItem))
            add(.strengths, items.isEmpty ? [.note("No strengths recorded yet.")] : [.items(items)])
        }
        if let u = s.unknowns {
            var blocks: [SummaryDocument.Block] = []
            if u.items.isEmpty { blocks.append(.note("No item is marked as unknown.")) } else { blocks.append(.items(u.items.map(evidenceItem))) }
            blocks.append(.note("Checklist items not yet assessed: \(u.notYetAssessed)."))
            add(.unknowns, blocks)
        }
        if let a = s.analysis {
            let scale = a.scale.map { "\($0) out of \(a.scaleMax)" } ?? "not set"
            add(.analysis, [
                .paragraph(label: "What we are worried about", text: orNotRecorded(a.worried)),
                .paragraph(label: "What is working well", text: orNotRecorded(a.workingWell)),
                .paragraph(label: "What needs to happen", text: orNotRecorded(a.needsToHappen)),
                .paragraph(label: "Behaviour or belief", text: orNotRecorded(a.behaviourOrBelief)),
                .fields([Field(
                    label: "Scale", value: "\(scale) (\(a.scaleMin): \(a.scaleMinLabel); \(a.scaleMax): \(a.scaleMaxLabel))")]),
            ])
        }
        if let d = s.decision {
            if d.made {
                add(.decision, [
                    .fields([
                        Field(label: "Threshold", value: d.threshold ?? ""),
                        Field(label: "Route", value: d.route ?? ""),
                        Field(label: "Decided", value: "\(d.decidedOn?.iso8601 ?? "") by \(d.decidedBy ?? "")"),
                        Field(label: "Review date", value: d.reviewOn?.iso8601 ?? "not set"),
                    ]),
                    .paragraph(label: "Rationale", text: d.rationale ?? ""),
                ])
            } else {
                add(.decision, [.note("No threshold decision has been made yet.")])
            }
        }
        if let actions = s.actions {
            add(.actions, actions.isEmpty ? [.note("No actions agreed yet.")] : [.items(actions.map { a in
                let state = a.done ? "Done" + (a.doneOn.map { " \($0.iso8601)" } ?? "") : "Open"
                return Item(
                    text: a.what, tags: [Tag(text: state, kind: .plain)],
                    details: ["Owner: \(a.owner.isEmpty ? "not named" : a.owner); due \(a.due?.iso8601 ?? "no date set")"])
            })])
        }
        if let c = s.consent {
            if c.recorded {
                var fields: [Field] = []
                if let basis = c.shareBasis { fields.append(Field(label: "Shared under", value: basis)) }
                if let condition = c.shareCondition { fields.append(Field(label: "Special category condition", value: condition)) }
                fields.append(Field(label: "Person or family told", value: c.openness ?? "not recorded"))
                fields.append(Field(label: "Agreement to a service", value: c.agreement ?? "not recorded"))
                if let sought = c.sought {
                    // A case recorded before version 2: its case-wide consent record, kept as written.
                    var legacy = "sought: \(sought ? "yes" : "no")"
                    if let reason = c.notSoughtReason { legacy += "; not sought because \(reason)" }
                    if let from = c.from { legacy += "; from \(from)" }
                    legacy += "; outcome: " + (c.outcome?.label ?? "none recorded") + (c.outcomeOn.map { " on \($0.iso8601)" } ?? "")
                    if let basis = c.article6Basis { legacy += "; Article 6: \(basis)" }
                    if let condition = c.article9Condition { legacy += "; Article 9: \(condition)" }
                    if let override = c.overrideJustification { legacy += "; shared without consent because \(override)" }
                    fields.append(Field(label: "Consent as recorded before version 2", value: legacy))
                }
                add(.consent, [.fields(fields)])
            } else {
                add(.consent, [.note("No lawful basis, openness or agreement has been recorded.")])
            }
        }
        if let ch = s.changes {
            var blocks: [SummaryDocument.Block] = []
            if let previous = ch.previous {
                blocks.append(.note("Compared with the summary shared on \(previous.sharedAt.shortDisplay) UTC by \(previous.sharedBy) (case revision \(previous.caseRevision))."))
                if let problem = ch.problem { blocks.append(.note(problem)) }
                if ch.changes.isEmpty && ch.problem == nil { blocks.append(.note("Nothing this recipient receives has changed.")) }
                let items = ch.changes.map { change in
                    Item(
                        text: change.text,
                        tags: [Tag(text: change.kind == .added ? "New" : "No longer", kind: .plain),
                               Tag(text: title(of: change.section), kind: .plain)],
                        details: [])
                }
                if !items.isEmpty { blocks.append(.items(items)) }
            } else {
                blocks.append(.note("No summary has been shared with this recipient before."))
            }
            add(.changes, blocks)
        }
        return SummaryDocument(
            title: "Multi-agency summary" + (reference.map { ": \($0)" } ?? ""),
            banner: s.draft ? draftBanner : sharedBanner, draft: s.draft, intro: intro, warning: warning, sections: sections)
    }

    static func evidenceItem(_ e: Summary.Evidence) -> Item {
        var tags: [Tag] = []
        var text = e.title
        if let status = e.status { text += ": " + (e.statusLabel ?? status.label) }
        if let basis = e.basis { tags.append(basisTag(basis)) }
        tags.append(contentsOf: specialTags(e.specialCategories))
        if e.thirdParty == true { tags.append(Tag(text: "Third-party information", kind: .thirdParty)) }
        var details: [String] = []
        if !e.text.isEmpty { details.append(e.text) }
        if !e.source.isEmpty || e.observedOn != nil { details.append(sourceLine(e.source, e.observedOn)) }
        return Item(text: text, tags: tags, details: details)
    }

    static func specialTags(_ labels: [String]?) -> [Tag] {
        guard let labels, !labels.isEmpty else { return [] }
        return [Tag(text: "Special category: " + labels.joined(separator: ", "), kind: .special)]
    }

    static func basisTag(_ basis: EvidenceBasis) -> Tag {
        Tag(text: basis.label, kind: basis == .fact ? .fact : .opinion)
    }

    static func sourceLine(_ source: String, _ date: LocalDate?) -> String {
        "Source: \(source.isEmpty ? "not recorded" : source); observed \(date?.iso8601 ?? "date not recorded")"
    }

    static func orNotRecorded(_ text: String) -> String { text.isBlank ? "Not recorded." : text }
}
