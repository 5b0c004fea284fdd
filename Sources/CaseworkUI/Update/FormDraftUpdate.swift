import CaseworkCore

extension Form.Purpose {
    /// The form's name in the session file; nil for the share and decline forms, which belong to the
    /// recipient picked on the summary screen and are short enough to type again.
    var sessionName: String? {
        switch self {
        case .newCase: "new-case"
        case .decision: "decision"
        case .consent: "consent"
        case .entry(let kind, let id): "entry:\(kind.rawValue):\(id.map(String.init) ?? "new")"
        case .share, .decline: nil
        }
    }
}

extension AppState {
    /// The form on screen, as the session file keeps it: only what was changed.
    var formDraft: WorkbenchSession.FormDraft? {
        guard formOnScreen, let form, form.changed, let purpose = form.purpose.sessionName else { return nil }
        var texts: [String: String] = [:]
        var choices: [String: String] = [:]
        for field in form.fields {
            if field.kind == .choice {
                if field.choiceChanged, let option = field.selectedOption { choices[field.id] = option.id }
            } else if field.editor.changed {
                texts[field.id] = field.editor.text
            }
        }
        let focus = form.fields.indices.contains(form.focus) ? form.fields[form.focus].id : nil
        return WorkbenchSession.FormDraft(purpose: purpose, texts: texts, choices: choices, focus: focus)
    }

    /// Opens the form a session file kept and puts back what was typed and chosen in it. A form for a log
    /// entry that no longer exists opens as a new entry.
    mutating func restoreForm(_ draft: WorkbenchSession.FormDraft) {
        let parts = draft.purpose.split(separator: ":").map(String.init)
        switch parts.first {
        case "new-case":
            guard open == nil else { return }
            form = AppState.newCaseForm(today: today)
            go(to: .newCase)
        case "decision":
            guard open != nil, !readOnly else { return }
            openDecision()
        case "consent":
            guard open != nil, !readOnly else { return }
            if screen != .summary { go(to: .summary) }
            openConsentForm()
        case "entry":
            guard open != nil, !readOnly, parts.count == 3, let kind = LogKind(rawValue: parts[1]) else { return }
            let id = Int(parts[2]).flatMap { id in entryExists(kind, id: id) ? id : nil }
            if screen != kind.screen { go(to: kind.screen) }
            form = entryForm(kind, id: id)
        default:
            return
        }
        guard var restored = form else { return }
        for index in restored.fields.indices {
            let field = restored.fields[index]
            if field.kind == .choice {
                if let chosen = draft.choices[field.id], let position = field.options.firstIndex(where: { $0.id == chosen }) {
                    restored.fields[index].choice = position
                    restored.fields[index].choiceChanged = true
                }
            } else if let text = draft.texts[field.id] {
                restored.fields[index].editor = TextEditor(text, multiline: field.kind == .multiline)
                restored.fields[index].editor.markChanged()
            }
        }
        restored.focus = restored.fields.firstIndex { $0.id == draft.focus } ?? 0
        form = restored
        say("The form you were filling in is back as you left it; Esc saves it.")
    }

    private func entryExists(_ kind: LogKind, id: Int) -> Bool {
        guard let record = open?.record else { return false }
        return (0..<entryCount(kind, in: record)).contains { entryID(kind, at: $0, in: record) == id }
    }
}
