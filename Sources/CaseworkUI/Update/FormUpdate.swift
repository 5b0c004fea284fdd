import CaseworkCore

extension AppState {
    /// Keys of a form: fields edit in place, Tab and arrows move, Ctrl-S or F2 saves, Esc saves and leaves.
    mutating func formKey(_ key: Key) -> [Effect] {
        guard var current = form else { return screen == .decision ? back() : [] }
        let focus = current.focus
        let field = current.fields[focus]
        let width = formFieldWidth
        var moveBy = 0
        if conflict?.target == .form {
            // Held by a conflict: saving is done on purpose, on the case as it now is.
            switch key {
            case .escape, .ctrl("s"), .function(2): return saveOverConflict()
            case .enter where field.kind != .multiline && focus == current.fields.count - 1: return saveOverConflict()
            default: break
            }
        }
        switch key {
        case .escape:
            // A form over a screen of its own (a log, the overview's details) closes onto that screen.
            let staysOnScreen = screen.logKind != nil || current.purpose == .details
            if !current.changed { form = nil; return staysOnScreen ? [] : back() }
            if current.discardArmed {
                form = nil
                say("Discarded.")
                return staysOnScreen ? [] : back()
            }
            return submitForm(quietly: false, leaving: true)
        case .ctrl("s"), .function(2):
            return submitForm(quietly: false, leaving: screen != .decision && current.purpose != .details)
        case .ctrl("u") where field.kind != .choice:
            // Clears the field, as in a shell: correcting a whole name is quicker than deleting it.
            current.fields[focus].editor = TextEditor("", multiline: field.kind == .multiline)
            current.fields[focus].editor.markChanged()
            current.discardArmed = false
            typed()
        case .tab: moveBy = 1
        case .backTab: moveBy = -1
        case .enter:
            if field.kind == .multiline {
                current.fields[focus].editor.insert("\n")
                typed()
            } else if focus == current.fields.count - 1 {
                return submitForm(quietly: false, leaving: true)
            } else {
                moveBy = 1
            }
        case .up, .down:
            let delta = key == .up ? -1 : 1
            if field.kind == .multiline, current.fields[focus].editor.vertical(delta, width: width) { break }
            moveBy = delta
        case .left, .right, .char(" "):
            let delta = key == .left ? -1 : 1
            if field.kind == .choice {
                let count = field.options.count
                if count > 0 {
                    current.fields[focus].choice = (field.choice + delta + count) % count
                    current.fields[focus].choiceChanged = true
                    sessionDirty = true
                }
            } else if key == .left {
                current.fields[focus].editor.left()
            } else {
                current.fields[focus].editor.right()
            }
        default:
            if field.kind != .choice, AppState.editText(&current.fields[focus].editor, key, width: width) { typed() }
        }
        if moveBy != 0 {
            current.focus = min(max(0, focus + moveBy), current.fields.count - 1)
        }
        current.discardArmed = false
        form = current
        return []
    }

    /// The shared text keys of every editor: Backspace/Delete, word and line moves, Ctrl-W.
    /// Returns true when the text changed.
    static func editText(_ editor: inout TextEditor, _ key: Key, width: Int) -> Bool {
        switch key {
        case .backspace, .ctrl("h"): editor.backspace(); return true
        case .delete, .ctrl("d"): editor.deleteForward(); return true
        case .ctrl("w"): editor.deleteWordBackward(); return true
        case .left: editor.left()
        case .right: editor.right()
        case .wordLeft: editor.wordLeft()
        case .wordRight: editor.wordRight()
        case .home, .ctrl("a"): editor.home(width: width)
        case .end, .ctrl("e"): editor.end(width: width)
        case .up: editor.vertical(-1, width: width)
        case .down: editor.vertical(1, width: width)
        default: break
        }
        return false
    }

    /// The first field the command line would refuse too (ValueChecks): text a person can read, and no
    /// date of something that has happened set in the future (a due or review date looks ahead, and the
    /// new-case form checks its received date itself).
    func valueProblem(in form: Form, dates: [String: LocalDate?]) -> (Int, String)? {
        let today = self.today
        for (index, field) in form.fields.enumerated() {
            do {
                switch field.kind {
                case .date:
                    guard !["due", "review", "received", "dob"].contains(field.id), let day = dates[field.id] ?? nil else { continue }
                    try ValueChecks.observedOn(day, field: field.label, today: today)
                case .text, .multiline:
                    if field.required {
                        try ValueChecks.printableText(form.text(field.id), field: field.label)
                    } else {
                        try ValueChecks.optionalText(form.text(field.id), field: field.label)
                    }
                case .choice:
                    continue
                }
            } catch {
                return (index, "\(error)")
            }
        }
        return nil
    }

    /// Checks and saves the form. On a problem the form stays, the field is focused and one sentence
    /// says what to fix; `quietly` (a signal) saves what it can and never blocks.
    mutating func submitForm(quietly: Bool, leaving: Bool = true) -> [Effect] {
        guard var current = form else { return [] }
        if let index = current.fields.firstIndex(where: { $0.required && $0.kind != .choice && current.text($0.id).isEmpty }) {
            current.focus = index
            current.discardArmed = true
            form = current
            warn("\(current.fields[index].label) is needed. Fill it in, or press Esc again to discard this form.")
            return []
        }
        var dates: [String: LocalDate?] = [:]
        for (index, field) in current.fields.enumerated() where field.kind == .date {
            let text = current.text(field.id)
            guard let parsed = parseDate(text) else {
                current.focus = index
                current.discardArmed = true
                form = current
                warn("\(field.label): '\(text)' is not a date. Use YYYY-MM-DD or 'today'.")
                return []
            }
            dates[field.id] = parsed
        }
        if let (index, problem) = valueProblem(in: current, dates: dates) {
            current.focus = index
            current.discardArmed = true
            form = current
            warn(problem)
            return []
        }
        form = nil
        var effects: [Effect] = []
        switch current.purpose {
        case .newCase:
            guard let received = dates["received"] ?? nil else {
                form = current
                warn("Date received is needed (YYYY-MM-DD or 'today').")
                return []
            }
            // The same checks as `casework new` (ValueChecks), so both refuse the same things.
            do {
                try ValueChecks.printableText(current.text("name"), field: "Subject's name")
                try ValueChecks.printableText(current.text("reason"), field: "Reason")
                try ValueChecks.receivedOn(received, today: today)
            } catch {
                current.discardArmed = true
                form = current
                warn("\(error)")
                return []
            }
            effects.append(.createCase(NewCase(
                subjectName: current.text("name"), reason: current.text("reason"), receivedOn: received,
                referrer: current.text("referrer"), referrerRole: current.text("role"))))
            say("Creating the case...")
            return effects
        case .entry(let kind, let id):
            effects += saveEntry(kind, id: id, form: current, dates: dates)
            pendingSave?.form = current
        case .decision:
            let threshold = current.choice("threshold") ?? ""
            let route = current.choice("route") ?? ""
            let rationale = current.text("rationale")
            let review = dates["review"] ?? nil
            do {
                try ValueChecks.printableText(rationale, field: "Rationale")
            } catch {
                current.discardArmed = true
                form = current
                warn("\(error)")
                return []
            }
            let user = self.user, today = self.today
            effects += save("Decision recorded") { record in
                let decidedOn = record.decision.map { old in
                    old.threshold == threshold && old.route == route ? old.decidedOn : today
                } ?? today
                record.decision = Decision(
                    threshold: threshold, route: route, rationale: rationale, decidedBy: user, decidedOn: decidedOn,
                    reviewOn: review)
                if record.status == .newReferral || record.status == .assessing { record.status = .decided }
            }
            pendingSave?.form = current
            let saved = "Decision saved: \(settings.threshold(id: threshold)?.name ?? threshold), \(settings.route(id: route)?.name ?? route)."
            if !leaving {
                openDecision()
            } else {
                effects += back()
            }
            if !readOnly {
                if let warning = ValueChecks.reviewWarning(review, today: today) { warn(saved + " " + warning) } else { say(saved) }
            }
            return effects
        case .share, .decline:
            return submitSharingForm(current, quietly: quietly)
        case .details:
            return submitDetailsForm(current, dates: dates, leaving: leaving)
        case .consent:
            let effects = submitConsentForm(current, dates: dates)
            pendingSave?.form = current
            return effects
        }
        return effects
    }

    /// YYYY-MM-DD, 'today', or empty (no date); nil when the text is none of those.
    func parseDate(_ text: String) -> LocalDate?? {
        let trimmed = text.trimmedOfSpaces.lowercased()
        if trimmed.isEmpty { return .some(nil) }
        if trimmed == "today" { return .some(today) }
        if let date = LocalDate(iso8601: trimmed) { return .some(date) }
        return nil
    }

    /// Width of a form's text fields at the current size.
    var formFieldWidth: Int { max(20, min(size.columns, 120) - Layout.formLabelWidth - 4) }

    // MARK: The decision

    /// Shows the decision screen with a form holding the current decision (or the first options).
    mutating func openDecision() {
        let decision = open?.record.decision
        let thresholds = thresholdsForOpenCase.map { FormField.Option(id: $0.id, label: $0.name, detail: $0.description) }
        let routes = settings.routes.map {
            FormField.Option(id: $0.id, label: $0.name, detail: $0.description + " When to use: " + $0.whenToUse)
        }
        var newForm = Form(purpose: .decision, fields: [
            FormField(id: "threshold", label: "Threshold level", kind: .choice, options: thresholds,
                      choice: thresholds.firstIndex { $0.id == decision?.threshold } ?? 0),
            FormField(id: "route", label: "Route", kind: .choice, options: routes,
                      choice: routes.firstIndex { $0.id == decision?.route } ?? 0),
            FormField(id: "rationale", label: "Rationale", kind: .multiline, text: decision?.rationale ?? "", required: true),
            FormField(id: "review", label: "Review on", kind: .date,
                      text: decision?.reviewOn?.iso8601 ?? ""),
        ])
        newForm.focus = 0
        form = newForm
        if screen != .decision { go(to: .decision) }
    }
}
