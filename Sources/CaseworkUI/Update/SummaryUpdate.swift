import CaseworkCore
import FoundationEssentials

extension AppState {
    // MARK: What the summary screen shows

    /// The recipient profile previewed: the internal record until another is picked.
    public var summaryProfile: RecipientProfile? {
        settings.recipient(id: sharing.recipient) ?? settings.recipient(id: "internal") ?? settings.recipients.first
    }

    /// The draft a recipient would get from the case as it stands: built by the same generator the CLI
    /// and `SharingService` use, so the screen never shows more than the profile receives.
    public var previewSummary: Summary? {
        guard let open, let profile = summaryProfile else { return nil }
        return SummaryGenerator(
            record: open.record, template: open.template, settings: settings, profile: profile,
            options: previewOptions, now: now, user: user
        ).build()
    }

    /// The preview's options: a draft on the profile's default basis, with no entry or name changed.
    var previewOptions: SummaryOptions {
        SummaryOptions(draft: true, basisLabel: summaryProfile?.defaultBasis.flatMap { settings.sharingBases?.basis(id: $0)?.label })
    }

    /// Choices the practitioner will have to make when sharing (special category data, the referrer).
    public var summaryChoices: [String] {
        guard let profile = summaryProfile, let summary = previewSummary else { return [] }
        var choices: [String] = []
        if let notice = summary.specialCategory {
            choices.append(
                "Special category data (\(notice.categories.joined(separator: ", "))) would go, in: "
                    + notice.fields.joined(separator: "; ") + ". When sharing, choose to include it or leave it out.")
        }
        if profile.receives(.referrerIdentity) {
            choices.append("The referrer is not named unless you choose to include them when sharing.")
        }
        return choices
    }

    /// What `SharingPolicy` says is missing before this recipient may have it (the reason, the special
    /// category choice, the condition and a reason for going ahead are asked for by the share form, so
    /// they are not listed here).
    public var summaryMissing: [String] {
        guard let open, let profile = summaryProfile, let summary = previewSummary else { return [] }
        let chosen = SummaryOptions(specialCategory: .include, draft: false)
        let choices = ShareChoices(
            condition: settings.sharingBases?.article9.first?.id, careAndSupportNeeds: "asked by the share form",
            despite: "asked by the share form")
        return SharingPolicy.problems(
            record: open.record, profile: profile, summary: summary, options: chosen, why: "preview", choices: choices,
            bases: settings.sharingBases, today: today)
    }

    /// What a share to the previewed recipient would warn about: shown above the summary, never a block.
    public var summaryShareWarnings: [String] {
        guard let open, let profile = summaryProfile else { return [] }
        return SharingWarnings.warnings(record: open.record, profile: profile)
    }

    /// The warning lines above the summary text, wrapped to the screen: a refusal first, then what is
    /// missing, then the choices to come.
    public var summaryWarningLines: [String] {
        let width = max(40, size.columns - 2)
        var lines: [String] = []
        func block(_ heading: String, _ sentences: [String]) {
            guard !sentences.isEmpty else { return }
            lines.append(heading)
            for sentence in sentences {
                lines += Grid.wrap(sentence, width: width - 4).enumerated().map { ($0.offset == 0 ? "  ! " : "    ") + $0.element }
            }
        }
        if !sharing.refusal.isEmpty {
            block("NOT SHARED - nothing was written:", sharing.refusal)
            lines.append("")
        } else {
            block("Before this can be shared:", summaryMissing)
        }
        block("Warnings (the share form asks why you go ahead):", summaryShareWarnings)
        block("Choices when sharing:", summaryChoices)
        if !lines.isEmpty, lines.last != "" { lines.append("") }
        return lines
    }

    /// The preview as drawn, one line per row: the warnings, then the plain-text summary at the screen's
    /// width.
    public var summaryLines: [String] {
        guard let summary = previewSummary else { return [] }
        let width = max(40, size.columns - 2)
        let text = TextSummaryRenderer.render(SummaryDocumentBuilder.document(for: summary), lineWidth: width)
        let raw = text.hasSuffix("\n") ? String(text.dropLast()) : text
        let body = raw.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
                let line = TextSanitizer.line(String(line))
                if DisplayWidth.of(line) <= width { return [line] }
                // Wide characters can still overflow: wrap, keeping the indentation.
                let indent = String(line.prefix { $0 == " " })
                let rest = String(line.dropFirst(indent.count))
                let wrapped = Grid.wrap(rest, width: max(10, width - indent.count - 2))
                return wrapped.enumerated().map { ($0.offset == 0 ? indent : indent + "  ") + $0.element }
            }
        return summaryWarningLines + body
    }

    // MARK: Keys

    /// Keys of the summary screen: scroll, pick a recipient, share, decline; a form or picker on top
    /// takes the keys first.
    mutating func summaryKey(_ key: Key) -> [Effect] {
        if sharing.picking { return pickerKey(key) }
        if sharing.reviewing, form == nil { return shareReviewKey(key) }
        if let current = form {
            switch key {
            case .escape where current.purpose == .consent:
                // Like every other form, Esc saves the consent form (when changed) and closes it.
                if !current.changed { form = nil; return [] }
                return submitForm(quietly: false, leaving: true)
            case .escape:
                // Esc never shares: the form closes and keeps what was typed for the next S or d.
                form = nil
                sharing.lastForm = current
                if current.purpose == .share {
                    // Back to the review the form came from, with its changes.
                    sharing.reviewing = true
                    say("Nothing shared or recorded. Enter opens the form again with what you typed; Esc goes back to the preview.")
                } else {
                    say("Nothing shared or recorded. d opens the form again with what you typed.")
                }
                return []
            case .ctrl("u"):
                if var edited = form, edited.fields[edited.focus].kind != .choice {
                    edited.fields[edited.focus].editor = TextEditor("", multiline: edited.fields[edited.focus].kind == .multiline)
                    edited.fields[edited.focus].editor.markChanged()
                    form = edited
                }
                return []
            default:
                return formKey(key)
            }
        }
        let total = summaryLines.count
        let page = max(1, size.rows - 5)
        let maxScroll = max(0, total - page)
        switch key {
        case .up, .char("k"): summaryScroll -= 1
        case .down, .char("j"): summaryScroll += 1
        case .pageUp, .char("b"): summaryScroll -= page
        case .pageDown, .char(" "), .char("f"): summaryScroll += page
        case .home, .char("g"): summaryScroll = 0
        case .end, .char("G"): summaryScroll = maxScroll
        case .char("r"), .tab:
            sharing.picking = true
            sharing.pickerCursor = settings.recipients.firstIndex { $0.id == summaryProfile?.id } ?? 0
            return []
        case .char("S"):
            openShareReview()
            return []
        case .char("d"):
            openDeclineForm()
            return []
        case .char("c"):
            openConsentForm()
            return []
        case .escape, .left, .char("h"): return back()
        default: break
        }
        summaryScroll = min(max(0, summaryScroll), maxScroll)
        return []
    }

    /// The recipient picker: move, Enter chooses and rebuilds the preview, Esc keeps the current one.
    mutating func pickerKey(_ key: Key) -> [Effect] {
        let count = settings.recipients.count
        switch key {
        case .up, .char("k"): sharing.pickerCursor = max(0, sharing.pickerCursor - 1)
        case .down, .char("j"), .tab: sharing.pickerCursor = min(count - 1, sharing.pickerCursor + 1)
        case .home, .char("g"): sharing.pickerCursor = 0
        case .end, .char("G"): sharing.pickerCursor = max(0, count - 1)
        case .enter:
            sharing.picking = false
            guard settings.recipients.indices.contains(sharing.pickerCursor) else { return [] }
            let chosen = settings.recipients[sharing.pickerCursor]
            if chosen.id != sharing.recipient {
                sharing.recipient = chosen.id
                sharing.refusal = []
                sharing.lastForm = nil
                sharing.review = nil
                summaryScroll = 0
            }
            say("Previewing what \(chosen.name) would receive. S shares it; d records a decision not to share.")
        case .escape, .char("r"):
            sharing.picking = false
        default: break
        }
        return []
    }

    // MARK: Forms

    /// The file a share goes to unless the practitioner changes it: in the current folder, named by
    /// reference, recipient and date (no names in file names).
    func defaultShareFile(_ format: SummaryFormat) -> String {
        let reference = open?.record.reference.rawValue ?? "case"
        return "\(reference)-\(sharing.recipient)-\(today.iso8601).\(format.fileExtension)"
    }

    /// Opens the share form for the previewed recipient (or the one closed without sharing).
    mutating func openShareForm() {
        if readOnly { warn(readOnlySentence); return }
        guard let profile = summaryProfile, let summary = previewSummary else { return }
        if let last = sharing.lastForm, last.purpose == .share {
            form = last
            sharing.lastForm = nil
            return
        }
        let formats = SummaryFormat.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label) }
        var fields = [
            FormField(id: "format", label: "Format", kind: .choice, options: formats),
            FormField(id: "file", label: "File", kind: .text, text: defaultShareFile(.markdown), required: true),
            FormField(id: "why", label: "Why share", kind: .multiline, required: true),
        ]
        if let notice = summary.specialCategory {
            fields.append(FormField(
                id: "special", label: "Special category", kind: .choice, options: [
                    FormField.Option(id: SpecialCategoryChoice.undecided.rawValue, label: "Choose: include or leave out",
                                     detail: "It holds " + notice.categories.joined(separator: ", ") + " in: " + notice.fields.joined(separator: "; ")),
                    FormField.Option(id: SpecialCategoryChoice.include.rawValue, label: "Include it",
                                     detail: "Needs the Article 9 condition below."),
                    FormField.Option(id: SpecialCategoryChoice.leaveOut.rawValue, label: "Leave it out",
                                     detail: "The recipient gets the summary without it."),
                ]))
        }
        let bases = settings.sharingBases
        if let article6 = bases?.article6, !article6.isEmpty {
            let options = article6.map { FormField.Option(id: $0.id, label: $0.label, detail: $0.help) }
            fields.append(FormField(
                id: "basis", label: "Article 6 basis", kind: .choice, options: options,
                choice: options.firstIndex { $0.id == profile.defaultBasis } ?? 0))
        }
        if summary.specialCategory != nil, let article9 = bases?.article9, !article9.isEmpty {
            fields.append(FormField(
                id: "condition", label: "Art. 9 condition", kind: .choice,
                options: article9.map { FormField.Option(id: $0.id, label: $0.label, detail: $0.help) }))
            fields.append(FormField(id: "careAndSupport", label: "Care/support needs", kind: .text))
        }
        if profile.receives(.referrerIdentity) {
            fields.append(FormField(id: "referrer", label: "Name the referrer", kind: .choice, options: [
                FormField.Option(id: "no", label: "No, leave the referrer out"),
                FormField.Option(id: "yes", label: "Yes, name the referrer"),
            ]))
        }
        fields.append(FormField(id: "told", label: "Family told", kind: .choice, options: [
            FormField.Option(id: "", label: "Not recorded"),
            FormField.Option(id: "yes", label: "Yes, told about this share"),
            FormField.Option(id: "no", label: "No", detail: "Say why not below."),
        ]))
        fields.append(FormField(id: "notTold", label: "Why not told", kind: .text))
        if !summaryShareWarnings.isEmpty {
            fields.append(FormField(id: "despite", label: "Going ahead as", kind: .multiline, required: true))
        }
        form = Form(purpose: .share, fields: fields)
        say("Share with \(profile.name): F2 or Ctrl-S shares, Esc closes without sharing.")
    }

    /// Opens the form recording a decision not to share with the previewed recipient.
    mutating func openDeclineForm() {
        if readOnly { warn(readOnlySentence); return }
        guard let profile = summaryProfile else { return }
        if let last = sharing.lastForm, last.purpose == .decline {
            form = last
            sharing.lastForm = nil
            return
        }
        form = Form(purpose: .decline, fields: [FormField(id: "why", label: "Why not share", kind: .multiline, required: true)])
        say("Record a decision not to share with \(profile.name): F2 or Ctrl-S records it, Esc closes.")
    }

    /// The share or decline form submitted: one effect for the runner. A signal (`quietly`) never
    /// shares: the form is kept in memory only.
    mutating func submitSharingForm(_ submitted: Form, quietly: Bool) -> [Effect] {
        guard !quietly, let open, let profile = summaryProfile else { return [] }
        let why = submitted.text("why")
        if submitted.purpose == .decline {
            sharing.lastForm = submitted
            say("Recording the decision not to share...")
            return [.declineShare(open.record.reference, recipient: profile.id, why: why)]
        }
        let format = submitted.choice("format").flatMap(SummaryFormat.init(rawValue:)) ?? .markdown
        var file = submitted.text("file")
        if !submitted["file"].editor.changed {
            // The suggested name follows the chosen format.
            file = defaultShareFile(format)
        }
        let special = submitted.fields.contains { $0.id == "special" }
            ? SpecialCategoryChoice(rawValue: submitted.choice("special") ?? "") ?? .undecided : .undecided
        if submitted.fields.contains(where: { $0.id == "special" }), special == .undecided {
            var back = submitted
            back.focus = back.fields.firstIndex { $0.id == "special" } ?? 0
            form = back
            warn("Choose whether the special category data goes (Include it) or not (Leave it out).")
            return []
        }
        let includeReferrer = submitted.fields.contains { $0.id == "referrer" } && submitted.choice("referrer") == "yes"
        func given(_ id: String) -> String? {
            guard submitted.fields.contains(where: { $0.id == id }) else { return nil }
            let text = submitted.text(id)
            return text.isEmpty ? nil : text
        }
        let told = submitted.fields.contains { $0.id == "told" } ? submitted.choice("told") : nil
        let choices = ShareChoices(
            basis: submitted.fields.contains { $0.id == "basis" } ? submitted.choice("basis") : nil,
            condition: special == .include ? submitted.choice("condition") : nil,
            careAndSupportNeeds: given("careAndSupport"), told: told == "yes" ? true : told == "no" ? false : nil,
            notToldReason: given("notTold"), despite: given("despite"))
        sharing.lastForm = submitted
        say("Sharing with \(profile.name)...")
        return [.share(ShareRequest(
            reference: open.record.reference, recipient: profile.id, format: format, destination: file, why: why,
            options: reviewedOptions(SummaryOptions(includeReferrer: includeReferrer, specialCategory: special, draft: false)),
            choices: choices))]
    }

    // MARK: Results

    /// The runner's answer to a share or a decline.
    mutating func onSharing(_ event: Event) -> [Effect] {
        switch event {
        case .shared(let result):
            if open?.record.reference == result.record.reference { open?.record = result.record }
            sharing.refusal = []
            sharing.lastForm = nil
            sharing.review = nil
            sharing.reviewing = false
            say("Shared with \(result.summary.recipient.name): \(result.path) (0600). Recorded as sharing record #\(result.sharingRecord.id).")
        case .shareRefused(let reasons):
            sharing.refusal = reasons
            summaryScroll = 0
            if sharing.review != nil {
                // The reasons head the review, where the entries and names they may be about are.
                sharing.reviewing = true
                sharing.review?.scroll = 0
                sharing.review?.cursor = 0
            }
            warn("Not shared and nothing written: the reasons are above. \(sharing.review != nil ? "Enter" : "S") opens the form again with what you typed.")
        case .declined(let entry, let record):
            if open?.record.reference == record.reference { open?.record = record }
            sharing.refusal = []
            sharing.lastForm = nil
            let name = settings.recipient(id: entry.recipient)?.name ?? entry.recipient
            say("Recorded: not shared with \(name) (sharing record #\(entry.id)).")
        default:
            break
        }
        return []
    }
}
