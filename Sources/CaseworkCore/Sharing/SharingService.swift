import Crypto
import FoundationEssentials

/// Builds, checks, writes and records summaries: the one way any front end shares or declines to share.
///
/// A share is refused, with nothing written, unless `SharingPolicy` finds nothing missing (it is never
/// refused for lack of consent) and, for a share made by file, the file named is a new file outside the
/// store (`OutputDestination`). The file is written (0600) first; only then is the export logged in the
/// audit trail (so every front end logs it the same way) and the case saved with its sharing record. If
/// either cannot be recorded the file is removed again, so a file never exists without its record and a
/// failed export is never recorded as done (when the trail holds the export but the case cannot be saved,
/// a second entry says it was withdrawn). A share made by phone, in a meeting or by secure email writes
/// no file and is recorded by the save alone. The time and user are injected.
public struct SharingService: Sendable {
    public var store: CaseStore
    public var settings: AuthoritySettings
    public var templates: TemplateLibrary
    public var user: String
    public var now: Timestamp

    public init(store: CaseStore, settings: AuthoritySettings, templates: TemplateLibrary, user: String, now: Timestamp) {
        self.store = store
        self.settings = settings
        self.templates = templates
        self.user = user
        self.now = now
    }

    public init(workspace: Workspace, now: Timestamp) throws {
        self.init(
            store: workspace.store, settings: try workspace.settings(), templates: try workspace.templates(),
            user: workspace.user, now: now)
    }

    public func profile(_ id: String) throws -> RecipientProfile {
        guard let profile = settings.recipient(id: id) else {
            throw CaseworkError.invalidArgument(
                "'\(TextSanitizer.echo(id))' is not a recipient profile; use one of: \(settings.recipients.map(\.id).joined(separator: ", ")).")
        }
        return profile
    }

    /// The summary a recipient would get, from the case as it is now, naming the basis the share relies
    /// on (the profile's default unless the choices name another).
    public func summary(
        of record: CaseRecord, for recipient: String, options: SummaryOptions, choices: ShareChoices = ShareChoices()
    ) throws -> Summary {
        let profile = try profile(recipient)
        var labelled = options
        if let id = SharingPolicy.basisID(profile: profile, choices: choices) {
            labelled.basisLabel = settings.sharingBases?.basis(id: id)?.label
        }
        labelled.conditionLabel = choices.condition.flatMap { settings.sharingBases?.condition(id: $0)?.label }
        return SummaryGenerator(
            record: record, template: try templates.template(for: record), settings: settings,
            profile: profile, options: labelled, now: now, user: user
        ).build()
    }

    /// Everything that stands in the way of sharing this case with this recipient now.
    public func problems(
        _ reference: CaseReference, recipient: String, options: SummaryOptions, why: String, choices: ShareChoices = ShareChoices()
    ) throws -> [String] {
        try problems(of: try store.load(reference), recipient: recipient, options: options, why: why, choices: choices)
    }

    /// The same check for a record a screen already holds.
    public func problems(
        of record: CaseRecord, recipient: String, options: SummaryOptions, why: String, choices: ShareChoices = ShareChoices()
    ) throws -> [String] {
        var shared = options
        shared.draft = false
        let summary = try summary(of: record, for: recipient, options: shared, choices: choices)
        let profile = try profile(recipient)
        return SharingPolicy.problems(
            record: record, profile: profile, summary: summary, options: shared, why: why, choices: choices,
            bases: settings.sharingBases, today: now.day) + EntryChoiceCheck.problems(shared.entryChoices, summary: summary, profile: profile)
    }

    /// The warnings a share to this recipient would show now (a refused or withdrawn agreement, an earlier
    /// decision not to share with them), for a screen to put above its share form.
    public func warnings(of record: CaseRecord, recipient: String) throws -> [String] {
        SharingWarnings.warnings(record: record, profile: try profile(recipient))
    }

    /// What a share would send, entry by entry, without writing or recording anything.
    public func review(of record: CaseRecord, recipient: String, options: SummaryOptions) throws -> ShareContents {
        var shared = options
        shared.draft = false
        if let bad = EntryChoiceCheck.unknownID(in: options.entryChoices, record: record, template: try templates.template(for: record)) {
            throw CaseworkError.invalidArgument(bad)
        }
        return ShareContents(try summary(of: record, for: recipient, options: shared))
    }

    /// Shares a summary: writes the file (or, for a share made by phone, in a meeting or by secure email,
    /// records it after the fact) and records the decision with exactly what went.
    @discardableResult
    public func share(_ request: ShareRequest) throws -> ShareResult {
        let record = try store.load(request.reference)
        let profile = try profile(request.recipient)
        var options = request.options
        options.draft = false
        let choices = request.choices
        try checkIDs(choices)
        if let bad = EntryChoiceCheck.unknownID(in: options.entryChoices, record: record, template: try templates.template(for: record))
            ?? NameConfirmationCheck.unknownName(in: options, record: record, profile: profile) {
            throw CaseworkError.invalidArgument(bad)
        }
        let summary = try summary(of: record, for: profile.id, options: options, choices: choices)
        let template = try templates.template(for: record)
        let problems = SharingPolicy.problems(
            record: record, profile: profile, summary: summary, options: options, why: request.why, choices: choices,
            bases: settings.sharingBases, today: now.day) + EntryChoiceCheck.problems(options.entryChoices, summary: summary, profile: profile)
            + NameConfirmationCheck.problems(options) { chosen in
                SummaryGenerator(record: record, template: template, settings: settings, profile: profile, options: chosen, now: now, user: user).build()
            }
        guard problems.isEmpty else {
            throw SharingRefusal(reference: record.reference, recipient: profile.name, reasons: problems)
        }
        let warnings = SharingWarnings.warnings(record: record, profile: profile)
        let writesFile = choices.method.writesFile
        let path = writesFile ? SharingService.absolute(request.destination) : ""
        var destination: OutputDestination?
        if writesFile {
            do {
                destination = try OutputDestination(
                    request.destination, storeRoot: store.root,
                    existingFileAdvice: "choose a new file name so an earlier export is not overwritten.",
                    operations: store.files.operations)
            } catch CaseworkError.invalidArgument(let reason) {
                throw SharingRefusal(reference: record.reference, recipient: profile.name, reasons: [reason])
            }
        }
        let data = SummaryRenderer.data(summary, as: request.format)
        let decision = makeDecision(
            summary: summary, profile: profile, why: request.why, choices: choices, entryChoices: options.entryChoices,
            namesConfirmed: options.namesConfirmed, warnings: warnings,
            digest: writesFile ? HexText.lowercase(SHA256.hash(data: data)) : nil)
        let exported = "summary for \(profile.id) to \(path)"
        if let destination {
            try destination.write(data)
            do {
                try store.recordExport(record.reference, revision: record.revision, destination: exported, by: user)
            } catch {
                // The entry may be in the trail even so (written, then the flush failed): then say it was withdrawn.
                destination.withdraw()
                if (try? store.audit.trail(for: record.reference))?.last?.detail == exported {
                    try? store.recordExport(record.reference, revision: record.revision, destination: "withdrawn: " + exported, by: user)
                }
                throw error
            }
        }
        let entry = SharingRecord(
            id: record.sharing.nextID, recipient: profile.id, shared: true,
            what: SharingService.describe(summary, format: request.format, method: choices.method), why: request.why,
            at: now, by: user, consent: nil, caseRevision: record.revision,
            format: writesFile ? request.format.rawValue : "", file: path, decision: decision)
        var edited = record
        edited.sharing.append(entry)
        do {
            let saved = try store.save(edited, basedOn: record.revision, by: user, summary: "Shared a summary with \(profile.name)")
            return ShareResult(path: path, summary: summary, sharingRecord: entry, record: saved, warnings: warnings)
        } catch {
            // A save can fail after the case file was replaced (flushing the folder): then the sharing
            // record is there and the file stays with it. Otherwise the file goes and the trail says so.
            if let destination, (try? store.load(record.reference))?.sharing.contains(entry) != true {
                destination.withdraw()
                try? store.recordExport(
                    record.reference, revision: record.revision, destination: "withdrawn, the case could not be saved: " + exported, by: user)
            }
            throw error
        }
    }

    /// An unknown basis or condition id is bad input: one sentence naming it and the choices.
    func checkIDs(_ choices: ShareChoices) throws {
        let bases = settings.sharingBases
        if let id = choices.basis, bases?.basis(id: id) == nil {
            throw CaseworkError.invalidArgument(
                "'\(id)' is not an Article 6 basis in the settings; use one of: \(bases?.article6.map(\.id).joined(separator: ", ") ?? "none defined").")
        }
        if let id = choices.condition, bases?.condition(id: id) == nil {
            throw CaseworkError.invalidArgument(
                "'\(id)' is not an Article 9 condition in the settings; use one of: \(bases?.article9.map(\.id).joined(separator: ", ") ?? "none defined").")
        }
    }

    func makeDecision(
        summary: Summary, profile: RecipientProfile, why: String, choices: ShareChoices, entryChoices: [EntryChoice],
        namesConfirmed: [NameConfirmation], warnings: [String], digest: String?
    ) -> ShareDecision {
        let bases = settings.sharingBases
        let basisID = SharingPolicy.basisID(profile: profile, choices: choices) ?? ""
        let condition = summary.containsSpecialCategory ? choices.condition.flatMap { bases?.condition(id: $0) } : nil
        let contents = ShareContents(summary)
        func kept(_ text: String?) -> String? { text.flatMap { $0.isBlank ? nil : $0 } }
        return ShareDecision(
            purpose: why, article6: basisID, article6Label: bases?.basis(id: basisID)?.label ?? basisID,
            article9: condition?.id, article9Label: condition?.label, careAndSupportNeeds: kept(choices.careAndSupportNeeds),
            told: choices.told, notToldReason: kept(choices.notToldReason), method: choices.method, madeOn: choices.madeOn,
            sections: contents.sections.map(\.rawValue), entries: contents.entryIDs, fileDigest: digest,
            warnings: warnings, despite: warnings.isEmpty ? nil : kept(choices.despite),
            entryChoices: entryChoices.isEmpty ? nil : entryChoices,
            namesConfirmed: namesConfirmed.isEmpty ? nil : namesConfirmed)
    }

    /// Records a decision not to share, with its reason; nothing is written but the case.
    @discardableResult
    public func decline(_ reference: CaseReference, recipient: String, why: String) throws -> SharingRecord {
        let profile = try profile(recipient)
        guard !why.isBlank else {
            throw CaseworkError.invalidArgument("Say why the information is not being shared (--why): the record needs a reason.")
        }
        var entry: SharingRecord?
        try store.update(reference, by: user, summary: "Decided not to share with \(profile.name)") { record in
            let made = SharingRecord(
                id: record.sharing.nextID, recipient: profile.id, shared: false,
                what: "Decided not to share a summary with \(profile.name)", why: why, at: now, by: user,
                consent: nil, caseRevision: record.revision)
            record.sharing.append(made)
            entry = made
        }
        return entry!
    }

    /// "Summary (md): Case details, Concerns ...; special category data: ...; referrer: ..." for the record.
    static func describe(_ summary: Summary, format: SummaryFormat, method: ShareMethod = .file) -> String {
        let parts = summary.sections.filter { $0 != .specialCategory }.map(SummaryDocumentBuilder.title(of:))
        let how = method.writesFile ? "Summary (\(format.rawValue))" : "Shared \(method.label.lowercased()), recorded after the fact,"
        var text = "\(how) for \(summary.recipient.name): " + parts.joined(separator: ", ")
        if let notice = summary.specialCategory {
            text += "; special category data included (\(notice.categories.joined(separator: ", ")))"
        } else {
            text += "; no special category data"
        }
        text += summary.referrer == nil ? "; referrer not named" : "; referrer named"
        return text
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
