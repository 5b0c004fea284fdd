import CaseworkCore

/// Draws the whole screen for a state at a size. Pure: the same state and size give the same Grid.
public func view(_ state: AppState, size: Size) -> Grid {
    var grid = Grid(size: size)
    guard size.isLargeEnough else {
        let line = "Please make the window at least 80×24 (it is now \(size.columns)×\(size.rows))."
        let width = DisplayWidth.of(line)
        grid.write(line, row: size.rows / 2, column: max(0, (size.columns - width) / 2), style: .warning)
        var small = Frame(grid: grid, state: state)
        small.drawTrainingBanner()
        return small.grid
    }
    var frame = Frame(grid: grid, state: state)
    frame.drawChrome()
    let body = frame.body
    switch state.screen {
    case .caseList: frame.drawCaseList(body)
    case .newCase: frame.drawForm(body, heading: "New case: who is it about, and why were they referred?")
    case .overview: frame.drawOverview(body)
    case .checklist: frame.drawChecklist(body)
    case .concerns, .strengths, .agencies, .actions: frame.drawLog(body)
    case .decision: frame.drawDecision(body)
    case .summary: frame.drawSummary(body)
    }
    frame.drawTrainingHint()
    if state.guidancePanelShown { frame.drawGuidancePanel() }
    if state.helpShown { frame.drawHelp() }
    if let offer = state.resumeOffer { frame.drawResume(offer) }
    frame.drawTrainingBanner()
    grid = frame.grid
    return grid
}

/// The grid being drawn and the state it shows; each screen adds its drawing in an extension.
struct Frame {
    var grid: Grid
    let state: AppState

    var size: Size { grid.size }

    var banner: String? {
        guard let open = state.open, open.readOnly else { return nil }
        if let holder = open.heldBy {
            let since = String(state.local(holder.since).suffix(5))
            return "Read-only: \(holder.user) has had this case open since \(since) (on \(holder.host))"
        }
        return "Read-only: this case cannot be changed here"
    }

    /// Where screens draw: under the title (and banner), above the status line and key bar.
    var body: Box {
        let top = banner == nil ? 1 : 2
        return Box(row: top, column: 0, width: size.columns, height: size.rows - 2 - top - trainingHintRows)
    }

    mutating func drawChrome() {
        grid.fill(row: 0, style: .title)
        var title = " \(state.training?.banner ?? "Casework") · \(state.screen.title)"
        if let record = state.open?.record {
            title += " │ \(record.reference) \(state.subjectLabel(record.subject)) │ \(record.status.label)"
        }
        grid.write(title, row: 0, column: 0, style: .title)
        let right = state.user + " "
        let rightWidth = DisplayWidth.of(TextSanitizer.line(right))
        if DisplayWidth.of(TextSanitizer.line(title)) + rightWidth + 2 < size.columns {
            grid.write(right, row: 0, column: size.columns - rightWidth, style: .title)
        }
        if let banner {
            grid.fill(row: 1, style: .banner)
            grid.write(" " + banner, row: 1, column: 0, style: .banner)
        }
        let statusRow = size.rows - 2
        if state.confirmRemove || !state.message.isEmpty {
            grid.write(" " + state.message, row: statusRow, column: 0, style: state.messageIsWarning || state.confirmRemove ? .warning : .muted)
        }
        drawKeyBar(row: size.rows - 1)
    }

    mutating func drawKeyBar(row: Int) {
        grid.fill(row: row, style: .keyBar)
        var x = 0
        for key in state.keyHelp where key.inBar {
            let need = DisplayWidth.of(key.key) + DisplayWidth.of(key.label) + 3
            if x + need > size.columns { break }
            x += grid.write(key.key, row: row, column: x, style: .keyName) + 1
            x += grid.write(key.label, row: row, column: x, style: .keyBar)
            x += 2
        }
    }

    /// A framed box with a title, cleared inside.
    mutating func drawPanel(_ box: Box, title: String) {
        for row in box.row..<box.bottom { grid.fill(row: row, column: box.column, width: box.width, style: .normal) }
        let inner = max(0, box.width - 2)
        grid.write("┌" + String(repeating: "─", count: inner) + "┐", row: box.row, column: box.column)
        for row in (box.row + 1)..<max(box.row + 1, box.bottom - 1) {
            grid.write("│", row: row, column: box.column)
            grid.write("│", row: row, column: box.column + box.width - 1)
        }
        grid.write("└" + String(repeating: "─", count: inner) + "┘", row: box.bottom - 1, column: box.column)
        grid.write(" \(title) ", row: box.row, column: box.column + 2, style: .heading, maxWidth: inner - 2)
    }

    mutating func drawHelp() {
        let keys = state.keyHelp
        let width = min(size.columns - 4, 90)
        let detailWidth = width - 17
        let wrapped = keys.map { Grid.wrap($0.detail, width: detailWidth) }
        let lineCount = wrapped.reduce(0) { $0 + $1.count }
        let height = min(size.rows - 2, lineCount + 5)
        let box = Box(row: max(1, (size.rows - height) / 2), column: (size.columns - width) / 2, width: width, height: height)
        drawPanel(box, title: "Keys: \(state.editing != nil ? "editing text" : state.screen.title)")
        var row = box.row + 2
        for (key, lines) in zip(keys, wrapped) where row + lines.count <= box.bottom - 3 {
            grid.write(key.key, row: row, column: box.column + 2, style: .keyName, maxWidth: 12)
            for line in lines {
                grid.write(line, row: row, column: box.column + 15, maxWidth: detailWidth)
                row += 1
            }
        }
        grid.write("Any key closes this help. Esc goes back, q quits; every change is saved as you make it.",
                   row: box.bottom - 2, column: box.column + 2, style: .muted, maxWidth: width - 4)
    }

    mutating func drawResume(_ offer: WorkbenchSession) {
        let width = min(size.columns - 4, 70)
        let box = Box(row: size.rows / 2 - 4, column: (size.columns - width) / 2, width: width, height: 8)
        drawPanel(box, title: "Welcome back")
        let place = state.resumePlace(offer)
        grid.paragraph("Resume where you were: \(place)?", row: box.row + 2, column: box.column + 2, width: width - 4, maxRows: 2, style: .heading)
        // The question is what Enter and Esc answer, not the list row behind the panel.
        grid.focus = (box.row + 2, box.column + 2)
        if offer.draft != nil || offer.form != nil {
            let kept = offer.form != nil ? "The form you were filling in was kept and will be put back." : "Text you were typing was kept and will be put back."
            grid.write(kept, row: box.row + 4, column: box.column + 2, maxWidth: width - 4)
        }
        grid.write("Enter resumes · Esc starts at the case list", row: box.row + 6, column: box.column + 2, style: .muted, maxWidth: width - 4)
    }

    /// A horizontal rule with a label, for sections inside a screen.
    mutating func rule(_ label: String, row: Int, column: Int, width: Int) {
        let used = grid.write("─ " + label + " ", row: row, column: column, style: .heading, maxWidth: width)
        if used < width { grid.write(String(repeating: "─", count: width - used), row: row, column: column + used, style: .muted) }
    }
}
