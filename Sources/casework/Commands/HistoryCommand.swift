import ArgumentParser
import CaseworkCore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List every saved change to a case: who, when, what.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Flag(help: "Also list the fields each change touched.") var fields = false

    func run() throws {
        let workspace = try storeOptions.workspace()
        let record = try workspace.store.loadForViewing(try Workspace.reference(reference), by: workspace.user)
        for entry in record.history {
            print("r\(entry.revision)  \(entry.at.shortDisplay)  \(TextSanitizer.line(entry.by))  \(TextSanitizer.line(entry.summary))")
            if fields {
                for change in entry.changes where !["revision", "updatedAt", "updatedBy"].contains(change.dottedPath) {
                    print("      \(TextSanitizer.line(change.dottedPath))")
                }
            }
        }
    }
}
