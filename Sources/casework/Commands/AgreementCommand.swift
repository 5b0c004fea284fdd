import ArgumentParser
import CaseworkCore

extension AgreementParty: ExpressibleByArgument {}
extension AgreementStatus: ExpressibleByArgument {}

/// `casework agreement`: records agreement to receive a service (Channel support is voluntary).
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Record agreement to receive a service such as Channel support: given, refused or withdrawn.",
        discussion: """
            Each use adds an entry; with no options, prints what is recorded. Agreement is not the lawful basis \
            for sharing and never blocks a share: a refused or withdrawn agreement is shown as a warning before \
            the next share, which then needs --despite "reason".
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "given, refused or withdrawn.") var status: AgreementStatus?
    @Option(help: "Whose agreement: person (an adult with capacity, a competent young person) or parent.") var by: AgreementParty?
    @Option(help: "The name or role of whoever answered.") var who: String = ""
    @Option(help: "The person's capacity (an adult) or competence (a young person), as judged.") var capacity: String = ""
    @Option(help: "What it is agreement to.") var service: String = "Channel support"
    @Option(help: ArgumentHelp("When it was given, refused or withdrawn (default today).", valueName: "yyyy-mm-dd")) var date: LocalDate?

    func validate() throws {
        if status == nil, by != nil || !who.isEmpty || !capacity.isEmpty || date != nil {
            throw ValidationError("Say what the answer was (--status given, refused or withdrawn).")
        }
        if status != nil, by == nil {
            throw ValidationError("Say whose agreement it is (--by person or --by parent).")
        }
    }

    func run() throws {
        try ValueChecks.optionalText(who, field: "--who")
        try ValueChecks.optionalText(capacity, field: "--capacity")
        try ValueChecks.printableText(service, field: "--service")
        if let date { try ValueChecks.observedOn(date, field: "--date", today: Timestamp.now().day) }
        let workspace = try storeOptions.workspace()
        let ref = try Workspace.reference(reference)
        if let status, let by {
            let now = Timestamp.now()
            try workspace.store.update(ref, by: workspace.user, summary: "Recorded agreement to a service (\(status.rawValue))") { record in
                record.agreementLog.append(ServiceAgreement(
                    id: record.agreementLog.nextID, by: by, who: who, capacity: capacity, status: status, on: date ?? now.day,
                    service: service, recordedAt: now, recordedBy: workspace.user))
            }
        }
        let record = try workspace.store.loadForViewing(ref, by: workspace.user)
        guard !record.agreementLog.isEmpty else {
            print("No agreement to a service recorded for case \(ref).")
            return
        }
        print("Agreement to a service, case \(ref)")
        OpennessReport.agreementLines(record.agreementLog).forEach { print($0) }
    }
}
