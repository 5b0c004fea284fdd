import ArgumentParser
import CaseworkCore

struct ConcernCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concern", abstract: "Add to, list or remove from a case's concerns log.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Log a concern with its evidence, source and date.")

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "What was seen or reported.") var what: String
        @Option(help: "The heading: a section id such as engagement, intent or capability.") var heading: String
        @Option(help: "behaviour or belief (belief alone is not a safeguarding concern).") var nature: ConcernNature = .behaviour
        @Option(help: "low, medium (the default for behaviour) or high; a belief-only entry takes none.") var severity: ConcernSeverity?
        @Option(help: "Where it came from.") var source: String = ""
        @Option(help: ArgumentHelp("When it was observed.", valueName: "yyyy-mm-dd")) var date: LocalDate?
        @Option(help: "fact or opinion.") var basis: EvidenceBasis = .fact

        func validate() throws {
            if nature == .belief, let severity {
                throw ValidationError(
                    "A belief on its own is not a safeguarding concern and takes no severity: leave out --severity \(severity.rawValue), or record the behaviour with --nature behaviour.")
            }
        }

        func run() throws {
            try ValueChecks.printableText(what, field: "--what")
            try ValueChecks.optionalText(source, field: "--source")
            if let date { try ValueChecks.observedOn(date, field: "--date", today: Timestamp.now().day) }
            let workspace = try storeOptions.workspace()
            let ref = try Workspace.reference(reference)
            let template = try workspace.templates().template(for: try workspace.store.load(ref))
            guard template.concernHeadings.contains(where: { $0.id == heading }) else {
                throw CaseworkError.invalidArgument(
                    "'\(heading)' is not a concern heading; use one of: \(template.concernHeadings.map(\.id).joined(separator: ", ")).")
            }
            try workspace.store.update(ref, by: workspace.user, summary: "Logged a concern under \(heading)") { record in
                let id = record.concerns.nextID
                record.concerns.append(Concern(
                    id: id, what: what, observedOn: date, source: source, heading: heading, nature: nature,
                    severity: nature == .belief ? nil : severity ?? .medium, basis: basis, recordedAt: Timestamp.now(), recordedBy: workspace.user))
                if record.status == .newReferral { record.status = .assessing }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a case's concerns.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String

        func run() throws {
            let workspace = try storeOptions.workspace()
            let record = try workspace.store.loadForViewing(try Workspace.reference(reference), by: workspace.user)
            if record.concerns.isEmpty { print("No concerns logged.") }
            for concern in record.concerns {
                print("#\(concern.id) \(concern.heading) [\(concern.severity?.rawValue ?? "no severity"), \(concern.nature.rawValue)] \(TextSanitizer.line(concern.what))")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a concern logged in error (the history keeps it).")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "The concern number, as `concern list` shows it.") var id: Int

        func run() throws {
            let workspace = try storeOptions.workspace()
            try workspace.store.update(try Workspace.reference(reference), by: workspace.user, summary: "Removed concern #\(id)") { record in
                guard let index = record.concerns.firstIndex(where: { $0.id == id }) else {
                    throw CaseworkError.invalidArgument("Case \(record.reference) has no concern #\(id).")
                }
                record.concerns.remove(at: index)
            }
        }
    }
}
