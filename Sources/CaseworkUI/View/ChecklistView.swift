import CaseworkCore

extension Frame {
    /// The stepper: the item list on the left, the item with its guidance and evidence on the right.
    mutating func drawChecklist(_ box: Box) {
        guard let open = state.open, let item = state.currentItem else { return }
        let listWidth = Layout.listPaneWidth(size)
        if listWidth > 0 {
            drawItemList(Box(row: box.row, column: 0, width: listWidth, height: box.height), open: open)
            for row in box.row..<box.bottom { grid.write("│", row: row, column: listWidth, style: .muted) }
        }
        let column = listWidth > 0 ? listWidth + 2 : 1
        drawItemDetail(Box(row: box.row, column: column, width: Layout.detailWidth(size), height: box.height),
                       open: open, item: item, markers: listWidth == 0)
    }

    /// One-character marker of an answer, so the list shows the picture at a glance.
    static func marker(_ answer: ItemAnswer, kind: ItemKind) -> String {
        switch kind {
        case .narrative: return answer.note.isEmpty ? "·" : "✓"
        case .scale: return answer.scale.map { String($0) } ?? "·"
        case .rated:
            if answer.status == .notAssessed { return answer.note.isEmpty ? "·" : "✎" }
            return String(answer.status.key)
        }
    }

    mutating func drawItemList(_ box: Box, open: OpenCase) {
        // Lines: a section title, then its items; scrolled so the current item stays in view.
        var lines: [(text: String, item: Int?)] = []
        var index = 0
        for section in open.template.sections {
            lines.append((section.title, nil))
            for item in section.items {
                let answer = open.record.answer(for: item.id)
                lines.append((" \(Frame.marker(answer, kind: item.kind)) \(item.title)", index))
                index += 1
            }
        }
        let current = lines.firstIndex { $0.item == state.itemIndex } ?? 0
        let top = max(0, min(current - box.height / 2, lines.count - box.height))
        for (offset, line) in lines.dropFirst(top).prefix(box.height).enumerated() {
            let row = box.row + offset
            if line.item == nil {
                grid.write(line.text, row: row, column: box.column, style: .heading, maxWidth: box.width)
            } else if line.item == state.itemIndex {
                grid.fill(row: row, column: box.column, width: box.width, style: .selected)
                grid.write(line.text, row: row, column: box.column, style: .selected, maxWidth: box.width)
            } else {
                grid.write(line.text, row: row, column: box.column, maxWidth: box.width)
            }
        }
    }

    mutating func drawItemDetail(_ box: Box, open: OpenCase, item: TemplateItem, markers: Bool) {
        let width = box.width
        let x = box.column
        let answer = open.record.answer(for: item.id)
        let section = open.template.section(containing: item.id)
        let sectionNumber = (open.template.sections.firstIndex { $0.id == section?.id } ?? 0) + 1
        var row = box.row
        let position = "Item \(state.itemIndex + 1)/\(state.items.count) · section \(sectionNumber)/\(open.template.sections.count): \(section?.title ?? "")"
        var used = grid.write(position, row: row, column: x, style: .muted, maxWidth: width)
        if markers, let section {
            // The section at a glance: one marker per item, the current one highlighted.
            used += grid.write("  ", row: row, column: x + used)
            for sectionItem in section.items where used + 2 <= width {
                let marker = Frame.marker(open.record.answer(for: sectionItem.id), kind: sectionItem.kind)
                used += grid.write(marker, row: row, column: x + used, style: sectionItem.id == item.id ? .selected : .heading)
                used += grid.write(" ", row: row, column: x + used)
            }
        }
        row += 1
        grid.write(item.title, row: row, column: x, style: .heading, maxWidth: width)
        row += 1
        row += grid.paragraph(item.question, row: row, column: x, width: width, maxRows: 4)
        if item.has(.referrerIdentity) {
            // Filled from the referral, not asked again: the evidence below is for how they know the person.
            let referral = open.record.referral
            let who = [referral.referrer, referral.referrerRole].filter { !$0.isEmpty }.joined(separator: ", ")
            let line = who.isEmpty
                ? "The referral names no referrer yet: e on the overview adds them."
                : "From the referral: \(who) (e on the overview corrects it). Add how they know the person."
            row += grid.paragraph(line, row: row, column: x, width: width, maxRows: 2, style: .muted)
        }
        if item.has(.immediateSafety) {
            grid.write("If harm is imminent, call 999 now.", row: row, column: x, style: .warning, maxWidth: width)
            row += 1
        }
        if item.isSpecialCategory {
            let kinds = (item.specialCategories ?? []).map(\.label).joined(separator: ", ")
            // Wrapped, never cut: "record only wh…" at 80 columns hid the instruction itself.
            row += grid.paragraph("Special category data\(kinds.isEmpty ? "" : ": \(kinds)"); record only what is needed.",
                                  row: row, column: x, width: width, maxRows: 3, style: .muted)
        }

        // Status line and the keys that set it.
        switch item.kind {
        case .rated:
            let style: Style = answer.status == .significantConcern || answer.status == .unknown ? .warning : .heading
            let used = grid.write("Status (0 1 2 n u x): ", row: row, column: x, maxWidth: width)
            // The item's status is what the keys change: the focus a screen reader should land on.
            grid.focus = (row, x + used)
            grid.write(open.template.label(for: answer.status, item: item.id), row: row, column: x + used, style: style,
                       maxWidth: width - used)
            // The legend at every size, in the section's own words (strengths read "in place" to "not in
            // place"): at 80x24 "Status (0 1 2 n u x)" alone left a first-timer guessing.
            row += 1
            let ratings = section?.ratingLabels?.keys(separator: " · ") ?? "0 none · 1 some · 2 significant"
            let legend = ratings + " · n not applicable · u unknown · x clear"
            if DisplayWidth.of(legend) <= width {
                grid.write(legend, row: row, column: x, style: .muted, maxWidth: width)
            } else {
                row += grid.paragraph(legend, row: row, column: x, width: width, maxRows: 2, style: .muted) - 1
            }
        case .scale:
            let scale = item.scale ?? ScaleDefinition(min: 0, max: 10, minLabel: "", maxLabel: "")
            let used = grid.write("Scale: ", row: row, column: x, maxWidth: width)
            grid.focus = (row, x + used)
            grid.write(answer.scale.map { "\($0) of \(scale.max)" } ?? "not set", row: row, column: x + used, style: .heading)
            row += 1
            grid.write("\(scale.min) = \(scale.minLabel); \(scale.max) = \(scale.maxLabel). Digits, + and - set it.",
                       row: row, column: x, style: .muted, maxWidth: width)
        case .narrative:
            grid.focus = (row, x)
            grid.write("Written answer: press Enter to write it.", row: row, column: x, style: .muted, maxWidth: width)
        }
        row += 1

        // The evidence block sits at the bottom; guidance fills the room between.
        let editingNote = state.editing == .note
        let noteRows = editingNote ? max(4, box.height / 3) : max(1, min(box.height / 4, Grid.wrap(answer.note, width: width).count))
        let evidenceTop = box.bottom - (noteRows + 3)
        if let held = state.conflict, held.target == .item(itemID: item.id, field: state.editing ?? .note) {
            drawConflict(held, row: row, column: x, width: width, bottom: evidenceTop)
        } else if state.guidanceShown {
            drawGuidance(item.guidance, row: row, column: x, width: width, bottom: evidenceTop)
        } else if row < evidenceTop {
            grid.write("Guidance hidden: ? shows what to look for and why it matters.", row: row + 1, column: x, style: .muted, maxWidth: width)
        }

        var y = evidenceTop
        let unsaved = state.conflict != nil && editingNote
        rule(unsaved ? "Your text: not saved" : item.kind == .narrative ? "Answer (Enter)" : "Evidence (Enter to write)", row: y, column: x, width: width)
        y += 1
        if editingNote {
            drawEditor(state.editor, row: y, column: x, width: width, rows: noteRows)
        } else if answer.note.isEmpty {
            grid.write("Nothing written yet.", row: y, column: x, style: .muted, maxWidth: width)
        } else {
            grid.paragraph(answer.note, row: y, column: x, width: width, maxRows: noteRows)
        }
        y += noteRows
        drawSmallField("Source (s): ", value: answer.source, field: .source, row: y, column: x, width: width)
        y += 1
        var after = "Date (d): "
        let dateUsed = drawSmallField(after, value: answer.observedOn?.iso8601 ?? "", field: .date, row: y, column: x, width: width / 2 + 4)
        if state.editing != .date {
            after = "   Basis (f): \(answer.basis?.label ?? "not said")"
            grid.write(after, row: y, column: x + dateUsed, style: .muted, maxWidth: width - dateUsed)
        }
    }

    /// Guidance in its parts (the beliefs reminder set apart, the rating guide after what to look for), cut to
    /// the room there is.
    mutating func drawGuidance(_ guidance: ItemGuidance, row start: Int, column x: Int, width: Int, bottom: Int, ruled: Bool = true) {
        var row = start
        guard row < bottom else { return }
        if ruled {
            rule("Guidance (? hides)", row: row, column: x, width: width)
        }
        row += 1
        var parts: [(String, String, Style)] = [("Look for: ", guidance.lookFor, .guidance)]
        // Where "some" ends and "significant" begins, by the keys that set them, in every section's words.
        if let guide = guidance.ratingGuide {
            parts += [("1 looks like: ", guide.someConcern, .guidance), ("2 looks like: ", guide.significantConcern, .guidance)]
        }
        parts.append(("Why it matters: ", guidance.whyItMatters, .guidance))
        if let reminder = guidance.beliefsReminder { parts.insert(("! Beliefs: ", reminder, .reminder), at: 0) }
        for (label, text, style) in parts where row < bottom {
            let lines = Grid.wrap(label + text, width: width)
            if lines.count > bottom - row {
                // Cut short: say where the rest is.
                let room = bottom - row
                for (offset, line) in lines.prefix(room - 1).enumerated() {
                    grid.write(line, row: row + offset, column: x, style: style, maxWidth: width)
                }
                grid.write("… i shows all the guidance", row: bottom - 1, column: x, style: .muted, maxWidth: width)
                return
            }
            row += grid.paragraph(label + text, row: row, column: x, width: width, maxRows: bottom - row, style: style)
        }
    }

    /// The whole guidance of the current item in a panel over the screen (i in the checklist).
    mutating func drawGuidancePanel() {
        guard let item = state.currentItem else { return }
        let width = min(size.columns, 100)
        let height = size.rows - 2 - (trainingHintRows > 0 ? trainingHintRows + 1 : 0)  // the training hint stays in view
        let box = Box(row: 1, column: (size.columns - width) / 2, width: width, height: height)
        drawPanel(box, title: "Guidance: \(item.title)")
        drawGuidance(item.guidance, row: box.row + 1, column: box.column + 2, width: width - 4, bottom: box.bottom - 2, ruled: false)
        grid.write("Any key closes the guidance.", row: box.bottom - 2, column: box.column + 2, style: .muted, maxWidth: width - 4)
    }

    /// A one-line field (source, date), shown as an editor when it is being edited. Returns columns used.
    @discardableResult
    mutating func drawSmallField(_ label: String, value: String, field: ItemField, row: Int, column: Int, width: Int) -> Int {
        let used = grid.write(label, row: row, column: column, style: .muted, maxWidth: width)
        if state.editing == field {
            drawEditor(state.editor, row: row, column: column + used, width: width - used, rows: 1)
            return width
        }
        return used + grid.write(value.isEmpty ? "—" : value, row: row, column: column + used, maxWidth: width - used)
    }

    /// Draws an editor's visible lines, scrolled to the cursor, and puts the terminal cursor there.
    mutating func drawEditor(_ editor: TextEditor, row: Int, column: Int, width: Int, rows: Int, focused: Bool = true) {
        let lines = editor.visualLines(width: width)
        let position = editor.cursorPosition(width: width)
        let top = max(0, position.row - rows + 1)
        for index in 0..<rows {
            grid.fill(row: row + index, column: column, width: width, style: focused ? .input : .normal)
            let lineIndex = top + index
            guard lines.indices.contains(lineIndex) else { continue }
            var x = column
            for character in lines[lineIndex] {
                if character == "\n" { continue }
                x += grid.write(String(character), row: row + index, column: x, style: focused ? .input : .normal, maxWidth: column + width - x)
            }
        }
        if focused { grid.cursor = (row + position.row - top, column + position.column) }
    }
}
