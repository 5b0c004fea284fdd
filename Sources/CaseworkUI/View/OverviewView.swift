import CaseworkCore

extension Frame {
    /// Progress per section, concerns by heading, what is unknown, the decision; the way into each part.
    mutating func drawOverview(_ box: Box) {
        guard let open = state.open else { return }
        if let form = state.form, form.purpose == .details {
            drawForm(box, heading: "The person and the referral (Esc saves, F2 or Ctrl-S saves and stays)")
            return
        }
        let record = open.record
        let template = open.template
        let leftWidth = size.columns >= 120 ? 64 : 46
        let rightColumn = leftWidth + 2
        let rightWidth = size.columns - rightColumn - 1

        // The sharing log runs the full width at the foot: who got what, when, on what basis.
        // Every row the list leaves free, and at least two shares even if the list has to scroll.
        let log = state.overviewSharingLog
        let free = box.bottom - (box.row + 1 + state.overviewEntries.count) - 1
        let logShown = log.isEmpty ? 0 : min(log.count, max(2, free))
        let logRows = log.isEmpty ? 0 : logShown + 1
        let bottom = box.bottom - logRows

        grid.write(" Part of the case", row: box.row, column: 0, style: .heading)
        grid.write("Answered  Concerns", row: box.row, column: leftWidth - 18, style: .heading)
        var row = box.row + 1
        let entries = state.overviewEntries
        // The list scrolls when the log leaves it too few rows, keeping the highlight in view.
        let listRows = max(1, bottom - row)
        let first = max(0, min(state.overviewCursor - listRows + 1, entries.count - listRows))
        for (index, entry) in entries.enumerated().dropFirst(first) where row < bottom {
            let selected = index == state.overviewCursor
            let style: Style = selected ? .selected : .normal
            if selected { grid.fill(row: row, column: 0, width: leftWidth, style: .selected) }
            var label = ""
            var answered = ""
            var concerns = ""
            switch entry {
            case .section(let number):
                let section = template.sections[number]
                label = "\(number + 1). \(section.title)"
                let done = section.items.filter { record.answer(for: $0.id).isAnswered }.count
                answered = "\(done)/\(section.items.count)"
                if section.concernHeading { concerns = "\(record.concerns.filter { $0.heading == section.id }.count)" }
            case .log(let kind):
                label = kind.screen.title
                answered = "\(state.entryCount(kind, in: record))"
            case .decision:
                label = "Decision"
                answered = record.decision == nil ? "—" : "made"
            case .summary:
                label = "Summary preview"
            }
            grid.write(DisplayWidth.truncate(label, to: leftWidth - 21), row: row, column: 1, style: style, maxWidth: leftWidth - 21)
            grid.write(DisplayWidth.pad(answered, to: 8), row: row, column: leftWidth - 18, style: style)
            grid.write(concerns, row: row, column: leftWidth - 8, style: style, maxWidth: 7)
            row += 1
        }

        // The right-hand column: the case at a glance.
        var right = box.row
        rule("Case", row: right, column: rightColumn, width: rightWidth)
        right += 1
        let subject = state.subjectLabel(record.subject)
        var who = "Subject: \(subject)"
        if let age = record.subject.age(on: state.today) { who += ", \(age)" } else { who += ", age not known (e)" }
        right += grid.paragraph(who, row: right, column: rightColumn, width: rightWidth, maxRows: 2)
        right += grid.paragraph("Referred \(record.referral.receivedOn) · lead \(record.lead)", row: right, column: rightColumn, width: rightWidth, maxRows: 2)
        right += grid.paragraph("Reason: " + record.referral.reason, row: right, column: rightColumn, width: rightWidth, maxRows: 2, style: .muted)

        rule("Decision", row: right, column: rightColumn, width: rightWidth)
        right += 1
        if let decision = record.decision {
            let level = state.settings.threshold(id: decision.threshold)?.name ?? decision.threshold
            let route = state.settings.route(id: decision.route)?.name ?? decision.route
            right += grid.paragraph("\(level) · \(route)", row: right, column: rightColumn, width: rightWidth, maxRows: 2, style: .heading) - 1
            right += 1
            let review = decision.reviewOn.map { "Next review \($0)" + ($0 < state.today ? " (overdue)" : "") } ?? "No review date set"
            grid.write("Decided \(decision.decidedOn)", row: right, column: rightColumn, maxWidth: rightWidth)
            right += 1
            grid.write(review, row: right, column: rightColumn,
                       style: (decision.reviewOn.map { $0 < state.today } ?? false) ? .warning : .normal, maxWidth: rightWidth)
        } else {
            grid.write("Not decided yet (d to decide)", row: right, column: rightColumn, style: .muted, maxWidth: rightWidth)
            right += 1
            grid.write("No review date", row: right, column: rightColumn, style: .muted, maxWidth: rightWidth)
        }
        right += 1

        let all = template.allItems
        let unknown = all.filter { record.answer(for: $0.id).status == .unknown }
        let untouched = all.filter { !record.answer(for: $0.id).isAnswered }
        let answered = all.count - untouched.count
        rule("Progress", row: right, column: rightColumn, width: rightWidth)
        right += 1
        right += grid.paragraph("\(answered) of \(all.count) items answered · \(record.concerns.count) concerns · \(record.strengths.count) strengths",
                   row: right, column: rightColumn, width: rightWidth, maxRows: 2)
        rule("Still unknown: \(unknown.count)", row: right, column: rightColumn, width: rightWidth)
        right += 1
        let room = bottom - right
        if unknown.isEmpty, room > 0 {
            grid.paragraph(untouched.isEmpty ? "Nothing is marked unknown." : "Nothing marked unknown. \(untouched.count) items not yet looked at: ] goes to the next.",
                       row: right, column: rightColumn, width: rightWidth, maxRows: room, style: .muted)
        }
        for (index, item) in unknown.prefix(max(0, room)).enumerated() {
            let more = unknown.count - room
            if index == room - 1, more > 0 {
                grid.write("… and \(more + 1) more", row: right + index, column: rightColumn, style: .muted)
                break
            }
            grid.write(DisplayWidth.truncate("? " + item.title, to: rightWidth), row: right + index, column: rightColumn, style: .warning, maxWidth: rightWidth)
        }

        if logRows > 0 {
            let top = box.bottom - logRows
            let more = log.count - logShown
            rule("Sharing log: \(log.count), newest first" + (more > 0 ? ", and \(more) more" : ""),
                 row: top, column: 1, width: box.width - 2)
            for (offset, line) in log.prefix(logShown).enumerated() {
                grid.write(DisplayWidth.truncate(line, to: box.width - 2), row: top + 1 + offset, column: 1, maxWidth: box.width - 2)
            }
        }
    }
}
