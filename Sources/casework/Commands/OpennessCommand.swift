import ArgumentParser
import CaseworkCore

/// `casework openness`: records being open with the person or family about sharing, or why not.
struct OpennessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openness",
        abstract: "Record what the person or family was told about sharing, and when; or why they were not told.",
        discussion: "Each use adds an entry; with no options, prints what is recorded. It never gates a share.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "Whether they were told: yes or no.") var told: YesNo?
    @Option(help: "Who was told, such as \"Mother\" or \"the person\".") var who: String = ""
    @Option(help: "What they were told will be shared, with whom and why.") var what: String = ""
    @Option(name: .customLong("why-not"), help: "Why they were not told (for example it would put someone at risk).") var whyNot: String = ""
    @Option(help: ArgumentHelp("When they were told (default today).", valueName: "yyyy-mm-dd")) var date: LocalDate?

    func validate() throws {
        guard let told else {
            if !who.isEmpty || !what.isEmpty || !whyNot.isEmpty || date != nil {
                throw ValidationError("Say whether they were told (--told yes or --told no).")
            }
            return
        }
        if !told.value && whyNot.allSatisfy(\.isWhitespace) {
            throw ValidationError("Say why they were not told (--why-not \"...\").")
        }
        if told.value && !whyNot.isEmpty { throw ValidationError("--why-not is for --told no; leave it out.") }
    }

    func run() throws {
        try ValueChecks.optionalText(who, field: "--who")
        try ValueChecks.optionalText(what, field: "--what")
        try ValueChecks.optionalText(whyNot, field: "--why-not")
        if let date { try ValueChecks.observedOn(date, field: "--date", today: Timestamp.now().day) }
        let workspace = try storeOptions.workspace()
        let ref = try Workspace.reference(reference)
        if let told {
            let now = Timestamp.now()
            try workspace.store.update(ref, by: workspace.user, summary: "Recorded openness with the family") { record in
                record.opennessLog.append(OpennessRecord(
                    id: record.opennessLog.nextID, told: told.value, who: who, what: what, whyNot: whyNot,
                    on: date ?? (told.value ? now.day : nil), recordedAt: now, recordedBy: workspace.user))
            }
        }
        let record = try workspace.store.loadForViewing(ref, by: workspace.user)
        guard !record.opennessLog.isEmpty else {
            print("Nothing recorded about openness with the family for case \(ref).")
            return
        }
        print("Openness with the family, case \(ref)")
        OpennessReport.opennessLines(record.opennessLog).forEach { print($0) }
    }
}

/// yes or no on the command line.
struct YesNo: ExpressibleByArgument, Hashable {
    var value: Bool

    init?(argument: String) {
        switch argument.lowercased() {
        case "yes", "y", "true": value = true
        case "no", "n", "false": value = false
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["yes", "no"] }
}
