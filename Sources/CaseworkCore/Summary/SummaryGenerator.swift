/// Builds the summary one recipient may see from a case, its template and the authority's settings.
///
/// Deterministic: the time and the user are given, never read. Every piece of stored text passes
/// through `TextSanitizer` here, so no renderer can forget to. Rules (docs/summary.md):
/// - a section the profile does not name is nil, so no format can show it;
/// - special category data is an answer to an item flagged `specialCategory`, or a concern logged under a
///   heading that holds such an item; it goes in only when the profile names `specialCategory` and the
///   practitioner has not chosen to leave it out;
/// - the referrer (`referral.referrer`, `referral.referrerRole`, items flagged `referrerIdentity`) goes in
///   only when the profile names `referrerIdentity` and the practitioner chose it.
public struct SummaryGenerator: Sendable {
    public var record: CaseRecord
    public var template: ChecklistTemplate
    public var settings: AuthoritySettings
    public var profile: RecipientProfile
    public var options: SummaryOptions
    public var now: Timestamp
    public var user: String
    /// Everyone this summary must not name, matched in every piece of text (golden rule 5).
    var redactions: [(matcher: NameMatcher, role: String)]

    static let referralSectionID = "referral"
    static let strengthsSectionID = "strengths"
    static let analysisSectionID = "analysis"

    public init(
        record: CaseRecord, template: ChecklistTemplate, settings: AuthoritySettings, profile: RecipientProfile,
        options: SummaryOptions = SummaryOptions(), now: Timestamp, user: String
    ) {
        self.record = record
        self.template = ChecklistScope.template(template, for: record)
        self.settings = settings
        self.profile = profile
        self.options = options
        self.now = now
        self.user = user
        let confirmed = options.namesConfirmed.map { TextFolding.fold($0.name.trimmed) }
        let subjectWords = Set(NameMatcher.words(in: record.subject.name).map(\.folded))
        redactions = record.protectedPeople(referrerNamed: profile.receives(.referrerIdentity) && options.includeReferrer)
            .filter { !confirmed.contains(TextFolding.fold($0.name.trimmed)) }
            .map { (NameMatcher(name: $0.name, keepSurnames: subjectWords), $0.role) }
    }

    /// Whether an entry goes: the practitioner's choice for it when there is one, else the default.
    func chosen(_ id: String, byDefault: Bool) -> Bool {
        options.entryChoices.last { $0.id == id }?.include ?? byDefault
    }

    var allowsSpecialCategory: Bool { profile.receives(.specialCategory) && options.specialCategory != .leaveOut }
    var allowsReferrer: Bool { profile.receives(.referrerIdentity) && options.includeReferrer }

    /// The special category labels a concern logged under `heading` carries: those of the heading's items
    /// flagged special category ("special category" when they name none); empty when it is not special.
    public func specialCategoryLabels(ofHeading heading: String) -> [String] {
        guard let section = template.section(id: heading) else { return [] }
        let flagged = section.items.filter(\.isSpecialCategory)
        guard !flagged.isEmpty else { return [] }
        let found = Set(flagged.flatMap { $0.specialCategories ?? [] })
        return found.isEmpty ? ["special category"] : SpecialCategory.allCases.filter(found.contains).map(\.label)
    }

    func visible(_ item: TemplateItem) -> Bool {
        if item.isSpecialCategory && !allowsSpecialCategory { return false }
        if item.has(.referrerIdentity) { return false }
        return true
    }

    public func build() -> Summary {
        var summary = buildWithoutChanges()
        if profile.receives(.changes) { summary.changes = changes(against: summary) }
        summary.specialCategory = SummarySpecialCategoryScan.notice(for: summary)
        return summary
    }

    func buildWithoutChanges() -> Summary {
        // The sections actually included: the profile's, less those the practitioner did not choose.
        let ordered = SummarySection.allCases.filter { section in
            switch section {
            case .specialCategory: allowsSpecialCategory
            case .referrerIdentity: allowsReferrer
            default: profile.receives(section)
            }
        }
        var summary = Summary(
            draft: options.draft, generatedAt: now, generatedBy: line(user), authority: line(settings.authority.name),
            recipient: Summary.Recipient(id: line(profile.id), name: line(profile.name)), sections: ordered)
        let r = record
        if profile.receives(.caseDetails) {
            summary.caseDetails = Summary.CaseDetails(
                reference: r.reference.rawValue, status: r.status.label, openedOn: r.createdAt.day,
                referralReceivedOn: r.referral.receivedOn, lead: line(r.lead), caseRevision: r.revision,
                reviewOn: r.decision?.reviewOn, template: line("\(template.title) (\(template.version))"))
        }
        if profile.receives(.subjectIdentity) {
            summary.subject = Summary.SubjectPart(
                name: line(r.subject.name), dateOfBirth: r.subject.dateOfBirth, age: r.subject.age(on: now.day))
        }
        if profile.receives(.referral) {
            let details = narratives(in: Self.referralSectionID)
            summary.referral = Summary.ReferralPart(reason: text(r.referral.reason), receivedOn: r.referral.receivedOn, details: details)
        }
        if allowsReferrer {
            let details = template.allItems.filter { $0.has(.referrerIdentity) && (allowsSpecialCategory || !$0.isSpecialCategory) }
                .compactMap { item -> Summary.Evidence? in
                    let answer = r.answer(for: item.id)
                    return answer.isAnswered ? evidence(item, answer) : nil
                }
            summary.referrer = Summary.ReferrerPart(name: line(r.referral.referrer), role: line(r.referral.referrerRole), details: details)
        }
        if profile.receives(.agencies) {
            summary.agencies = r.agencies.map {
                Summary.AgencyPart(
                    agency: line(settings.agency(id: $0.agency)?.name ?? $0.agency), contact: line($0.contact),
                    contribution: text($0.contribution), checkedOn: $0.checkedOn)
            }
        }
        if profile.receives(.concerns) { summary.concerns = concernGroups() }
        if profile.receives(.assessment) { summary.assessment = assessmentSections() }
        if profile.receives(.strengths) {
            let recorded = r.strengths.filter { chosen("strength:\($0.id)", byDefault: true) }.map {
                Summary.StrengthEntry(id: $0.id, what: text($0.what), source: line($0.source), observedOn: $0.observedOn)
            }
            let assessed = (template.section(id: Self.strengthsSectionID)?.items ?? []).filter(visible).compactMap { item -> Summary.Evidence? in
                let answer = r.answer(for: item.id)
                guard answer.isAnswered, answer.status != .unknown, chosen("answer:\(item.id)", byDefault: true) else { return nil }
                return evidence(item, answer)
            }
            summary.strengths = Summary.StrengthsPart(recorded: recorded, assessed: assessed)
        }
        if profile.receives(.unknowns) {
            // What is still unknown in the parts this recipient's summary covers (all of them, unless the
            // profile names an assessment scope).
            let covered = template.sections.filter { section in
                profile.assessmentScope?.reaches(section: section.id, itemIDs: section.items.map(\.id)) ?? true
            }
            let items = covered.flatMap(\.items).filter { item in
                guard visible(item) else { return false }
                guard let scope = profile.assessmentScope, !scope.concernsIn.contains(template.section(containing: item.id)?.id ?? "") else { return true }
                return scope.items.contains(item.id)
            }
            let unknown = items.filter { r.answer(for: $0.id).status == .unknown && chosen("answer:\($0.id)", byDefault: true) }.map { evidence($0, r.answer(for: $0.id)) }
            let notAssessed = items.filter { !r.answer(for: $0.id).isAnswered }.count
            summary.unknowns = Summary.UnknownsPart(items: unknown, notYetAssessed: notAssessed)
        }
        if profile.receives(.analysis) { summary.analysis = analysis() }
        if profile.receives(.decision) { summary.decision = decision() }
        if profile.receives(.actions) {
            summary.actions = r.actions.filter { chosen("action:\($0.id)", byDefault: true) }.map {
                Summary.ActionPart(id: $0.id, what: text($0.what), owner: line($0.owner), due: $0.due, done: $0.done, doneOn: $0.doneOn)
            }
        }
        if profile.receives(.consent) { summary.consent = consent() }
        return summary
    }

    // MARK: Parts

    func narratives(in sectionID: String) -> [Summary.Evidence] {
        (template.section(id: sectionID)?.items ?? []).filter { $0.kind == .narrative && visible($0) }.compactMap { item in
            let answer = record.answer(for: item.id)
            return answer.note.isEmpty || !chosen("answer:\(item.id)", byDefault: true) ? nil : evidence(item, answer)
        }
    }

    func concernGroups() -> [Summary.ConcernGroup] {
        var headings = template.concernHeadings.map(\.id)
        for concern in record.concerns where !headings.contains(concern.heading) { headings.append(concern.heading) }
        return headings.compactMap { heading in
            let special = specialCategoryLabels(ofHeading: heading)
            if !special.isEmpty && !allowsSpecialCategory { return nil }
            // A belief-only entry goes to nobody unless the practitioner adds it, with a reason.
            let entries = record.concerns.filter { $0.heading == heading && chosen("concern:\($0.id)", byDefault: !$0.isBeliefOnly || profile.includesBeliefOnly == true) }.map {
                Summary.ConcernEntry(
                    id: $0.id, what: text($0.what), source: line($0.source), observedOn: $0.observedOn, basis: $0.basis,
                    nature: $0.nature, severity: $0.severity)
            }
            guard !entries.isEmpty else { return nil }
            return Summary.ConcernGroup(
                heading: line(heading), title: line(template.section(id: heading)?.title ?? heading),
                specialCategories: special.isEmpty ? nil : special, concerns: entries)
        }
    }

    func assessmentSections() -> [Summary.AssessmentSection] {
        template.sections.filter { $0.id != Self.strengthsSectionID && $0.id != Self.analysisSectionID }.compactMap { section in
            let items = section.items.filter { item in
                guard visible(item), item.kind != .narrative else { return false }
                guard let scope = profile.assessmentScope else { return true }
                return scope.covers(item.id, section: section.id, status: record.answer(for: item.id).status)
            }
            guard items.contains(where: { record.answer(for: $0.id).isAnswered }) else { return nil }
            let order: [AnswerStatus] = [.significantConcern, .someConcern, .noConcern, .unknown, .notApplicable, .notAssessed]
            let counts = order.compactMap { status -> Summary.StatusCount? in
                let count = items.filter { record.answer(for: $0.id).status == status }.count
                return count == 0 ? nil : Summary.StatusCount(status: status, count: count)
            }
            let answered = items.compactMap { item -> Summary.Evidence? in
                let answer = record.answer(for: item.id)
                guard answer.isAnswered, answer.status != .unknown, chosen("answer:\(item.id)", byDefault: true) else { return nil }
                return evidence(item, answer)
            }
            return Summary.AssessmentSection(id: line(section.id), title: line(section.title), counts: counts, items: answered)
        } + retiredSection()
    }

    /// Answers kept from items a later template version retired, as they were, under the same sharing rules.
    func retiredSection() -> [Summary.AssessmentSection] {
        let entries = (record.retiredAnswers ?? []).filter { visible($0.item) && $0.answer.isAnswered && $0.answer.status != .unknown }
        guard !entries.isEmpty else { return [] }
        let items = entries.map { entry in
            var evidence = evidence(entry.item, entry.answer)
            if entry.kind == .rated { evidence.statusLabel = line(entry.statusLabel) }
            return evidence
        }
        let order: [AnswerStatus] = [.significantConcern, .someConcern, .noConcern, .notApplicable]
        let counts = order.compactMap { status -> Summary.StatusCount? in
            let count = entries.filter { $0.kind == .rated && $0.answer.status == status }.count
            return count == 0 ? nil : Summary.StatusCount(status: status, count: count)
        }
        let versions = Array(Set(entries.map(\.templateVersion))).sorted().joined(separator: ", ")
        return [Summary.AssessmentSection(
            id: "retired", title: line("Kept from template \(versions) (items since retired)"), counts: counts, items: items)]
    }

    func analysis() -> Summary.AnalysisPart {
        func note(_ id: String) -> String {
            guard let item = template.item(id: id), visible(item) else { return "" }
            return text(record.answer(for: id).note)
        }
        let scaleItem = template.item(id: "analysis.scale")
        let definition = scaleItem?.scale ?? ScaleDefinition(min: 0, max: 10, minLabel: "", maxLabel: "")
        return Summary.AnalysisPart(
            worried: note("analysis.worried"), workingWell: note("analysis.working-well"),
            needsToHappen: note("analysis.needs-to-happen"), behaviourOrBelief: note("analysis.behaviour-or-belief"),
            changed: note("analysis.changed"), scale: record.answer(for: "analysis.scale").scale,
            scaleMin: definition.min, scaleMax: definition.max, scaleMinLabel: line(definition.minLabel),
            scaleMaxLabel: line(definition.maxLabel))
    }

    func decision() -> Summary.DecisionPart {
        guard let d = record.decision else { return Summary.DecisionPart(made: false) }
        return Summary.DecisionPart(
            made: true, threshold: line(settings.threshold(id: d.threshold)?.name ?? d.threshold),
            route: line(settings.route(id: d.route)?.name ?? d.route), rationale: text(d.rationale),
            decidedBy: line(d.decidedBy), decidedOn: d.decidedOn, reviewOn: d.reviewOn)
    }

    func consent() -> Summary.ConsentPart {
        func optional(_ value: String) -> String? { value.isBlank ? nil : text(value) }
        let openness = record.opennessLog.last.map { entry -> String in
            let when = entry.on.map { " on \($0.iso8601)" } ?? ""
            return entry.told
                ? "Told\(when)" + (entry.what.isBlank ? "" : ": \(line(entry.what))")
                : "Not told\(when), because \(line(entry.whyNot))"
        }
        let agreement = record.currentAgreement.map { entry -> String in
            "\(entry.status.label) by \(entry.by.label.lowercased())" + (entry.on.map { " on \($0.iso8601)" } ?? "")
                + (entry.service.isBlank ? "" : " (\(line(entry.service)))")
        }
        var part = Summary.ConsentPart(recorded: false)
        part.shareBasis = options.basisLabel.map(line)
        part.shareCondition = allowsSpecialCategory ? options.conditionLabel.map(line) : nil
        part.openness = openness
        part.agreement = agreement
        if let c = record.consent {
            part.sought = c.sought
            part.notSoughtReason = optional(c.notSoughtReason)
            part.from = optional(c.from)
            part.outcome = c.outcome
            part.outcomeOn = c.outcomeOn
            part.article6Basis = optional(c.article6Basis)
            part.article9Condition = optional(c.article9Condition)
            part.overrideJustification = optional(c.overrideJustification)
        }
        part.recorded = record.consent != nil || openness != nil || agreement != nil || part.shareBasis != nil
        return part
    }

    /// Compares with the summary this recipient would have had from the case as last shared with them.
    func changes(against current: Summary) -> Summary.ChangesPart {
        guard let last = record.sharing.last(where: { $0.recipient == profile.id && $0.shared }) else {
            return Summary.ChangesPart(previous: nil, changes: [])
        }
        let previous = Summary.PreviousShare(sharedAt: last.at, sharedBy: line(last.by), caseRevision: last.caseRevision)
        guard let past = try? CaseHistory.record(record, atRevision: last.caseRevision) else {
            return Summary.ChangesPart(
                previous: previous, changes: [],
                problem: "The case as shared at revision \(last.caseRevision) could not be recreated from its history.")
        }
        var earlier = self
        earlier.record = past
        let before = earlier.buildWithoutChanges()
        return Summary.ChangesPart(previous: previous, changes: SummaryDigest.changes(from: before, to: current))
    }

    // MARK: Text

    func evidence(_ item: TemplateItem, _ answer: ItemAnswer) -> Summary.Evidence {
        var labels: [String]?
        if item.isSpecialCategory {
            let categories = item.specialCategories ?? []
            labels = categories.isEmpty ? ["special category"] : categories.map(\.label)
        }
        return Summary.Evidence(
            itemID: line(item.id), title: line(item.title), status: item.kind == .rated ? answer.status : nil,
            statusLabel: item.kind == .rated ? line(template.label(for: answer.status, item: item.id)) : nil,
            text: item.kind == .scale ? (answer.scale.map { "\($0)" } ?? "") : text(answer.note),
            source: line(answer.source), observedOn: answer.observedOn, basis: answer.basis, specialCategories: labels,
            thirdParty: item.has(.thirdPartyInformation) ? true : nil)
    }

    func line(_ value: String) -> String { TextSanitizer.line(redacted(value)) }
    func text(_ value: String) -> String { TextSanitizer.multiline(redacted(value)) }

    /// `value` with every protected person's name replaced by their role.
    func redacted(_ value: String) -> String {
        redactions.reduce(value) { text, redaction in redaction.matcher.redacting(text, with: redaction.role) }
    }
}

extension Summary.DecisionPart {
    init(made: Bool) { self.init(made: made, threshold: nil, route: nil, rationale: nil, decidedBy: nil, decidedOn: nil, reviewOn: nil) }
}

extension Summary.ConsentPart {
    init(recorded: Bool) {
        self.init(
            recorded: recorded, shareBasis: nil, shareCondition: nil, openness: nil, agreement: nil, sought: nil, notSoughtReason: nil, from: nil, outcome: nil, outcomeOn: nil,
            article6Basis: nil, article9Condition: nil, overrideJustification: nil)
    }
}
