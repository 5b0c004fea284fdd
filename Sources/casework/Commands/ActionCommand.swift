import ArgumentParser
import CaseworkCore

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "Add actions, or mark them done.", subcommands: [Add.self, Done.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an action with its owner and due date.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "What needs to happen.") var what: String
        @Option(help: "Who does it.") var owner: String = ""
        @Option(help: ArgumentHelp("By when.", valueName: "yyyy-mm-dd")) var due: LocalDate?

        func run() throws {
            try ValueChecks.printableText(what, field: "--what")
            try ValueChecks.optionalText(owner, field: "--owner")
            let workspace = try storeOptions.workspace()
            try workspace.store.update(try Workspace.reference(reference), by: workspace.user, summary: "Added an action") { record in
                let id = record.actions.nextID
                record.actions.append(CaseAction(id: id, what: what, owner: owner, due: due))
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an action done.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "The action number.") var id: Int

        func run() throws {
            let workspace = try storeOptions.workspace()
            try workspace.store.update(try Workspace.reference(reference), by: workspace.user, summary: "Completed action #\(id)") { record in
                guard let index = record.actions.firstIndex(where: { $0.id == id }) else {
                    throw CaseworkError.invalidArgument("Case \(record.reference) has no action #\(id).")
                }
                record.actions[index].done = true
                record.actions[index].doneOn = Timestamp.now().day
            }
        }
    }
}
