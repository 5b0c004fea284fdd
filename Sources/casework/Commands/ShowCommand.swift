import ArgumentParser
import CaseworkCore
import FoundationEssentials

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a case: answers, concerns, strengths, actions and the decision.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference, such as KTR-4827.") var reference: String
    @Flag(help: "Show the subject's full name and date of birth instead of initials and age.") var names = false
    @Flag(help: "Print the case file's JSON instead.") var json = false
    @Option(help: "Show the case as it was at this revision.") var revision: Int?

    func run() throws {
        let workspace = try storeOptions.workspace()
        var record = try workspace.store.loadForViewing(try Workspace.reference(reference), by: workspace.user)
        if let revision { record = try CaseHistory.record(record, atRevision: revision) }
        if json {
            StandardStreams.writeOutput(try SafeJSON.encode(record))
            return
        }
        let template = try? workspace.templates().template(for: record)
        let report = CaseTextReport(record: record, template: template, settings: try? workspace.settings(), showNames: names)
        print(report.render(), terminator: "")
    }
}
