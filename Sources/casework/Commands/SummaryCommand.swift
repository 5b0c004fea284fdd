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
    @Option(name: [.customShort("o"), .long], help: "Write the preview to this file (0600) instead of the screen.") var output: String?

    func run() throws {
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
        if let output {
            try workspace.store.files.write(Data(text.utf8), to: output.hasPrefix("/") ? output : FileManager.default.currentDirectoryPath + "/" + output)
            printError("Draft written to \(output). It has not been shared and is not recorded as shared.")
        } else {
            print(text, terminator: "")
        }
    }
}
