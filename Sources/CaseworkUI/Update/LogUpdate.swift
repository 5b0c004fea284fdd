import CaseworkCore

extension AppState {
    /// Keys of the concerns, strengths, agencies and actions lists: add, edit, remove (asked first).
    mutating func logKey(_ key: Key) -> [Effect] {
        guard let kind = screen.logKind, let record = open?.record else { return [] }
        let count = entryCount(kind, in: record)
        var cursor = min(logCursor[kind] ?? 0, max(0, count - 1))
        defer { logCursor[kind] = cursor }
        if confirmRemove {
            confirmRemove = false
            guard key == .char("y") || key == .char("Y"), count > 0 else {
                say("Kept.")
                return []
            }
            let id = entryID(kind, at: cursor, in: record)
            let effects = save("Removed \(kind.singular) \(id)") { record in
                switch kind {
                case .concerns: record.concerns.removeAll { $0.id == id }
                case .strengths: record.strengths.removeAll { $0.id == id }
                case .agencies: record.agencies.removeAll { $0.id == id }
                case .actions: record.actions.removeAll { $0.id == id }
                }
            }
            if !effects.isEmpty { say("Removed.") }
            cursor = min(cursor, max(0, count - 2))
            return effects
        }
        switch key {
        case .up, .char("k"): cursor = max(0, cursor - 1)
        case .down, .char("j"): cursor = min(max(0, count - 1), cursor + 1)
        case .home, .char("g"): cursor = 0
        case .end, .char("G"): cursor = max(0, count - 1)
        case .char("a"), .char("+"), .insert:
            if readOnly { warn(readOnlySentence); return [] }
            form = entryForm(kind, id: nil)
        case .enter, .char("e"):
            guard count > 0 else { return [] }
            if readOnly { warn(readOnlySentence); return [] }
            form = entryForm(kind, id: entryID(kind, at: cursor, in: record))
        case .delete, .char("d"), .char("-"):
            guard count > 0 else { return [] }
            if readOnly { warn(readOnlySentence); return [] }
            confirmRemove = true
            say("Remove this \(kind.singular)? It stays in the case history. y removes, any other key keeps it.")
        case .char(" ") where kind == .actions:
            guard count > 0 else { return [] }
            let id = entryID(kind, at: cursor, in: record)
            let today = self.today
            return save("Action \(id) done changed") { record in
                if let index = record.actions.firstIndex(where: { $0.id == id }) {
                    record.actions[index].done.toggle()
                    record.actions[index].doneOn = record.actions[index].done ? today : nil
                }
            }
        case .escape, .left, .char("h"):
            return back()
        default:
            break
        }
        return []
    }

    func entryCount(_ kind: LogKind, in record: CaseRecord) -> Int {
        switch kind {
        case .concerns: record.concerns.count
        case .strengths: record.strengths.count
        case .agencies: record.agencies.count
        case .actions: record.actions.count
        }
    }

    func entryID(_ kind: LogKind, at index: Int, in record: CaseRecord) -> Int {
        switch kind {
        case .concerns: record.concerns[index].id
        case .strengths: record.strengths[index].id
        case .agencies: record.agencies[index].id
        case .actions: record.actions[index].id
        }
    }

    /// The add or edit form for an entry, filled from the entry when editing.
    func entryForm(_ kind: LogKind, id: Int?) -> Form {
        let record = open?.record
        switch kind {
        case .concerns:
            let concern = record?.concerns.first { $0.id == id }
            let headings = (template?.concernHeadings ?? []).map { FormField.Option(id: $0.id, label: $0.title, detail: $0.summary) }
            let natures = ConcernNature.allCases.map {
                FormField.Option(id: $0.rawValue, label: $0.label, detail: $0 == .belief
                    ? "Holding a belief, however unwelcome, is not a safeguarding concern on its own. Record it only with the behaviour or risk of harm that goes with it."
                    : "Something the person did, said or posted that points to a risk of harm.")
            }
            let severities = ConcernSeverity.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label) }
            let bases = EvidenceBasis.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label) }
            var headingIndex = headings.firstIndex { $0.id == concern?.heading } ?? 0
            if concern == nil, let section = currentItem.flatMap({ template?.section(containing: $0.id) }),
               let index = headings.firstIndex(where: { $0.id == section.id }) {
                headingIndex = index
            }
            return Form(purpose: .entry(kind, id: id), fields: [
                FormField(id: "what", label: "What happened", kind: .multiline, text: concern?.what ?? "", required: true),
                FormField(id: "heading", label: "Heading", kind: .choice, options: headings, choice: headingIndex),
                FormField(id: "nature", label: "Behaviour/belief", kind: .choice, options: natures,
                          choice: natures.firstIndex { $0.id == concern?.nature.rawValue } ?? 0),
                FormField(id: "severity", label: "Severity", kind: .choice, options: severities,
                          choice: severities.firstIndex { $0.id == (concern?.severity ?? .medium).rawValue } ?? 1),
                FormField(id: "basis", label: "Fact or opinion", kind: .choice, options: bases,
                          choice: bases.firstIndex { $0.id == concern?.basis.rawValue } ?? 0),
                FormField(id: "observed", label: "Observed on", kind: .date, text: concern?.observedOn?.iso8601 ?? ""),
                FormField(id: "source", label: "Source", kind: .text, text: concern?.source ?? ""),
            ])
        case .strengths:
            let strength = record?.strengths.first { $0.id == id }
            return Form(purpose: .entry(kind, id: id), fields: [
                FormField(id: "what", label: "Strength", kind: .multiline, text: strength?.what ?? "", required: true),
                FormField(id: "source", label: "Source", kind: .text, text: strength?.source ?? ""),
                FormField(id: "observed", label: "Observed on", kind: .date, text: strength?.observedOn?.iso8601 ?? ""),
            ])
        case .agencies:
            let agency = record?.agencies.first { $0.id == id }
            var options = settings.agencies.map { FormField.Option(id: $0.id, label: $0.name) }
            if let agency, !options.contains(where: { $0.id == agency.agency }) {
                options.append(FormField.Option(id: agency.agency, label: agency.agency))
            }
            return Form(purpose: .entry(kind, id: id), fields: [
                FormField(id: "agency", label: "Agency", kind: .choice, options: options,
                          choice: options.firstIndex { $0.id == agency?.agency } ?? 0),
                FormField(id: "contact", label: "Contact", kind: .text, text: agency?.contact ?? ""),
                FormField(id: "contribution", label: "What they know", kind: .multiline, text: agency?.contribution ?? "", required: true),
                FormField(id: "checked", label: "Checked on", kind: .date, text: agency?.checkedOn?.iso8601 ?? ""),
            ])
        case .actions:
            let action = record?.actions.first { $0.id == id }
            return Form(purpose: .entry(kind, id: id), fields: [
                FormField(id: "what", label: "What needs doing", kind: .multiline, text: action?.what ?? "", required: true),
                FormField(id: "owner", label: "Who does it", kind: .text, text: action?.owner ?? user),
                FormField(id: "due", label: "Due by", kind: .date, text: action?.due?.iso8601 ?? ""),
            ])
        }
    }

    /// Applies an entry form to the case.
    mutating func saveEntry(_ kind: LogKind, id: Int?, form: Form, dates: [String: LocalDate?]) -> [Effect] {
        let user = self.user, now = self.now
        let verb = id == nil ? "Added" : "Edited"
        let effects = save("\(verb) \(kind.singular)") { record in
            switch kind {
            case .concerns:
                let nextID = record.concerns.nextID
                var concern = record.concerns.first { $0.id == id } ?? Concern(
                    id: nextID, what: "", observedOn: nil, source: "", heading: "", nature: .behaviour, severity: .medium,
                    recordedAt: now, recordedBy: user)
                concern.what = form.text("what")
                concern.heading = form.choice("heading") ?? ""
                concern.nature = ConcernNature(rawValue: form.choice("nature") ?? "") ?? .behaviour
                // A belief-only entry is never graded, whatever the severity field shows.
                concern.severity = concern.nature == .belief ? nil : ConcernSeverity(rawValue: form.choice("severity") ?? "") ?? .medium
                concern.basis = EvidenceBasis(rawValue: form.choice("basis") ?? "") ?? .fact
                concern.observedOn = dates["observed"] ?? nil
                concern.source = form.text("source")
                if let index = record.concerns.firstIndex(where: { $0.id == id }) { record.concerns[index] = concern } else { record.concerns.append(concern) }
            case .strengths:
                let nextID = record.strengths.nextID
                var strength = record.strengths.first { $0.id == id } ?? Strength(
                    id: nextID, what: "", source: "", observedOn: nil, recordedAt: now, recordedBy: user)
                strength.what = form.text("what")
                strength.source = form.text("source")
                strength.observedOn = dates["observed"] ?? nil
                if let index = record.strengths.firstIndex(where: { $0.id == id }) { record.strengths[index] = strength } else { record.strengths.append(strength) }
            case .agencies:
                let nextID = record.agencies.nextID
                var agency = record.agencies.first { $0.id == id } ?? AgencyInvolvement(
                    id: nextID, agency: "", contact: "", contribution: "", checkedOn: nil)
                agency.agency = form.choice("agency") ?? ""
                agency.contact = form.text("contact")
                agency.contribution = form.text("contribution")
                agency.checkedOn = dates["checked"] ?? nil
                if let index = record.agencies.firstIndex(where: { $0.id == id }) { record.agencies[index] = agency } else { record.agencies.append(agency) }
            case .actions:
                let nextID = record.actions.nextID
                var action = record.actions.first { $0.id == id } ?? CaseAction(id: nextID, what: "", owner: "", due: nil)
                action.what = form.text("what")
                action.owner = form.text("owner")
                action.due = dates["due"] ?? nil
                if let index = record.actions.firstIndex(where: { $0.id == id }) { record.actions[index] = action } else { record.actions.append(action) }
            }
            if record.status == .newReferral { record.status = .assessing }
        }
        if !effects.isEmpty {
            say("\(verb) \(kind.singular).")
            if id == nil, let record = open?.record { logCursor[kind] = max(0, entryCount(kind, in: record) - 1) }
        }
        return effects
    }
}
