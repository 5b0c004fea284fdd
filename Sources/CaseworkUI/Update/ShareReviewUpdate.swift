import CaseworkCore

extension AppState {
    // MARK: What the review shows

    /// The entries and names the review lists, in order: the entries by section (what goes by default,
    /// then what can be added), then each mention of a protected person in what would go.
    public var shareReviewTargets: [ShareReviewTarget] {
        guard let open, let profile = summaryProfile else { return [] }
        return sharing.reviewMemo.targets(
            record: open.record, template: open.template, recipient: profile.id,
            entryChoices: sharing.review?.entryChoices ?? [], now: now
        ) { computeShareReviewTargets() }
    }

    func computeShareReviewTargets() -> [ShareReviewTarget] {
        guard let open, let profile = summaryProfile, let summary = previewSummary else { return [] }
        let review = sharing.review ?? ShareReview()
        let candidates = ShareCandidates.notIncluded(
            record: open.record, template: open.template, settings: settings, profile: profile, options: previewOptions,
            now: now, user: user)
        let byDefault = ShareContents(summary).entries
        var targets: [ShareReviewTarget] = []
        for section in SummarySection.allCases {
            targets += byDefault.filter { $0.section == section }.map { .entry($0, byDefault: true) }
            targets += candidates.filter { $0.section == section }.map { .entry($0, byDefault: false) }
        }
        var reviewed = previewOptions
        reviewed.entryChoices = review.entryChoices
        let hits = NameHits.find(
            record: open.record, template: open.template, settings: settings, profile: profile, options: reviewed,
            now: now, user: user)
        return targets + hits.map { .name($0) }
    }

    /// The review as drawn, one line per row at the screen's width: the warnings first, then the entries
    /// under their section, then the names found.
    public var shareReviewLines: [ShareReviewLine] {
        shareReviewLines(targets: shareReviewTargets)
    }

    func shareReviewLines(targets: [ShareReviewTarget]) -> [ShareReviewLine] {
        let width = max(40, size.columns - 2)
        let review = sharing.review ?? ShareReview()
        var lines: [ShareReviewLine] = summaryWarningLines.map { line in
            ShareReviewLine(line, line.hasPrefix(" ") || line.isEmpty ? .warning : .heading)
        }
        func wrapped(_ text: String, indent: Int, _ kind: ShareReviewLine.Kind, first: String = "", target: Int? = nil, maxLines: Int = .max) {
            let pad = String(repeating: " ", count: indent)
            var parts = Grid.wrap(text, width: width - indent)
            if parts.count > maxLines {
                // A long note is named by its start; the preview has it whole.
                parts = Array(parts.prefix(maxLines))
                parts[maxLines - 1] = DisplayWidth.truncate(parts[maxLines - 1] + " …", to: width - indent)
            }
            for (index, part) in parts.enumerated() {
                lines.append(ShareReviewLine((index == 0 && !first.isEmpty ? first : pad) + part, kind, target: index == 0 ? target : nil))
            }
        }
        var section: SummarySection?
        var namesHeadingShown = false
        for (index, target) in targets.enumerated() {
            switch target {
            case .entry(let entry, let byDefault):
                if entry.section != section {
                    section = entry.section
                    lines.append(ShareReviewLine(SummaryDocumentBuilder.title(of: entry.section), .heading))
                }
                let included = review.includes(entry.id, byDefault: byDefault)
                wrapped(entryLabel(entry.id), indent: 4, .item, first: included ? "[x] " : "[ ] ", target: index, maxLines: 2)
                wrapped("\(entry.id): \(shortWhy(entry.why))", indent: 4, .detail)
                if let choice = review.entryChoices.last(where: { $0.id == entry.id }) {
                    wrapped((choice.include ? "added: " : "left out: ") + choice.reason, indent: 4, .changed)
                }
            case .name(let hit):
                if !namesHeadingShown {
                    namesHeadingShown = true
                    lines.append(ShareReviewLine("", .detail))
                    lines.append(ShareReviewLine("Names found (each is replaced by the role unless you name them)", .heading))
                }
                let confirmed = review.confirmation(for: hit.name)
                let mark = confirmed == nil ? "[redact: \(hit.role)] " : "[named] "
                wrapped("\(hit.name) in \(hit.entryID) (\(hit.field))", indent: 4, .item, first: mark, target: index)
                wrapped(hit.context, indent: 4, .detail)
                if let confirmed { wrapped("named: " + confirmed.reason, indent: 4, .changed) }
            }
        }
        if targets.isEmpty { lines.append(ShareReviewLine("Nothing of this case goes to this recipient.", .detail)) }
        if !namesHeadingShown {
            lines.append(ShareReviewLine("", .detail))
            lines.append(ShareReviewLine("Names found: none of the people in the case is named in what goes.", .heading))
        }
        return lines
    }

    /// The why without the words every default entry shares: the section heading above says it already.
    func shortWhy(_ why: String) -> String {
        let suffix = ", in the \(summaryProfile?.name ?? "") profile's default sections"
        return why.hasSuffix(suffix) ? String(why.dropLast(suffix.count)) + ", by default" : why
    }

    /// A readable name for an entry: the text a practitioner wrote for it, or the item's title.
    func entryLabel(_ id: String) -> String {
        String(fullEntryLabel(id).map { $0.isNewline ? " " : $0 })
    }

    func fullEntryLabel(_ id: String) -> String {
        guard let record = open?.record else { return id }
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        let number = parts.count == 2 ? Int(parts[1]) : nil
        switch parts.first {
        case "concern": return record.concerns.first { $0.id == number }?.what ?? id
        case "strength": return record.strengths.first { $0.id == number }?.what ?? id
        case "action": return record.actions.first { $0.id == number }?.what ?? id
        case "answer" where parts.count == 2:
            let title = template?.item(id: parts[1])?.title ?? parts[1]
            let note = record.answer(for: parts[1]).note
            return note.isEmpty ? title : "\(title): \(note)"
        case "referral.reason": return "Referral reason: " + record.referral.reason
        case "referral.referrer": return "The referrer"
        case "decision.rationale": return "The decision's rationale"
        default: return id
        }
    }

    // MARK: Keys

    /// Opens the review for the previewed recipient, with any changes made to it before.
    mutating func openShareReview() {
        if readOnly { warn(readOnlySentence); return }
        guard let profile = summaryProfile, previewSummary != nil else { return }
        if sharing.review == nil { sharing.review = ShareReview() }
        sharing.reviewing = true
        say("What goes to \(profile.name). Space: leave out, add or name; Enter: on to the basis.")
    }

    /// Keys of the review: move, Space changes the highlighted row (asking a reason when one is needed),
    /// Enter goes on to the share form, Esc back to the preview; a reason being typed takes keys first.
    mutating func shareReviewKey(_ key: Key) -> [Effect] {
        guard var review = sharing.review else { return [] }
        if var prompt = review.asking {
            switch key {
            case .escape:
                review.asking = nil
                say("Nothing changed.")
            case .enter:
                let reason = prompt.editor.text.trimmed
                do {
                    try ValueChecks.printableText(reason, field: "The reason")
                } catch {
                    warn("\(error)")
                    return []
                }
                review.asking = nil
                switch prompt.change {
                case .leaveOut(let entry), .add(let entry):
                    review.entryChoices.removeAll { $0.id == entry }
                    var include = false
                    if case .add = prompt.change { include = true }
                    review.entryChoices.append(EntryChoice(id: entry, include: include, reason: reason))
                    say(include ? "\(entry) added, with your reason." : "\(entry) left out, with your reason.")
                case .name(let name):
                    review.namesConfirmed.removeAll { TextFolding.fold($0.name.trimmed) == TextFolding.fold(name.trimmed) }
                    review.namesConfirmed.append(NameConfirmation(name: name, reason: reason))
                    say("\(name) will be named everywhere in this share, with your reason; Space on the name goes back to the role.")
                }
            default:
                _ = AppState.editText(&prompt.editor, key, width: max(10, size.columns - 4))
                review.asking = prompt
            }
            sharing.review = review
            return []
        }
        let targets = shareReviewTargets
        let lines = shareReviewLines(targets: targets)
        let count = targets.count
        let page = max(1, size.rows - 8)
        switch key {
        case .up, .char("k"): review.cursor -= 1
        case .down, .char("j"): review.cursor += 1
        case .pageUp, .char("b"): review.cursor -= page / 2
        case .pageDown, .char("f"): review.cursor += page / 2
        case .home, .char("g"): review.cursor = 0; review.scroll = 0
        case .end, .char("G"): review.cursor = count - 1
        case .char(" "):
            guard targets.indices.contains(review.cursor) else { break }
            switch targets[review.cursor] {
            case .entry(let entry, let byDefault):
                if review.entryChoices.contains(where: { $0.id == entry.id }) {
                    // Back to what the profile sends by default: the earlier change and its reason go.
                    review.entryChoices.removeAll { $0.id == entry.id }
                    say("\(entry.id) is back to the default: \(byDefault ? "it goes" : "it does not go").")
                } else {
                    review.asking = ShareReview.ReasonPrompt(change: byDefault ? .leaveOut(entry: entry.id) : .add(entry: entry.id))
                    say("Type the reason: Enter keeps it (the share record too); Esc changes nothing.")
                }
            case .name(let hit):
                if review.confirmation(for: hit.name) != nil {
                    review.namesConfirmed.removeAll { TextFolding.fold($0.name.trimmed) == TextFolding.fold(hit.name.trimmed) }
                    say("\(hit.name) will be replaced by \"\(hit.role)\" again.")
                } else {
                    review.asking = ShareReview.ReasonPrompt(change: .name(hit.name))
                    say("Why may \(hit.name) be named? Enter keeps the reason; Esc keeps the role.")
                }
            }
        case .enter, .char("S"), .function(2), .ctrl("s"):
            sharing.review = review
            sharing.reviewing = false
            openShareForm()
            return []
        case .escape, .left, .char("h"):
            sharing.review = review
            sharing.reviewing = false
            say("The review is kept: S opens it again with your changes.")
            return []
        case .char("r"), .tab:
            sharing.review = review
            sharing.reviewing = false
            return summaryKey(key)
        default: break
        }
        review.cursor = min(max(0, review.cursor), max(0, count - 1))
        // Keep the highlighted row, and the line after it, in view.
        let rows = max(1, size.rows - 7)
        if let line = lines.firstIndex(where: { $0.target == review.cursor }) {
            if line < review.scroll + 1 { review.scroll = max(0, line - 1) }
            if line + 2 > review.scroll + rows { review.scroll = line + 2 - rows }
        }
        if review.cursor == 0 && (key == .home || key == .char("g")) { review.scroll = 0 }
        review.scroll = min(max(0, review.scroll), max(0, lines.count - rows))
        sharing.review = review
        return []
    }

    /// The review's changes as the share carries them: entries added or left out, and the names confirmed
    /// that are still protected in this share and still appear in what goes (the share refuses the others).
    func reviewedOptions(_ options: SummaryOptions) -> SummaryOptions {
        guard let open, let profile = summaryProfile, let review = sharing.review else { return options }
        var reviewed = options
        reviewed.entryChoices = review.entryChoices
        let present = Set(NameHits.find(
            record: open.record, template: open.template, settings: settings, profile: profile, options: reviewed,
            now: now, user: user).map { TextFolding.fold($0.name.trimmed) })
        reviewed.namesConfirmed = review.namesConfirmed.filter { present.contains(TextFolding.fold($0.name.trimmed)) }
        return reviewed
    }
}
