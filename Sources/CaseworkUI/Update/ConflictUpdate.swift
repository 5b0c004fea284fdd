import CaseworkCore

extension AppState {
    // MARK: A save answered with a conflict or a failure

    /// Another session saved first: the case on screen becomes theirs, and what was typed goes back into
    /// its editor or form, unsaved and marked so, until the practitioner saves again on purpose.
    mutating func onConflict(by: String, current: CaseRecord?) -> [Effect] {
        let pending = pendingSave
        pendingSave = nil
        if let current, open?.record.reference == current.reference {
            open?.record = current
        } else if let before = pending?.before, open?.record.reference == before.reference {
            open?.record = before
        }
        if let edit = pending?.edit {
            putBackEdit(edit, by: by)
        } else if let submitted = pending?.form {
            putBackForm(submitted, by: by)
        } else {
            warn("\(by) saved this case first: your change was not saved. Make it again if needed.")
        }
        // Leaving already asked for the session file: write it again with what came back.
        return quitting ? [.writeSession(session)] : []
    }

    /// A save that failed leaves the case on screen as the store has it, and what was typed where it was.
    mutating func onSaveFailed(_ reason: String) -> [Effect] {
        let pending = pendingSave
        pendingSave = nil
        if let before = pending?.before, open?.record.reference == before.reference { open?.record = before }
        if let edit = pending?.edit, let field = ItemField(rawValue: edit.field),
           let index = items.firstIndex(where: { $0.id == edit.itemID }) {
            reopenEditor(field, at: index, text: edit.text)
            warn("Not saved: \(reason) Your text is still in the editor; Esc tries again.")
        } else if let submitted = pending?.form {
            if submitted.purpose == .decision, screen != .decision { go(to: .decision) }
            form = submitted
            warn("Not saved: \(reason) The form is still here; F2 tries again.")
        } else {
            warn("Not saved: \(reason)")
        }
        return quitting ? [.writeSession(session)] : []
    }

    /// Opens the editor on an item's field holding text not saved, keeping the cursor when it is already there.
    private mutating func reopenEditor(_ field: ItemField, at index: Int, text: String) {
        let same = editing == field && itemIndex == index && editor.text == text
        itemIndex = index
        if screen != .checklist { go(to: .checklist) }
        editing = field
        if !same { editor = TextEditor(text, multiline: field == .note) }
        editor.markChanged()
        lastTyped = now
        sessionDirty = true
    }

    private mutating func putBackEdit(_ edit: WorkbenchSession.Draft, by: String) {
        guard let field = ItemField(rawValue: edit.field), let index = items.firstIndex(where: { $0.id == edit.itemID }),
              let itemID = edit.itemID else {
            warn("\(by) saved this case first: your text was not saved.")
            return
        }
        reopenEditor(field, at: index, text: edit.text)
        let theirs = currentFieldText(field)
        if theirs == edit.text {
            editing = nil
            editor.markSaved()
            say("\(by) saved the same text first, so nothing of yours is lost.")
            return
        }
        let base = edit.basedOn ?? theirs
        conflict = SaveConflict(by: by, target: .item(itemID: itemID, field: field), fields: [
            SaveConflict.Field(id: field.rawValue, label: field.label, base: base, theirs: theirs, clash: base != theirs),
        ])
        announceConflict(kept: false)
    }

    private mutating func putBackForm(_ submitted: Form, by: String) {
        guard let kept = keptDraft(of: submitted) else {
            form = submitted
            warn("\(by) saved this case first: this form was not saved; it is still here.")
            return
        }
        // Rebuilt from the case as it now is, with what was typed on top: fields left alone take their value.
        openForm(named: kept.purpose)
        guard var restored = form else {
            // No form of that kind can be opened on the case as it now is: keep the one typed in, unsaved.
            form = submitted
            warn("\(by) saved this case first: this form was not saved; it is still here.")
            return
        }
        for index in restored.fields.indices {
            guard let mine = submitted.fields.first(where: { $0.id == restored.fields[index].id }), mine.changed else { continue }
            if mine.kind == .choice {
                if let position = restored.fields[index].options.firstIndex(where: { $0.id == mine.selectedOption?.id }) {
                    restored.fields[index].choice = position
                    restored.fields[index].choiceChanged = true
                }
            } else {
                restored.fields[index].editor = TextEditor(mine.editor.text, multiline: mine.kind == .multiline)
                restored.fields[index].editor.markChanged()
            }
        }
        restored.focus = submitted.focus
        form = restored
        let fields: [SaveConflict.Field] = restored.fields.compactMap { field in
            guard let mine = submitted.fields.first(where: { $0.id == field.id }), mine.changed else { return nil }
            return SaveConflict.Field(id: field.id, label: field.label, base: mine.original, theirs: field.original,
                                      clash: mine.original != field.original && mine.value != field.original)
        }
        conflict = SaveConflict(by: by, target: .form, fields: fields)
        sessionDirty = true
        announceConflict(kept: false)
    }

    /// The one sentence after a conflict: who saved first, that nothing of ours was saved, what to do.
    mutating func announceConflict(kept: Bool) {
        guard let held = conflict else { return }
        let form = held.target == .form
        let save = form ? "F2" : "Esc"
        let what = held.target == .form ? "this form" : "yours"
        switch (kept, held.clashes) {
        case (false, true):
            let field = form ? held.clashLabels : "this \(held.clashLabels.lowercased())"
            warn("\(held.by) saved \(field) first: \(what) is not saved. \(save) to choose.")
        case (false, false):
            warn("\(held.by) saved other parts first: \(what) is not saved yet. \(save) saves it on top.")
        case (true, true):
            warn("Your unsaved \(form ? "form" : "text") is back; \(held.by) changed it meanwhile. \(save) to choose.")
        case (true, false):
            warn("Your unsaved \(form ? "form" : "text") is back, not saved yet. \(save) saves it on top of theirs.")
        }
    }

    // MARK: Saving again, on purpose

    /// Esc, Tab, Ctrl-S or F2 on text held by a conflict: saved on top of the current case when the other
    /// session changed other fields; otherwise the choice is offered.
    mutating func saveOverConflict() -> [Effect] {
        guard var held = conflict else { return [] }
        guard held.clashes else { return resolveConflict(.mine) }
        held.choosing = true
        conflict = held
        warn("m keeps yours, t keeps theirs, b keeps both, e goes back to editing.")
        return []
    }

    /// The keys of the choice: m, t, b, e (or Esc) for editing again.
    mutating func conflictChoiceKey(_ key: Key) -> [Effect] {
        switch key {
        case .char("m"), .char("M"): return resolveConflict(.mine)
        case .char("t"), .char("T"): return resolveConflict(.theirs)
        case .char("b"), .char("B"): return resolveConflict(.both)
        case .char("e"), .char("E"), .escape: return resolveConflict(.edit)
        default: return []
        }
    }

    mutating func resolveConflict(_ choice: SaveConflict.Choice) -> [Effect] {
        guard var held = conflict else { return [] }
        if choice == .edit {
            held.choosing = false
            conflict = held
            warn("Still not saved: edit it, then \(held.target == .form ? "F2" : "Esc") to save.")
            return []
        }
        switch held.target {
        case .item(_, let field):
            let theirs = held.fields.first?.theirs ?? ""
            switch choice {
            case .theirs:
                conflict = nil
                editing = nil
                editor.markSaved()
                sessionDirty = true
                say("Kept \(held.by)'s \(field.label.lowercased()); yours was left out.")
                return []
            case .both:
                guard field != .date else {
                    warn("A date cannot hold both: m keeps yours, t keeps theirs, e edits.")
                    return []
                }
                let mine = editor.text
                editor = TextEditor(field == .note ? theirs + "\n\n" + mine : theirs + "; " + mine, multiline: field == .note)
                editor.markChanged()
            case .mine, .edit:
                break
            }
            conflict = nil
            let effects = commitEditing(close: true)
            if editing != nil, effects.isEmpty {
                // The date did not parse: still held, still not saved.
                held.choosing = false
                conflict = held
                return []
            }
            if !effects.isEmpty {
                say(choice == .both ? "Saved both, theirs first, on top of \(held.by)'s change." : "Saved yours on top of \(held.by)'s change.")
            }
            return effects
        case .form:
            guard var current = form else { conflict = nil; return [] }
            for clash in held.fields where clash.clash {
                guard let index = current.fields.firstIndex(where: { $0.id == clash.id }) else { continue }
                let field = current.fields[index]
                switch choice {
                case .theirs:
                    if field.kind == .choice {
                        current.fields[index].choice = field.originalChoice
                    } else {
                        current.fields[index].editor = TextEditor(field.original, multiline: field.kind == .multiline)
                    }
                case .both where field.kind == .text || field.kind == .multiline:
                    let joined = field.kind == .multiline ? clash.theirs + "\n\n" + field.editor.text : clash.theirs + "; " + field.editor.text
                    current.fields[index].editor = TextEditor(joined, multiline: field.kind == .multiline)
                    current.fields[index].editor.markChanged()
                default:
                    break
                }
            }
            form = current
            conflict = nil
            let effects = submitForm(quietly: false, leaving: true)
            if form != nil, effects.isEmpty {
                held.choosing = false
                conflict = held
                return []
            }
            if effects.isEmpty {
                say("Kept \(held.by)'s values; nothing else of yours needed saving.")
            } else {
                say(choice == .theirs ? "Kept \(held.by)'s values where you both changed them; the rest of yours is saved."
                    : "Saved on top of \(held.by)'s change.")
            }
            return effects
        }
    }

    // MARK: Resume

    /// Text a session file kept, put back: still a conflict when it was one, or when someone changed the
    /// field since it was typed; then it is shown beside theirs and never saved by itself.
    mutating func resumeConflict(_ draft: WorkbenchSession.Draft, field: ItemField) {
        guard let itemID = draft.itemID, let record = open?.record else { return }
        let theirs = currentFieldText(field)
        let base = draft.basedOn ?? theirs
        let changedSince = base != theirs && draft.text != theirs
        guard draft.conflictWith != nil || changedSince else { return }
        editor.markChanged()
        conflict = SaveConflict(by: draft.conflictWith ?? record.updatedBy, target: .item(itemID: itemID, field: field), fields: [
            SaveConflict.Field(id: field.rawValue, label: field.label, base: base, theirs: theirs, clash: changedSince),
        ])
        announceConflict(kept: true)
    }
}
