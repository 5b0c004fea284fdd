import CaseworkCore

/// What training mode draws over the ordinary screens: the banner, the walkthrough's hint and the key echo.
extension Frame {
    /// Below this many rows the hint gets three rows and no rule, so an 80x24 screen keeps its content.
    static let roomyHintRows = 30

    /// The walkthrough hint's lines for the screen in view (empty when it is off or not in training).
    var trainingHintLines: [String] {
        guard let training = state.training, training.hintsShown else { return [] }
        let hint = TrainingGuide.hint(for: state.trainingStage)
        if size.rows < Frame.roomyHintRows {
            return Grid.wrap("Guide · \(hint.title): \(hint.text)", width: size.columns - 2)
        }
        return Grid.wrap(hint.text, width: size.columns - 4)
    }

    /// Rows the hint takes above the status line, taken from the screen's body so nothing is drawn under it.
    var trainingHintRows: Int {
        let lines = trainingHintLines.count
        guard lines > 0 else { return 0 }
        if size.rows < Frame.roomyHintRows { return min(3, lines) }
        return 1 + min(lines, max(3, size.rows / 6))
    }

    /// The hint above the status line, and the key echo on it. Drawn before help and panels, which may cover it.
    mutating func drawTrainingHint() {
        guard let training = state.training else { return }
        let rows = trainingHintRows
        if rows > 0 {
            let hint = TrainingGuide.hint(for: state.trainingStage)
            let top = size.rows - 2 - rows
            for row in top..<(top + rows) { grid.fill(row: row, style: .guidance) }
            if size.rows < Frame.roomyHintRows {
                let text = "Guide · \(hint.title): \(hint.text)"
                grid.paragraph(text, row: top, column: 1, width: size.columns - 2, maxRows: rows, style: .guidance)
                // The heading part again in its own style, never past the first wrapped line.
                let firstLine = DisplayWidth.of(Grid.wrap(text, width: size.columns - 2).first ?? "")
                grid.write("Guide · \(hint.title):", row: top, column: 1, style: .heading, maxWidth: firstLine)
            } else {
                rule("Guide: \(hint.title)", row: top, column: 0, width: size.columns - 14)
                grid.write(" F3 hides it", row: top, column: size.columns - 14, style: .muted, maxWidth: 14)
                grid.paragraph(hint.text, row: top + 1, column: 2, width: size.columns - 4, maxRows: rows - 1, style: .guidance)
            }
        }
        if training.echoShown { drawKeyEcho(training.echo) }
    }

    /// The last keys, at the right of the status line, beside any message rather than over the start of it.
    mutating func drawKeyEcho(_ echo: TrainingKeyEcho) {
        let messageWidth = state.message.isEmpty && !state.confirmRemove ? 0 : DisplayWidth.of(TextSanitizer.line(state.message)) + 3
        let width = max(24, min(60, size.columns - messageWidth - 1))
        let line = echo.line(width: width)
        guard !line.isEmpty else { return }
        let used = DisplayWidth.of(line)
        let column = size.columns - used - 1
        grid.fill(row: size.rows - 2, column: column - 1, width: used + 2, style: .normal)
        grid.write(line, row: size.rows - 2, column: column, style: .reminder, maxWidth: used)
    }

    /// The training banner at the start of the title bar (where "Casework" stands in real work), drawn last in
    /// its own style: no panel, help or form can cover it, and a long title never pushes it off.
    mutating func drawTrainingBanner() {
        guard let training = state.training else { return }
        let text = " \(training.banner) "
        let width = min(size.columns, DisplayWidth.of(text))
        let column = size.isLargeEnough ? 0 : max(0, (size.columns - width) / 2)
        grid.write(text, row: 0, column: column, style: .banner, maxWidth: width)
    }
}
