import CaseworkCore

extension Frame {
    /// The summary screen: who it is for, then (scrolled together) the warnings and the draft text; the
    /// share or decline form, or the recipient picker, drawn over it.
    mutating func drawSummary(_ box: Box) {
        let profile = state.summaryProfile
        if let form = state.form, form.purpose == .share || form.purpose == .decline {
            let name = profile?.name ?? "?"
            // The keys are on the status line below; the heading says only what the form does.
            drawForm(box, heading: form.purpose == .share
                ? "Share the summary with \(name)"
                : "Record a decision not to share with \(name)")
            return
        }
        if state.form == nil, state.sharing.reviewing {
            drawShareReview(box)
            if state.sharing.picking { drawRecipientPicker(box) }
            return
        }
        if let form = state.form, form.purpose == .consent {
            drawForm(box, heading: "What the family was told, and agreement to a service (F2 or Ctrl-S saves)")
            return
        }
        let heading = "For: \(profile?.name ?? "?") · draft, not shared · r: another recipient"
        grid.write(" " + heading, row: box.row, column: 0, style: .heading, maxWidth: box.width)
        let lines = state.summaryLines
        let warningCount = state.summaryWarningLines.count
        let rows = max(1, box.height - 2)
        let top = min(state.summaryScroll, max(0, lines.count - rows))
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let index = top + offset
            let style: Style = index < warningCount ? (line.hasPrefix(" ") || line.isEmpty ? .warning : .heading) : .normal
            grid.write(line, row: box.row + 1 + offset, column: 1, style: style, maxWidth: box.width - 2)
        }
        let last = min(lines.count, top + rows)
        grid.write("Lines \(top + 1)-\(last) of \(lines.count) · ↓/PgDn for more · S share · d decline",
                   row: box.bottom - 1, column: 1, style: .muted, maxWidth: box.width - 2)
        if state.sharing.picking { drawRecipientPicker(box) }
    }

    /// The recipient profiles from the authority's settings, each with what it is for.
    mutating func drawRecipientPicker(_ box: Box) {
        let recipients = state.settings.recipients
        let width = min(box.width - 4, 90)
        let textWidth = width - 6
        // Three lines of description each when the screen has room, else two.
        let perEntry = box.height >= recipients.count * 4 + 4 ? 4 : 3
        let height = min(box.height, recipients.count * perEntry + 4)
        let panel = Box(row: box.row + max(0, (box.height - height) / 2), column: (size.columns - width) / 2, width: width, height: height)
        drawPanel(panel, title: "Who is the summary for?")
        var row = panel.row + 1
        // Keep the highlighted profile in view when the panel is shorter than the list.
        let fits = max(1, (panel.height - 3) / perEntry)
        let first = max(0, min(state.sharing.pickerCursor - fits + 1, recipients.count - fits))
        for (index, recipient) in recipients.enumerated().dropFirst(first).prefix(fits) {
            let selected = index == state.sharing.pickerCursor
            let marker = recipient.id == state.summaryProfile?.id ? "● " : "  "
            grid.fill(row: row, column: panel.column + 1, width: width - 2, style: selected ? .selected : .normal)
            grid.write(marker + recipient.name, row: row, column: panel.column + 2, style: selected ? .selected : .heading, maxWidth: textWidth + 2)
            row += 1
            row += grid.paragraph(recipient.description, row: row, column: panel.column + 4, width: textWidth, maxRows: perEntry - 1, style: .muted)
            row = max(row, panel.row + 1 + (index - first + 1) * perEntry)
        }
        grid.write("↑/↓ move · Enter preview for this recipient · Esc keep the current one",
                   row: panel.bottom - 2, column: panel.column + 2, style: .muted, maxWidth: width - 4)
    }
}
