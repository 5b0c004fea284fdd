import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework summary`: a preview of what a recipient would receive, marked as a draft on every page.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Preview the multi-agency summary a recipient would receive (a draft: nothing is shared).",
        discussion: "Recipient profiles come from the authority's settings: see `casework settings show`. To share, use `casework share`.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(name: .customLong("for"), help: "The recipient profile id, such as police, school or channel-panel.") var recipient: String
    @Option(help: "md, txt, html or json.") var format: SummaryFormat = .text
    @OptionGroup var choices: SummaryChoiceOptions
    @Option(name: [.customShort("o"), .long], help: "Write the preview to this new file (0600, outside the store) instead of the screen.") var output: String?
    @Flag(help: "Replace the -o file if it exists (never a store file or a link).") var force = false

    func run() throws {
        // Checked before the store is opened: a refused path costs no passphrase and touches nothing.
        let destination = try output.map { try OutputDestination($0, storeRoot: storeOptions.path, force: force) }
        let workspace = try storeOptions.workspace()
        let service = try SharingService(workspace: workspace, now: Timestamp.now())
        let record = try workspace.store.load(try Workspace.reference(reference))
        let profile = try service.profile(recipient)
        if choices.includeReferrer && !profile.receives(.referrerIdentity) {
            throw CaseworkError.invalidArgument("The \(profile.name) profile does not receive the referrer's identity; --include-referrer cannot be used for it.")
        }
        let summary = try service.summary(of: record, for: profile.id, options: try choices.options(draft: true))
        if let notice = summary.specialCategory, !choices.includeSpecialCategory {
            printError("Warning: this summary holds special category data (\(notice.categories.joined(separator: ", "))) in: "
                + notice.fields.joined(separator: "; ") + ". Sharing it needs --include-special-category, or --without-special-category to leave it out.")
        }
        let text = SummaryRenderer.render(summary, as: format)
        // On screen a preview is a view of the case; written to a file it is an export, with where it went,
        // recorded once the file is there (a failed write is not recorded as done; a failed record takes the
        // file back).
        if let destination, let output {
            try destination.write(Data(text.utf8))
            do {
                try workspace.store.recordExport(
                    record.reference, revision: record.revision, destination: "draft summary for \(profile.id) to \(destination.path)", by: workspace.user)
            } catch {
                destination.withdraw()
                throw error
            }
            printError("Draft written to \(output). It has not been shared and is not recorded as shared.")
        } else {
            try workspace.store.recordView(record.reference, revision: record.revision, by: workspace.user)
            print(text, terminator: "")
        }
    }
}
