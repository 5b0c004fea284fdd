import ArgumentParser
import CaseworkCore

extension ShareMethod: ExpressibleByArgument {}

/// `casework share`: the act of sharing (checked, written, recorded), a share made another way and
/// recorded after it, a recorded decision not to share, or a review of what would go.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Share a summary with a recipient (writes the file and records the decision), or record a decision not to share.",
        discussion: """
            Sharing is never blocked for lack of consent. It needs a purpose (--why) and a UK GDPR Article 6 basis \
            from the settings (--basis; the recipient profile's default otherwise, `public-task` in the bundled \
            settings); special category data needs --include-special-category or --without-special-category and, \
            when it goes, an Article 9 condition (--condition). A refused or withdrawn agreement, or an earlier \
            decision not to share with this recipient, is shown as a warning and needs --despite "reason". \
            --method phone|meeting|secure-email records a share made another way, after the fact (no file). \
            --review lists what would go, one entry a line (id, section, why), and writes nothing.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "The recipient profile id, such as police, school or channel-panel.") var to: String
    @Option(help: "md, txt, html or json.") var format: SummaryFormat?
    @Option(name: [.customShort("o"), .long], help: "The file to write (a new file; written 0600).") var output: String?
    @Option(help: "What it is being shared for (or why it is not): the purpose kept in the sharing record.") var why: String?
    @Option(help: "The Article 6 basis id from the settings (see `casework settings show`).") var basis: String?
    @Option(help: "The Article 9 condition id, when special category data goes.") var condition: String?
    @Option(name: .customLong("care-and-support"), help: "For an adult shared under a condition that needs it: their care and support needs.")
    var careAndSupport: String?
    @Option(help: "Whether the person or family was told about this share: yes or no.") var told: YesNo?
    @Option(name: .customLong("not-told-because"), help: "Why the person or family was not told.") var notToldBecause: String?
    @Option(help: "file (default), phone, meeting or secure-email.") var method: ShareMethod = .file
    @Option(help: ArgumentHelp("When a share by phone, meeting or email took place (default today).", valueName: "yyyy-mm-dd"))
    var on: LocalDate?
    @Option(help: "Why you are going ahead despite the warnings shown.") var despite: String?
    @Flag(help: "Record a decision not to share instead; nothing is written.") var decline = false
    @Flag(help: "List what would go (entry id, section, why) and the warnings; nothing is written or recorded.") var review = false
    @OptionGroup var choices: SummaryChoiceOptions

    func validate() throws {
        if decline && review { throw ValidationError("Choose one of --decline and --review.") }
        if decline {
            if output != nil || format != nil { throw ValidationError("--decline writes nothing: leave out --format and --output.") }
        } else if !review {
            if method.writesFile && output == nil { throw ValidationError("Say where to write the summary with -o FILE.") }
            if !method.writesFile && output != nil {
                throw ValidationError("A share by \(method.rawValue) is recorded after the fact and writes no file: leave out -o.")
            }
        }
        if on != nil && method.writesFile { throw ValidationError("--on is for a share by phone, meeting or secure-email.") }
        if !review && why == nil { throw ValidationError("Say what the share is for with --why \"...\".") }
    }

    func run() throws {
        if let output {
            // Checked before the store is opened too (SharingService checks again, for every front end).
            _ = try OutputDestination(output, storeRoot: storeOptions.path, existingFileAdvice: "choose a new file name so an earlier export is not overwritten.")
        }
        let workspace = try storeOptions.workspace()
        let service = try SharingService(workspace: workspace, now: Timestamp.now())
        let ref = try Workspace.reference(reference)
        if decline {
            let entry = try service.decline(ref, recipient: to, why: why ?? "")
            print("Recorded: case \(ref) not shared with \(try service.profile(to).name) (sharing record #\(entry.id)).")
            return
        }
        let record = try workspace.store.load(ref)
        let warnings = try service.warnings(of: record, recipient: to)
        let options = try choices.options(draft: false)
        if review {
            let contents = try service.review(of: record, recipient: to, options: options)
            for warning in warnings { print("warning\t\(warning)") }
            for entry in contents.entries { print("\(entry.id)\t\(entry.section.rawValue)\t\(entry.why)") }
            return
        }
        for warning in warnings { printError("Warning: \(warning)") }
        let decision = ShareChoices(
            basis: basis, condition: condition, careAndSupportNeeds: careAndSupport, told: told?.value,
            notToldReason: notToldBecause, method: method, madeOn: method.writesFile ? nil : (on ?? Timestamp.now().day),
            despite: despite)
        let result = try service.share(ShareRequest(
            reference: ref, recipient: to, format: format ?? .markdown, destination: output ?? "", why: why ?? "",
            options: options, choices: decision))
        let number = "sharing record #\(result.sharingRecord.id), from revision \(result.sharingRecord.caseRevision)"
        if method.writesFile {
            print("Shared: \(result.path) written for \(result.summary.recipient.name) and recorded in case \(ref) (\(number)).")
        } else {
            print("Recorded: case \(ref) shared with \(result.summary.recipient.name) \(method.label.lowercased()) (\(number)).")
        }
        if let notice = result.summary.specialCategory {
            print("It holds special category data: \(notice.categories.joined(separator: ", ")).")
        }
    }
}
