import CaseworkCore

/// The workbench's one update function: an event in, the state changed, effects out. No I/O here.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    if let effects = state.trainingEvent(event) { return effects }
    switch event {
    case .resize(let size):
        state.size = size
        return []
    case .tick(let now):
        state.now = now
        return state.onTick()
    case .hangup:
        return state.leave()
    case .listed(let listings):
        // Keep the highlight on the same case when the list changes under it.
        let visible = state.visibleListings
        let selected = visible.indices.contains(state.listCursor) ? visible[state.listCursor].reference : nil
        state.listings = listings
        let now = state.visibleListings
        state.listCursor = selected.flatMap { reference in now.firstIndex { $0.reference == reference } }
            ?? min(state.listCursor, max(0, now.count - 1))
        return []
    case .opened(let open):
        return state.onOpened(open)
    case .saved(let record):
        if state.open?.record.reference == record.reference { state.open?.record = record }
        state.pendingSave = nil
        return []
    case .refreshed(let refreshed):
        guard state.open?.record.reference == refreshed.record.reference, state.open?.readOnly == true else { return [] }
        let holder = state.open?.heldBy?.user ?? "The other session"
        state.open = refreshed
        if !refreshed.readOnly {
            state.say("\(holder) has closed this case: you can change it now.")
            if let kept = state.pendingResume, kept.reference == refreshed.record.reference {
                state.pendingResume = nil
                state.restoreKeptWork(kept)
            }
        }
        return []
    case .conflict(let by, let current):
        return state.onConflict(by: by, current: current)
    case .saveFailed(let reason):
        return state.onSaveFailed(reason)
    case .failed(let message):
        state.warn(message)
        return []
    case .paste(let text):
        // Pasted text never answers the keep mine / keep theirs choice.
        if state.conflict?.choosing == true { return [] }
        if state.acceptsText {
            state.insertText(text)
            return []
        }
        return text.flatMap { update(&state, .key(.char($0))) }
    case .key(let key):
        return state.onKey(key)
    case .shared, .shareRefused, .declined:
        return state.onSharing(event)
    }
}

extension AppState {
    mutating func say(_ text: String) {
        message = text
        messageIsWarning = false
    }

    mutating func warn(_ text: String) {
        message = text
        messageIsWarning = true
    }

    /// True when typed characters go into a text field rather than acting as commands.
    var acceptsText: Bool {
        if resumeOffer != nil || helpShown || guidancePanelShown || conflict?.choosing == true { return false }
        if editing != nil { return true }
        if reviewReasonOnScreen { return true }
        if let form, form.fields.indices.contains(form.focus), form.fields[form.focus].kind != .choice {
            return formOnScreen
        }
        return screen == .caseList && filtering
    }

    var formOnScreen: Bool {
        guard form != nil else { return false }
        return screen == .newCase || screen == .decision || screen.logKind != nil || screen == .summary
            || (screen == .overview && form?.purpose == .details)
    }

    /// The share review's one-line reason field is on screen and takes typed text.
    var reviewReasonOnScreen: Bool {
        screen == .summary && form == nil && !sharing.picking && sharing.reviewing && sharing.review?.asking != nil
    }

    mutating func insertText(_ text: String) {
        if editing != nil {
            editor.insert(text)
            typed()
        } else if reviewReasonOnScreen {
            sharing.review?.asking?.editor.insert(String(text.map { $0.isNewline ? " " : $0 }))
        } else if formOnScreen, var current = form {
            current.fields[current.focus].editor.insert(text)
            current.discardArmed = false
            form = current
            typed()
        } else if screen == .caseList, filtering {
            filter += text.filter { !$0.isNewline }
            listCursor = 0
        }
    }

    mutating func typed() {
        lastTyped = now
        sessionDirty = true
    }

    // MARK: Keys

    mutating func onKey(_ key: Key) -> [Effect] {
        if let offer = resumeOffer {
            switch key {
            case .enter:
                resumeOffer = nil
                guard let reference = offer.reference else {
                    if let kept = offer.form { restoreForm(kept) }
                    return []
                }
                pendingResume = offer
                return [.openCase(reference)]
            case .escape, .char("q"), .char("n"):
                resumeOffer = nil
                say("Starting at the case list.")
                return []
            default:
                return []
            }
        }
        if helpShown || guidancePanelShown {
            helpShown = false
            guidancePanelShown = false
            return []
        }
        if conflict?.choosing == true, key != .ctrl("c") { return conflictChoiceKey(key) }
        switch key {
        case .function(1):
            helpShown = true
            return []
        case .function(4):
            namesShown.toggle()
            say(namesShown ? "Full names shown on this screen (F4 hides them)." : "Names hidden: initials only.")
            return []
        case .ctrl("c"):
            return leave()
        case .ctrl("l"):
            return []
        default:
            break
        }
        if key == .char("?"), !acceptsText, screen != .checklist {
            helpShown = true
            return []
        }
        if case .char(let character) = key, acceptsText {
            insertText(String(character))
            return []
        }
        if !acceptsText, key == .char("q") {
            return leave()
        }
        switch screen {
        case .caseList: return caseListKey(key)
        case .newCase, .decision: return formKey(key)
        case .overview: return form?.purpose == .details ? formKey(key) : overviewKey(key)
        case .checklist: return checklistKey(key)
        case .concerns, .strengths, .agencies, .actions:
            return form != nil ? formKey(key) : logKey(key)
        case .summary: return summaryKey(key)
        }
    }

    // MARK: Navigation

    mutating func go(to next: Screen) {
        stack.append(screen)
        screen = next
        message = ""
        namesShown = false
        confirmRemove = false
        sessionDirty = true
    }

    /// Back one screen; leaving the case closes it.
    mutating func back() -> [Effect] {
        namesShown = false
        confirmRemove = false
        sessionDirty = true
        let previous = stack.popLast() ?? .caseList
        message = ""
        screen = previous
        if previous == .caseList {
            if let reference = open?.record.reference { positions[reference] = itemIndex }
            stack = []
            open = nil
            form = nil
            editing = nil
            return [.closeCase, .listCases]
        }
        return []
    }

    /// Quitting or a signal: everything typed goes into the case first, then the session file, then out.
    /// Text or a form held by an unresolved conflict goes into the session file only, never into the case.
    mutating func leave() -> [Effect] {
        var effects: [Effect] = []
        if conflict == nil {
            if editing != nil { effects += commitEditing(close: true) }
            if form != nil, formOnScreen, form?.changed == true { effects += submitForm(quietly: true) }
        }
        effects.append(.writeSession(session))
        effects.append(.quit)
        quitting = true
        return effects
    }

    // MARK: Results

    mutating func onOpened(_ opened: OpenCase) -> [Effect] {
        let sameCase = open?.record.reference == opened.record.reference
        open = opened
        if !sameCase {
            itemIndex = positions[opened.record.reference] ?? 0
            overviewCursor = 0
            logCursor = [:]
            summaryScroll = 0
            sharing = SummaryState()
        }
        editing = nil
        form = nil
        conflict = nil
        screen = .overview
        stack = [.caseList]
        namesShown = false
        sessionDirty = true
        if let holder = opened.heldBy {
            warn("Opened read-only: \(holder.user) has this case open. Changes cannot be made here.")
        } else {
            say("Opened \(opened.record.reference). Every change is saved as you make it.")
        }
        if let resume = pendingResume, resume.reference == opened.record.reference {
            pendingResume = nil
            if let itemID = resume.itemID, let index = items.firstIndex(where: { $0.id == itemID }) { itemIndex = index }
            if let recipient = resume.recipient, settings.recipients.contains(where: { $0.id == recipient }) {
                sharing.recipient = recipient
            }
            if let target = Screen(rawValue: resume.screen), target != .caseList, target != .newCase, target != .overview {
                if target == .decision { openDecision() } else { go(to: target) }
            }
            say("Back where you were: \(resumePlace(resume)).")
            if opened.readOnly {
                if resume.draft != nil || resume.form != nil {
                    // Held until the other session lets go (see .refreshed), and kept in the session file meanwhile.
                    pendingResume = resume
                    warn("Opened read-only: \(opened.heldBy?.user ?? "another session") has this case open. What you had typed is kept and comes back when they close it.")
                }
            } else {
                let back = message
                restoreKeptWork(resume)
                // Both said, what came back first: a status line cut at 80 columns then loses only the
                // place, which the screen itself shows.
                if message != back { say(message + " " + back) }
            }
        }
        return []
    }

    /// Where a session file says the practitioner was, in words: the resume question and the sentence
    /// after it name the same place, screen, item and recipient.
    public func resumePlace(_ offer: WorkbenchSession) -> String {
        guard let reference = offer.reference else { return "the new case you were filling in" }
        var place = "case \(reference.rawValue)"
        let item = offer.itemID.flatMap { id in templates.lazy.compactMap { $0.item(id: id) }.first }
        switch Screen(rawValue: offer.screen) {
        case .checklist?: if let item { place += ", item \"\(item.title)\"" } else { place += ", the checklist" }
        case .summary?:
            let name = offer.recipient.flatMap { id in settings.recipients.first { $0.id == id }?.name } ?? "the internal record"
            place += ", the summary for \(name)"
        case .decision?: place += ", the decision"
        case .concerns?, .strengths?, .agencies?, .actions?:
            place += ", the \(Screen(rawValue: offer.screen)!.title.lowercased())"
        case .overview?, .caseList?, .newCase?, nil: place += ", the overview"
        }
        return place
    }

    /// Puts back the unsaved text and the half-filled form a session file kept, once the case can be changed.
    mutating func restoreKeptWork(_ resume: WorkbenchSession) {
        if let draft = resume.draft, let field = ItemField(rawValue: draft.field),
           let index = items.firstIndex(where: { $0.id == draft.itemID }) {
            itemIndex = index
            if screen != .checklist { go(to: .checklist) }
            editing = field
            editor = TextEditor(draft.text, multiline: field == .note)
            if draft.text != currentFieldText(field) { editor.markChanged() }
            lastTyped = now
            say("Your unsaved text is back in the editor; Esc saves it.")
            resumeConflict(draft, field: field)
        }
        if let kept = resume.form { restoreForm(kept) }
    }

    mutating func onTick() -> [Effect] {
        var effects: [Effect] = []
        if editing != nil, conflict == nil, editor.changed, let lastTyped, now.secondsSinceEpoch - lastTyped.secondsSinceEpoch >= 2 {
            effects += commitEditing(close: false)
        }
        if open == nil, screen == .caseList, now.secondsSinceEpoch % 5 == 0, lastRefresh != now {
            // Cases other sessions create or change appear without asking.
            lastRefresh = now
            effects.append(.listCases)
        }
        if let open, open.readOnly, now.secondsSinceEpoch % 5 == 0, lastRefresh != now {
            lastRefresh = now
            effects.append(.refresh(open.record.reference))
        }
        let kept = formDraft
        if kept != sessionFormWritten { sessionDirty = true }
        if sessionDirty, !quitting, sessionWrittenAt.map({ now.secondsSinceEpoch > $0.secondsSinceEpoch }) ?? true {
            sessionDirty = false
            sessionWrittenAt = now
            sessionFormWritten = kept
            effects.append(.writeSession(session))
        }
        return effects
    }

    /// What the session file should hold now.
    public var session: WorkbenchSession {
        var draft: WorkbenchSession.Draft?
        if let editing, editor.changed, let item = currentItem {
            // The text it was typed over, so a resume can tell whether someone changed the field since.
            let held = conflict.flatMap { $0.target == .item(itemID: item.id, field: editing) ? $0 : nil }
            draft = WorkbenchSession.Draft(field: editing.rawValue, itemID: item.id, text: editor.text,
                                           basedOn: held?.fields.first?.base ?? currentFieldText(editing), conflictWith: held?.by)
        }
        // Work held back while the case is read-only stays in the file until it can be put back.
        let held = pendingResume.flatMap { $0.reference == open?.record.reference ? $0 : nil }
        return WorkbenchSession(
            reference: open?.record.reference, screen: open == nil ? Screen.caseList.rawValue : screen.rawValue,
            itemID: open == nil ? nil : currentItem?.id, recipient: open != nil && screen == .summary ? sharing.recipient : nil,
            draft: draft ?? held?.draft, form: formDraft ?? held?.form, savedAt: now)
    }

    // MARK: Saving

    /// Saves an edited copy of the open case; refused, with a sentence, when the case is read-only.
    mutating func save(_ summary: String, _ change: (inout CaseRecord) -> Void) -> [Effect] {
        guard var current = open else { return [] }
        if current.readOnly {
            warn(readOnlySentence)
            return []
        }
        var edited = current.record
        change(&edited)
        guard edited != current.record else { return [] }
        let base = current.record.revision
        pendingSave = PendingSave(before: current.record)
        current.record = edited
        open = current
        return [.save(edited, basedOn: base, summary: summary)]
    }

    var readOnlySentence: String {
        if let holder = open?.heldBy {
            return "Read-only: \(holder.user) has this case open, so it cannot be changed here."
        }
        return "This case is read-only here."
    }
}
