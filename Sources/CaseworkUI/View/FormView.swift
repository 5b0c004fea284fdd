import CaseworkCore

extension Frame {
    /// A form: labels on the left, fields editing in place on the right. Returns the rows used.
    @discardableResult
    mutating func drawForm(_ box: Box, heading: String, describeChoice: Bool = true) -> Int {
        guard let form = state.form else { return 0 }
        var row = box.row
        grid.write(" " + heading, row: row, column: 0, style: .heading, maxWidth: box.width)
        row += 2
        let labelWidth = Layout.formLabelWidth
        let fieldColumn = labelWidth + 3
        let fieldWidth = state.formFieldWidth
        for (index, field) in form.fields.enumerated() where row < box.bottom {
            let focused = index == form.focus
            let label = DisplayWidth.pad(field.label + (field.required ? " *" : ""), to: labelWidth)
            grid.write(" " + label, row: row, column: 0, style: focused ? .selected : .normal)
            switch field.kind {
            case .choice:
                let option = field.selectedOption?.label ?? "—"
                let text = focused ? "◂ \(option) ▸" : option
                grid.write(text, row: row, column: fieldColumn, style: focused ? .input : .normal, maxWidth: fieldWidth)
                if focused, field.options.count > 1 {
                    grid.write("  \(field.choice + 1) of \(field.options.count)", row: row, column: fieldColumn + DisplayWidth.of(text), style: .muted)
                }
                row += 1
            case .multiline:
                let rows = focused ? 4 : max(1, min(3, field.editor.visualLines(width: fieldWidth).count))
                if focused {
                    drawEditor(field.editor, row: row, column: fieldColumn, width: fieldWidth, rows: min(rows, box.bottom - row))
                } else {
                    drawEditor(field.editor, row: row, column: fieldColumn, width: fieldWidth, rows: min(rows, box.bottom - row), focused: false)
                }
                row += rows
            case .text where !focused && DisplayWidth.of(field.editor.text) > fieldWidth:
                // Left, a long value wraps from its start: one row showing only its end looked like lost text
                // ("From whom: Kai also agreed" for a sentence naming the mother first).
                row += grid.paragraph(field.editor.text, row: row, column: fieldColumn, width: fieldWidth,
                                      maxRows: max(1, min(3, box.bottom - row)))
            case .text, .date:
                drawEditor(field.editor, row: row, column: fieldColumn, width: fieldWidth, rows: 1, focused: focused)
                if field.kind == .date, focused {
                    grid.write("YYYY-MM-DD or today", row: row + 1, column: fieldColumn, style: .muted)
                    row += 1
                }
                row += 1
            }
        }
        // The focused choice's description, so each level's meaning is on screen while choosing.
        if describeChoice, form.fields.indices.contains(form.focus), let option = form.fields[form.focus].selectedOption,
           !option.detail.isEmpty, row + 1 < box.bottom {
            row += 1
            row += grid.paragraph(option.detail, row: row, column: fieldColumn, width: fieldWidth, maxRows: min(4, box.bottom - row), style: .guidance)
        }
        if let held = state.conflict, held.target == .form, row + 1 < box.bottom {
            row += 1
            row += drawConflict(held, row: row, column: 1, width: min(box.width, size.columns) - 2, bottom: box.bottom)
        }
        return row - box.row
    }

    /// Concerns, strengths, agencies or actions: the list, the highlighted entry in full, or its form.
    mutating func drawLog(_ box: Box) {
        guard let kind = state.screen.logKind, let record = state.open?.record else { return }
        if let form = state.form, case .entry(_, let id) = form.purpose {
            drawForm(box, heading: id == nil ? "Add \(kind.withArticle)" : "Edit \(kind.singular) \(id!)")
            return
        }
        let count = state.entryCount(kind, in: record)
        let cursor = min(state.logCursor[kind] ?? 0, max(0, count - 1))
        guard count > 0 else {
            let hint: String
            switch kind {
            case .concerns: hint = "No concerns recorded. Press a to log one: what happened, when, who said so, and whether it is about behaviour or a belief."
            case .strengths: hint = "No strengths recorded. Protective factors matter as much as concerns: press a to add one."
            case .agencies: hint = "No agencies recorded. Press a to note which agency knows the person and what they said."
            case .actions: hint = "No actions yet. Press a to add what needs doing, by whom and by when."
            }
            grid.paragraph(hint, row: box.row + 1, column: 2, width: box.width - 4, maxRows: 4)
            return
        }
        let listRows = max(3, min(count, box.height / 2))
        let top = max(0, min(cursor - listRows + 1, count - listRows))
        for index in top..<min(count, top + listRows) {
            let row = box.row + index - top
            let selected = index == cursor
            if selected { grid.fill(row: row, style: .selected) }
            grid.write(" " + entryLine(kind, index: index, record: record), row: row, column: 0, style: selected ? .selected : .normal, maxWidth: box.width - 1)
        }
        let detailTop = box.row + listRows + 1
        rule("Details", row: detailTop, column: 1, width: box.width - 2)
        grid.paragraph(entryDetail(kind, index: cursor, record: record), row: detailTop + 1, column: 2, width: box.width - 4,
                       maxRows: box.bottom - detailTop - 1)
    }

    func entryLine(_ kind: LogKind, index: Int, record: CaseRecord) -> String {
        let first = { (text: String) in String(text.split(separator: "\n").first ?? "") }
        switch kind {
        case .concerns:
            let concern = record.concerns[index]
            let heading = state.template?.section(id: concern.heading)?.title ?? concern.heading
            return "#\(concern.id) \(DisplayWidth.pad(concern.severity?.label ?? "-", to: 6)) \(DisplayWidth.pad(concern.nature.label, to: 11)) \(DisplayWidth.truncate(heading, to: 16))  \(first(concern.what))"
        case .strengths:
            let strength = record.strengths[index]
            return "#\(strength.id) \(first(strength.what))"
        case .agencies:
            let agency = record.agencies[index]
            let name = state.settings.agency(id: agency.agency)?.name ?? agency.agency
            return "#\(agency.id) \(DisplayWidth.pad(DisplayWidth.truncate(name, to: 24), to: 24)) \(first(agency.contribution))"
        case .actions:
            let action = record.actions[index]
            let due = action.due.map { " due \($0)" } ?? ""
            return "[\(action.done ? "x" : " ")] #\(action.id) \(first(action.what)) · \(action.owner)\(due)"
        }
    }

    func entryDetail(_ kind: LogKind, index: Int, record: CaseRecord) -> String {
        switch kind {
        case .concerns:
            let concern = record.concerns[index]
            let heading = state.template?.section(id: concern.heading)?.title ?? concern.heading
            return "\(concern.what)\n\nHeading: \(heading) · \(concern.nature.label) · \(concern.severity.map { "severity \($0.label)" } ?? "no severity") · \(concern.basis.label)\n"
                + "Observed: \(concern.observedOn?.iso8601 ?? "date not known") · Source: \(concern.source.isEmpty ? "not said" : concern.source)\n"
                + "Recorded \(state.local(concern.recordedAt)) by \(concern.recordedBy)"
        case .strengths:
            let strength = record.strengths[index]
            return "\(strength.what)\n\nObserved: \(strength.observedOn?.iso8601 ?? "date not known") · Source: \(strength.source.isEmpty ? "not said" : strength.source)"
        case .agencies:
            let agency = record.agencies[index]
            let name = state.settings.agency(id: agency.agency)?.name ?? agency.agency
            return "\(name) · contact: \(agency.contact.isEmpty ? "not said" : agency.contact) · checked \(agency.checkedOn?.iso8601 ?? "—")\n\n\(agency.contribution)"
        case .actions:
            let action = record.actions[index]
            return "\(action.what)\n\nOwner: \(action.owner) · due \(action.due?.iso8601 ?? "no date") · \(action.done ? "done \(action.doneOn?.iso8601 ?? "")" : "not done")"
        }
    }

    /// The decision form, with the chosen route's steps and contacts under it.
    mutating func drawDecision(_ box: Box) {
        let choosingLevel = state.form.map { $0.fields.indices.contains($0.focus) && $0.fields[$0.focus].id == "threshold" } ?? false
        let used = drawForm(box, heading: "Decision: your judgement, with the reasons for it. Nothing here is computed.",
                            describeChoice: !choosingLevel)
        guard let form = state.form, let routeID = form.choice("route"), let route = state.settings.route(id: routeID) else { return }
        var row = box.row + used + 1
        guard row < box.bottom else { return }
        if choosingLevel {
            // Every level with what it means, so the choice is made against the authority's own words.
            rule("\(state.settings.authority.shortName) threshold levels (←/→ chooses)", row: row, column: 1, width: box.width - 2)
            row += 1
            let chosen = form.choice("threshold")
            let levels = state.thresholdsForOpenCase
            let perLevel = max(1, (box.bottom - row) / max(1, levels.count))
            for level in levels where row < box.bottom {
                let mine = level.id == chosen
                grid.write(mine ? "▸" : " ", row: row, column: 1, style: .heading)
                let nameWidth = grid.write(level.name + ": ", row: row, column: 3, style: mine ? .selected : .heading, maxWidth: box.width - 4)
                let lines = Grid.wrap(level.description, width: box.width - 4 - nameWidth)
                let shown = min(lines.count, perLevel, box.bottom - row)
                row += grid.paragraph(level.description, row: row, column: 3 + nameWidth, width: box.width - 4 - nameWidth,
                                      maxRows: shown, style: mine ? .normal : .muted)
            }
            return
        }
        rule("\(route.name): steps and contacts", row: row, column: 1, width: box.width - 2)
        row += 1
        let wide = size.columns >= 120
        let stepsWidth = wide ? box.width * 3 / 5 : box.width - 4
        var stepRow = row
        let contacts = route.contacts.map { contact in
            [contact.name, contact.phone, contact.email, contact.role, contact.hours].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        }
        if wide {
            for (number, step) in route.steps.enumerated() where stepRow < box.bottom {
                stepRow += grid.paragraph("\(number + 1). \(step.title): \(step.detail)", row: stepRow, column: 2, width: stepsWidth, maxRows: 2)
            }
        } else {
            // At 80x24 the steps run as one line of titles so the contacts, what a first-timer needs most,
            // always keep their rows; the steps' details show from 120 columns.
            let flow = route.steps.enumerated().map { "\($0.offset + 1). \($0.element.title)" }.joined(separator: " → ")
            let room = max(1, box.bottom - stepRow - contacts.count)
            stepRow += grid.paragraph(flow, row: stepRow, column: 2, width: stepsWidth, maxRows: room)
        }
        if wide {
            var contactRow = row
            for contact in contacts where contactRow < box.bottom {
                contactRow += grid.paragraph(contact, row: contactRow, column: stepsWidth + 4, width: box.width - stepsWidth - 6, maxRows: 5, style: .heading) + 1
            }
        } else {
            // Each contact gets two rows when there is room for all of them to (name and number, then email).
            let perContact = max(1, min(2, (box.bottom - stepRow) / max(1, contacts.count)))
            for contact in contacts where stepRow < box.bottom {
                stepRow += grid.paragraph("☎ " + contact, row: stepRow, column: 2, width: box.width - 4, maxRows: perContact, style: .heading)
            }
        }
    }
}
