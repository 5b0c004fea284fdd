import FoundationEssentials

/// Builds, checks, writes and records summaries: the one way any front end shares or declines to share.
///
/// A share is refused, with nothing written, unless `SharingPolicy` finds nothing missing and the file
/// named is a new file outside the store (`OutputDestination`). The file is written (0600) first; only
/// then is the export logged in the audit trail (so every front end logs it the same way) and the case
/// saved with its sharing record. If either cannot be recorded the file is removed again, so a file never
/// exists without its record and a failed export is never recorded as done (when the trail holds the
/// export but the case cannot be saved, a second entry says it was withdrawn). The time and user are
/// injected.
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

    /// The summary a recipient would get, from the case as it is now.
    public func summary(of record: CaseRecord, for recipient: String, options: SummaryOptions) throws -> Summary {
        SummaryGenerator(
            record: record, template: try templates.template(for: record), settings: settings,
            profile: try profile(recipient), options: options, now: now, user: user
        ).build()
    }

    /// Everything that stands in the way of sharing this case with this recipient now.
    public func problems(_ reference: CaseReference, recipient: String, options: SummaryOptions, why: String) throws -> [String] {
        try problems(of: try store.load(reference), recipient: recipient, options: options, why: why)
    }

    /// The same check for a record a screen already holds.
    public func problems(of record: CaseRecord, recipient: String, options: SummaryOptions, why: String) throws -> [String] {
        var shared = options
        shared.draft = false
        let summary = try summary(of: record, for: recipient, options: shared)
        return SharingPolicy.problems(record: record, profile: try profile(recipient), summary: summary, options: shared, why: why)
    }

    @discardableResult
    public func share(_ request: ShareRequest) throws -> ShareResult {
        let record = try store.load(request.reference)
        let profile = try profile(request.recipient)
        var options = request.options
        options.draft = false
        let summary = try summary(of: record, for: profile.id, options: options)
        let problems = SharingPolicy.problems(record: record, profile: profile, summary: summary, options: options, why: request.why)
        guard problems.isEmpty else {
            throw SharingRefusal(reference: record.reference, recipient: profile.name, reasons: problems)
        }
        let path = SharingService.absolute(request.destination)
        let destination: OutputDestination
        do {
            destination = try OutputDestination(
                request.destination, storeRoot: store.root,
                existingFileAdvice: "choose a new file name so an earlier export is not overwritten.",
                operations: store.files.operations)
        } catch CaseworkError.invalidArgument(let reason) {
            throw SharingRefusal(reference: record.reference, recipient: profile.name, reasons: [reason])
        }
        try destination.write(SummaryRenderer.data(summary, as: request.format))
        let exported = "summary for \(profile.id) to \(path)"
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
        let entry = SharingRecord(
            id: record.sharing.nextID, recipient: profile.id, shared: true,
            what: SharingService.describe(summary, format: request.format), why: request.why, at: now, by: user,
            consent: record.consent, caseRevision: record.revision, format: request.format.rawValue, file: path)
        var edited = record
        edited.sharing.append(entry)
        do {
            let saved = try store.save(edited, basedOn: record.revision, by: user, summary: "Shared a summary with \(profile.name)")
            return ShareResult(path: path, summary: summary, sharingRecord: entry, record: saved)
        } catch {
            // A save can fail after the case file was replaced (flushing the folder): then the sharing
            // record is there and the file stays with it. Otherwise the file goes and the trail says so.
            if (try? store.load(record.reference))?.sharing.contains(entry) != true {
                destination.withdraw()
                try? store.recordExport(
                    record.reference, revision: record.revision, destination: "withdrawn, the case could not be saved: " + exported, by: user)
            }
            throw error
        }
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
                consent: record.consent, caseRevision: record.revision)
            record.sharing.append(made)
            entry = made
        }
        return entry!
    }

    /// "Summary (md): Case details, Concerns ...; special category data: ...; referrer: ..." for the record.
    static func describe(_ summary: Summary, format: SummaryFormat) -> String {
        let parts = summary.sections.filter { $0 != .specialCategory }.map(SummaryDocumentBuilder.title(of:))
        var text = "Summary (\(format.rawValue)) for \(summary.recipient.name): " + parts.joined(separator: ", ")
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
