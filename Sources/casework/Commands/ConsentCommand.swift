import ArgumentParser
import CaseworkCore

/// `casework consent`: records consent to share and the lawful basis, or the reason to share without it.
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record consent to share, the UK GDPR lawful basis, or a justification for sharing without consent.",
        discussion: "Options left out keep what is already recorded. With no options, prints what is recorded.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "Whether consent was sought: yes or no.") var sought: String?
    @Option(name: .customLong("not-sought-reason"), help: "Why consent was not sought (for example it would put someone at risk).") var notSoughtReason: String?
    @Option(help: "Whose consent: the person, or a parent for a child.") var from: String?
    @Option(help: "given, refused or withdrawn.") var outcome: ConsentOutcome?
    @Option(help: ArgumentHelp("When the answer was given.", valueName: "yyyy-mm-dd")) var date: LocalDate?
    @Option(help: "The UK GDPR Article 6 basis, such as \"6(1)(e) public task\".") var article6: String?
    @Option(help: "The Article 9 condition for special category data, such as \"9(2)(g) with DPA 2018 Sch.1 para 18\".") var article9: String?
    @Option(help: "The justification for sharing without consent (safety, public interest).") var override: String?

    func run() throws {
        if let date { try ValueChecks.observedOn(date, field: "--date", today: Timestamp.now().day) }
        let workspace = try storeOptions.workspace()
        let ref = try Workspace.reference(reference)
        let anyChange = sought != nil || notSoughtReason != nil || from != nil || outcome != nil || date != nil
            || article6 != nil || article9 != nil || override != nil
        if anyChange {
            var soughtValue: Bool?
            if let sought {
                switch sought.lowercased() {
                case "yes", "y", "true": soughtValue = true
                case "no", "n", "false": soughtValue = false
                default: throw ValidationError("--sought takes yes or no.")
                }
            }
            try workspace.store.update(ref, by: workspace.user, summary: "Recorded consent and lawful basis") { record in
                var consent = record.consent ?? ConsentRecord()
                if let soughtValue { consent.sought = soughtValue }
                if let notSoughtReason { consent.notSoughtReason = notSoughtReason }
                if let from { consent.from = from }
                if let outcome {
                    consent.outcome = outcome
                    consent.outcomeOn = date ?? Timestamp.now().day
                } else if let date {
                    consent.outcomeOn = date
                }
                if let article6 { consent.article6Basis = article6 }
                if let article9 { consent.article9Condition = article9 }
                if let override { consent.overrideJustification = override }
                if consent.outcome != nil && !consent.sought {
                    throw CaseworkError.invalidArgument("An outcome (given, refused, withdrawn) needs --sought yes.")
                }
                if !consent.sought && soughtValue == false && consent.notSoughtReason.allSatisfy(\.isWhitespace) {
                    throw CaseworkError.invalidArgument("Say why consent was not sought (--not-sought-reason).")
                }
                record.consent = consent
            }
        }
        let record = try workspace.store.load(ref)
        try workspace.store.recordView(ref, revision: record.revision, by: workspace.user)
        guard let c = record.consent else {
            print("No consent or lawful basis recorded for case \(ref).")
            return
        }
        print("Consent for case \(ref)")
        CaseTextReport.consentLines(c).forEach { print($0) }
    }
}
