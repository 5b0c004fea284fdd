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
    @Option(name: [.customShort("o"), .long], help: "Write to this file (0600) instead of the screen.") var output: String?

    func run() throws {
        let workspace = try storeOptions.workspace()
        var records: [CaseRecord] = []
        var unreadable = 0
        for reference in workspace.store.references() {
            if let record = try? workspace.store.load(reference) { records.append(record) } else { unreadable += 1 }
        }
        if unreadable > 0 { printError("\(unreadable) case file(s) could not be read and are not counted.") }
        let stats = CaseStatistics(records: records, settings: try workspace.settings(), templates: try workspace.templates())
        let text = csv ? StatisticsRenderer.csv(stats) : StatisticsRenderer.table(stats)
        if let output {
            try workspace.store.recordAnonymisedExport(destination: "anonymised statistics to \(output)", by: workspace.user)
            try workspace.store.files.write(Data(text.utf8), to: output.hasPrefix("/") ? output : FileManager.default.currentDirectoryPath + "/" + output)
        } else {
            print(text, terminator: "")
        }
    }
}
