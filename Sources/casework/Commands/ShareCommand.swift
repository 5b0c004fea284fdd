import ArgumentParser
import CaseworkCore

/// `casework share`: the act of sharing (checked, written, recorded), or a recorded decision not to share.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Share a summary with a recipient (writes the file and records it), or record a decision not to share.",
        discussion: """
            Sharing needs consent given or a recorded justification for sharing without it, and the lawful basis \
            (see `casework consent`). Special category data needs --include-special-category or \
            --without-special-category. Every share and every --decline is recorded in the case.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "The recipient profile id, such as police, school or channel-panel.") var to: String
    @Option(help: "md, txt, html or json.") var format: SummaryFormat?
    @Option(name: [.customShort("o"), .long], help: "The file to write (a new file; written 0600).") var output: String?
    @Option(help: "Why it is (or is not) being shared: kept in the sharing record.") var why: String
    @Flag(help: "Record a decision not to share instead; nothing is written.") var decline = false
    @OptionGroup var choices: SummaryChoiceOptions

    func validate() throws {
        if decline {
            if output != nil || format != nil { throw ValidationError("--decline writes nothing: leave out --format and --output.") }
        } else {
            if output == nil { throw ValidationError("Say where to write the summary with -o FILE.") }
        }
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
            let entry = try service.decline(ref, recipient: to, why: why)
            print("Recorded: case \(ref) not shared with \(try service.profile(to).name) (sharing record #\(entry.id)).")
            return
        }
        let chosenFormat = format ?? .markdown
        let result = try service.share(ShareRequest(
            reference: ref, recipient: to, format: chosenFormat, destination: output!, why: why,
            options: choices.options(draft: false)))
        print("Shared: \(result.path) written for \(result.summary.recipient.name) and recorded in case \(ref) (sharing record #\(result.sharingRecord.id), from revision \(result.sharingRecord.caseRevision)).")
        if let notice = result.summary.specialCategory {
            print("It holds special category data: \(notice.categories.joined(separator: ", ")).")
        }
    }
}
