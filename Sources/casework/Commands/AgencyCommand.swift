import ArgumentParser
import CaseworkCore

struct AgencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency", abstract: "Record an agency involved and what it contributed.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an agency to the case.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "An agency id from the settings (see `casework settings show`), or a name.") var agency: String
        @Option(help: "The person or team to contact.") var contact: String = ""
        @Option(help: "What the agency knows or contributed.") var contribution: String = ""
        @Option(help: ArgumentHelp("When this was checked with them.", valueName: "yyyy-mm-dd")) var date: LocalDate?

        func run() throws {
            try ValueChecks.printableText(agency, field: "--agency")
            try ValueChecks.optionalText(contact, field: "--contact")
            try ValueChecks.optionalText(contribution, field: "--contribution")
            if let date { try ValueChecks.observedOn(date, field: "--date", today: Timestamp.now().day) }
            let workspace = try storeOptions.workspace()
            try workspace.store.update(try Workspace.reference(reference), by: workspace.user, summary: "Added agency \(agency)") { record in
                let id = record.agencies.nextID
                record.agencies.append(AgencyInvolvement(id: id, agency: agency, contact: contact, contribution: contribution, checkedOn: date))
            }
        }
    }
}
