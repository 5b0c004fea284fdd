import CaseworkCore

extension AppState {
    /// Keys of the checklist stepper: move between items, set the status with one key, edit the evidence.
    mutating func checklistKey(_ key: Key) -> [Effect] {
        if editing != nil { return editorKey(key) }
        let count = items.count
        guard count > 0, let item = currentItem else { return key == .escape ? back() : [] }
        switch key {
        case .up, .char("k"): moveItem(to: itemIndex - 1)
        case .down, .char("j"): moveItem(to: itemIndex + 1)
        case .pageUp: moveItem(to: sectionStart(offset: -1))
        case .pageDown: moveItem(to: sectionStart(offset: 1))
        case .home, .char("g"): moveItem(to: 0)
        case .end, .char("G"): moveItem(to: count - 1)
        case .char("]"), .char("N"), .tab: jumpToOpenItem(forward: true)
        case .char("["), .char("P"), .backTab: jumpToOpenItem(forward: false)
        case .char("?"):
            guidanceShown.toggle()
            say(guidanceShown ? "Guidance shown (? hides it)." : "Guidance hidden (? shows it).")
        case .char("i"): guidancePanelShown = true
        case .enter, .char("e"): return startEditing(.note)
        case .char("s"): return startEditing(.source)
        case .char("d"): return startEditing(.date)
        case .char("f"):
            let basis = open?.record.answer(for: item.id).basis
            let next: EvidenceBasis? = basis == nil ? .fact : basis == .fact ? .opinion : nil
            return setAnswer(item, summary: "Evidence basis of \(item.title)") { $0.basis = next }
        case .char("c"):
            if readOnly { warn(readOnlySentence); return [] }
            go(to: .concerns)
            form = entryForm(.concerns, id: nil)
        case .char("+"), .char("-"):
            guard item.kind == .scale, let scale = item.scale else { return [] }
            let delta = key == .char("+") ? 1 : -1
            let current = open?.record.answer(for: item.id).scale ?? (scale.min + scale.max) / 2
            let value = min(scale.max, max(scale.min, current + delta))
            return setAnswer(item, summary: "\(item.title): \(value)") { $0.scale = value }
        case .char(let character):
            if item.kind == .scale, let digit = character.wholeNumberValue, let scale = item.scale, digit >= scale.min, digit <= scale.max {
                return setAnswer(item, summary: "\(item.title): \(digit)") { $0.scale = digit }
            }
            if item.kind == .scale, character == "x" {
                return setAnswer(item, summary: "\(item.title): cleared") { $0.scale = nil }
            }
            guard item.kind == .rated, let status = AnswerStatus.allCases.first(where: { $0.key == character }) else { return [] }
            let label = template?.label(for: status, item: item.id) ?? status.label
            let effects = setAnswer(item, summary: "\(item.title): \(label)") { $0.status = status }
            if !effects.isEmpty {
                say("\(item.title): \(label). Enter adds the evidence; ] goes to the next open item.")
            }
            return effects
        case .escape, .left, .char("h"):
            return back()
        default:
            break
        }
        return []
    }

    mutating func moveItem(to index: Int) {
        let clamped = min(max(0, index), max(0, items.count - 1))
        if clamped != itemIndex { sessionDirty = true }
        itemIndex = clamped
    }

    func sectionStart(offset: Int) -> Int {
        guard let template else { return 0 }
        var starts: [Int] = []
        var total = 0
        for section in template.sections { starts.append(total); total += section.items.count }
        let current = starts.lastIndex { $0 <= itemIndex } ?? 0
        let target = min(max(0, current + offset), starts.count - 1)
        return starts[target]
    }

    /// An item still to do: nothing recorded yet, or recorded as unknown.
    func isOpen(_ item: TemplateItem) -> Bool {
        guard let record = open?.record else { return false }
        let answer = record.answer(for: item.id)
        return !answer.isAnswered || answer.status == .unknown
    }

    mutating func jumpToOpenItem(forward: Bool) {
        let all = items
        guard !all.isEmpty else { return }
        for step in 1...all.count {
            let index = ((itemIndex + (forward ? step : -step)) % all.count + all.count) % all.count
            if isOpen(all[index]) {
                moveItem(to: index)
                say(index == itemIndex && step == all.count ? "This is the only open item." : "Next open item: \(all[index].title).")
                return
            }
        }
        say("Every item has an answer; none is unknown.")
    }

    mutating func setAnswer(_ item: TemplateItem, summary: String, _ change: @escaping (inout ItemAnswer) -> Void) -> [Effect] {
        save(summary) { record in
            var answer = record.answer(for: item.id)
            change(&answer)
            record.answers[item.id] = answer
            if record.status == .newReferral { record.status = .assessing }
        }
    }

    // MARK: The evidence editor

    mutating func startEditing(_ field: ItemField) -> [Effect] {
        if readOnly {
            warn(readOnlySentence)
            return []
        }
        editing = field
        editor = TextEditor(currentFieldText(field), multiline: field == .note)
        sessionDirty = true
        switch field {
        case .note: say("Type the evidence. Esc or Tab saves and leaves; nothing typed is lost.")
        case .source: say("Where the information came from: a person, a document, an agency.")
        case .date: say("When it was seen or said: YYYY-MM-DD or 'today'. Empty for none.")
        }
        return []
    }

    func currentFieldText(_ field: ItemField) -> String {
        guard let item = currentItem, let answer = open?.record.answer(for: item.id) else { return "" }
        switch field {
        case .note: return answer.note
        case .source: return answer.source
        case .date: return answer.observedOn?.iso8601 ?? ""
        }
    }

    mutating func editorKey(_ key: Key) -> [Effect] {
        guard let field = editing else { return [] }
        let width = Layout.detailWidth(size)
        if conflict != nil {
            // Held by a conflict: leaving the field is saving again on purpose, on the current case.
            switch key {
            case .escape, .ctrl("s"), .function(2), .tab, .backTab: return saveOverConflict()
            case .enter where field != .note: return saveOverConflict()
            default: break
            }
        }
        switch key {
        case .escape:
            if field == .date, messageIsWarning, parseDate(editor.text) == nil {
                // A second Esc on a date that will not parse leaves the date as it was.
                editing = nil
                say("The date was left as it was.")
                return []
            }
            return commitEditing(close: true)
        case .ctrl("s"), .function(2):
            return commitEditing(close: false)
        case .enter where field == .note:
            editor.insert("\n")
            typed()
        case .enter:
            return commitEditing(close: true)
        case .tab, .backTab:
            let order: [ItemField] = [.note, .source, .date]
            let next = (order.firstIndex(of: field)! + (key == .tab ? 1 : -1))
            let effects = commitEditing(close: true)
            if editing == nil, order.indices.contains(next) { return effects + startEditing(order[next]) }
            return effects
        default:
            var edited = editor
            if AppState.editText(&edited, key, width: width) { typed() }
            editor = edited
        }
        return []
    }

    /// Puts the editor's text into the case and saves it. A date that does not parse keeps the editor
    /// open with the text as typed, so nothing is lost.
    mutating func commitEditing(close: Bool) -> [Effect] {
        guard let field = editing, let item = currentItem else {
            editing = nil
            return []
        }
        let text = editor.text
        let base = currentFieldText(field)
        var effects: [Effect] = []
        switch field {
        case .note:
            effects = setAnswer(item, summary: "Evidence for \(item.title)") { $0.note = text }
        case .source:
            let trimmed = text.trimmed
            effects = setAnswer(item, summary: "Source for \(item.title)") { $0.source = trimmed }
        case .date:
            guard let parsed = parseDate(text) else {
                warn("'\(text)' is not a date. Use YYYY-MM-DD or 'today', or leave it empty; Esc again leaves the date as it was.")
                return []
            }
            effects = setAnswer(item, summary: "Date for \(item.title)") { $0.observedOn = parsed }
        }
        if !effects.isEmpty { pendingSave?.edit = WorkbenchSession.Draft(field: field.rawValue, itemID: item.id, text: text, basedOn: base) }
        editor.markSaved()
        sessionDirty = true
        if close {
            editing = nil
            if !effects.isEmpty { say("Saved.") }
        }
        return effects
    }
}
