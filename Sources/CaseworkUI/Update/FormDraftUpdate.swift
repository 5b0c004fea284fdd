import CaseworkCore

extension Form.Purpose {
    /// The form's name in the session file; nil for the share and decline forms, which belong to the
    /// recipient picked on the summary screen and are short enough to type again.
    var sessionName: String? {
        switch self {
        case .newCase: "new-case"
        case .decision: "decision"
        case .consent: "consent"
        case .details: "details"
        case .entry(let kind, let id): "entry:\(kind.rawValue):\(id.map(String.init) ?? "new")"
        case .share, .decline: nil
        }
    }
}

extension AppState {
    /// The form on screen, as the session file keeps it: only what was changed.
    var formDraft: WorkbenchSession.FormDraft? {
        guard formOnScreen, let form else { return nil }
        return keptDraft(of: form)
    }

    /// A form as the session file keeps it: what was typed and chosen, what the case held in those
    /// fields, and who saved first when the form is held by a conflict.
    func keptDraft(of form: Form) -> WorkbenchSession.FormDraft? {
        guard form.changed, let purpose = form.purpose.sessionName else { return nil }
        var texts: [String: String] = [:]
        var choices: [String: String] = [:]
        var basedOn: [String: String] = [:]
        let held = conflict?.target == .form ? conflict : nil
        for field in form.fields where field.changed {
            if field.kind == .choice {
                guard let option = field.selectedOption else { continue }
                choices[field.id] = option.id
            } else {
                texts[field.id] = field.editor.text
            }
            basedOn[field.id] = held?.fields.first { $0.id == field.id }?.base ?? field.original
        }
        let focus = form.fields.indices.contains(form.focus) ? form.fields[form.focus].id : nil
        return WorkbenchSession.FormDraft(purpose: purpose, texts: texts, choices: choices, focus: focus,
                                          conflictWith: held?.by, basedOn: basedOn)
    }

    /// Opens the form a session file kept and puts back what was typed and chosen in it. A form for a log
    /// entry that no longer exists opens as a new entry. A field someone else changed since it was typed
    /// in, or a form held by a conflict, comes back as a conflict: shown, never saved by itself.
    mutating func restoreForm(_ draft: WorkbenchSession.FormDraft) {
        openForm(named: draft.purpose)
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
        guard restored.purpose != .newCase, let record = open?.record else { return }
        // Built from the case as it is now, each field's original is what the other session left there.
        let fields = restored.fields.filter(\.changed).map { field in
            let base = draft.basedOn?[field.id] ?? field.original
            return SaveConflict.Field(id: field.id, label: field.label, base: base, theirs: field.original,
                                      clash: base != field.original && field.value != field.original)
        }
        guard draft.conflictWith != nil || fields.contains(where: \.clash) else { return }
        conflict = SaveConflict(by: draft.conflictWith ?? record.updatedBy, target: .form, fields: fields)
        announceConflict(kept: true)
    }

    /// Opens an empty form of the kind a session file names, on its screen, filled from the case.
    mutating func openForm(named purpose: String) {
        let parts = purpose.split(separator: ":").map(String.init)
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
        case "details":
            guard open != nil, !readOnly else { return }
            if screen != .overview { go(to: .overview) }
            openDetailsForm()
        case "entry":
            guard open != nil, !readOnly, parts.count == 3, let kind = LogKind(rawValue: parts[1]) else { return }
            let id = Int(parts[2]).flatMap { id in entryExists(kind, id: id) ? id : nil }
            if screen != kind.screen { go(to: kind.screen) }
            form = entryForm(kind, id: id)
        default:
            return
        }
    }

    private func entryExists(_ kind: LogKind, id: Int) -> Bool {
        guard let record = open?.record else { return false }
        return (0..<entryCount(kind, in: record)).contains { entryID(kind, at: $0, in: record) == id }
    }
}
