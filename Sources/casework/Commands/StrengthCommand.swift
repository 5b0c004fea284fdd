import ArgumentParser
import CaseworkCore

struct StrengthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strength", abstract: "Record a strength or protective factor.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a strength or protective factor.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "The strength, such as 'Close to an aunt who he trusts'.") var what: String
        @Option(help: "Where it came from.") var source: String = ""
        @Option(help: ArgumentHelp("When it was observed.", valueName: "yyyy-mm-dd")) var date: LocalDate?

        func run() throws {
            try ValueChecks.printableText(what, field: "--what")
            try ValueChecks.optionalText(source, field: "--source")
            if let date { try ValueChecks.observedOn(date, field: "--date", today: Timestamp.now().day) }
            let workspace = try storeOptions.workspace()
            try workspace.store.update(try Workspace.reference(reference), by: workspace.user, summary: "Recorded a strength") { record in
                let id = record.strengths.nextID
                record.strengths.append(Strength(
                    id: id, what: what, source: source, observedOn: date, recordedAt: Timestamp.now(), recordedBy: workspace.user))
            }
        }
    }
}
