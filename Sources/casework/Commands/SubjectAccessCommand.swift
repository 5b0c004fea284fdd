import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework subject-access`: everything held about one person, written only where asked.
struct SubjectAccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject-access",
        abstract: "Export everything the store holds about one person, with third parties redacted, and the reply's due date.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The person's name as recorded.") var name: String
    @Option(help: ArgumentHelp("Their date of birth, to tell apart people with the same name.", valueName: "yyyy-mm-dd")) var dob: LocalDate?
    @Option(help: ArgumentHelp("The day the request was received (default today).", valueName: "yyyy-mm-dd")) var received: LocalDate?
    @Option(help: ArgumentHelp("Write the export to this new file (0600, outside the store).", valueName: "file")) var out: String
    @Flag(name: .customLong("include-third-parties"), help: "Skip the redaction of third parties' names.") var includeThirdParties = false

    func run() throws {
        if let received { try ValueChecks.observedOn(received, field: "--received", today: Timestamp.now().day) }
        // Checked before the store is opened: a refused path costs no passphrase and touches nothing.
        let destination = try OutputDestination(
            out, storeRoot: storeOptions.path, existingFileAdvice: "choose a new file name so nothing is overwritten.")
        let workspace = try storeOptions.workspace()
        let request = SubjectAccessExport.Request(
            name: name, dateOfBirth: dob, receivedOn: received ?? Timestamp.now().day, includeThirdParties: includeThirdParties)
        let export = SubjectAccessExport.gather(request, store: workspace.store)
        let document = try export.render(generatedAt: Timestamp.now(), by: workspace.user)
        // Written first, then recorded: an export that fails is not in the trail as done, and one that
        // cannot be recorded is removed again.
        try destination.write(document)
        do {
            for record in export.cases {
                try workspace.store.recordExport(
                    record.reference, revision: record.revision, destination: "subject access export to \(destination.path)", by: workspace.user)
            }
        } catch {
            destination.withdraw()
            throw error
        }
        print("Wrote \(export.cases.count) case(s) and \(export.mentions.count) mention(s) in other cases to \(out). Reply due by \(request.dueOn) (one calendar month).")
        if !export.unreadable.isEmpty { printError("Could not read \(export.unreadable.joined(separator: ", ")): the export may be incomplete.") }
    }
}
