import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework stats`: anonymised counts over the whole store for the authority's evidence base.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Anonymised counts by threshold, route, concern heading, outcome and age band (small counts suppressed).",
        discussion: "The suppression threshold is statistics.suppressBelow in the authority's settings.")

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Print CSV (safe to open in a spreadsheet) instead of a table.") var csv = false
    @Option(name: [.customShort("o"), .long], help: "Write to this new file (0600, outside the store) instead of the screen.") var output: String?
    @Flag(help: "Replace the -o file if it exists (never a store file or a link).") var force = false

    func run() throws {
        // Checked before the store is opened: a refused path costs no passphrase and touches nothing.
        let destination = try output.map { try OutputDestination($0, storeRoot: storeOptions.path, force: force) }
        let workspace = try storeOptions.workspace()
        var records: [CaseRecord] = []
        var unreadable = 0
        for reference in workspace.store.references() {
            if let record = try? workspace.store.load(reference) { records.append(record) } else { unreadable += 1 }
        }
        if unreadable > 0 { printError("\(unreadable) case file(s) could not be read and are not counted.") }
        let stats = CaseStatistics(records: records, settings: try workspace.settings(), templates: try workspace.templates())
        let text = csv ? StatisticsRenderer.csv(stats) : StatisticsRenderer.table(stats)
        if let destination {
            try destination.write(Data(text.utf8))
            do {
                try workspace.store.recordAnonymisedExport(destination: "anonymised statistics to \(destination.path)", by: workspace.user)
            } catch {
                destination.withdraw()
                throw error
            }
        } else {
            print(text, terminator: "")
        }
    }
}
