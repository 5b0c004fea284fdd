import ArgumentParser
import CaseworkCore

/// `casework generate-fictional`: fills a store with invented cases for statistics demos and load tests.
struct GenerateFictionalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-fictional",
        abstract: "Add invented cases (fictional names and events) to a store, for demos and tests.",
        shouldDisplay: false)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "How many cases.") var count = 200
    @Option(help: "The random seed: the same seed gives the same cases.") var seed: UInt64 = 2026

    func run() throws {
        let workspace = try storeOptions.workspace()
        let factory = FictionalCaseFactory(
            store: workspace.store, template: try workspace.templates().defaultTemplate, settings: try workspace.settings(),
            user: workspace.user)
        let references = try factory.generate(count: count, seed: seed)
        print("Added \(references.count) fictional cases to \(workspace.store.root).")
    }
}
