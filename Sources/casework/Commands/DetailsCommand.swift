import ArgumentParser
import CaseworkCore

/// Corrects who the case is about and how it came in: what the new-case form or `casework new` recorded
/// is not fixed for good (a name misspelt, a date of birth learnt at the first visit).
struct DetailsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "details",
        abstract: "Correct the person's name, date of birth, age or language, or the referral's reason, date or referrer.",
        discussion: """
            Give only what changes. Every change is checked as `casework new` checks it (a date of birth neither \
            in the future nor after the referral, an age that agrees with it) and saved as one revision in the \
            history. `--no-dob` and `--no-age` remove a value; `--language ""` clears the language.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "The person's name.") var name: String?
    @Option(help: ArgumentHelp("Date of birth.", valueName: "yyyy-mm-dd")) var dob: LocalDate?
    @Flag(name: .customLong("no-dob"), help: "Remove the date of birth.") var noDob = false
    @Option(help: "Age in years, when the date of birth is not known.") var age: Int?
    @Flag(name: .customLong("no-age"), help: "Remove the approximate age.") var noAge = false
    @Option(help: "The language the person wants to be worked with in (a code from the settings, such as cy, or its name).")
    var language: String?
    @Option(help: "Why the concern arose, including any specific event.") var reason: String?
    @Option(help: ArgumentHelp("The day the referral came in.", valueName: "yyyy-mm-dd")) var received: LocalDate?
    @Option(help: "Who referred (kept out of summaries unless chosen).") var referrer: String?
    @Option(name: .customLong("referrer-role"), help: "The referrer's role.") var referrerRole: String?

    func validate() throws {
        if dob != nil && noDob { throw ValidationError("Give --dob or --no-dob, not both.") }
        if age != nil && noAge { throw ValidationError("Give --age or --no-age, not both.") }
    }

    var change: CaseDetailsChange {
        var change = CaseDetailsChange()
        change.name = name
        change.dateOfBirth = dob
        change.clearDateOfBirth = noDob
        change.approximateAge = age
        change.clearAge = noAge
        change.language = language
        change.reason = reason
        change.receivedOn = received
        change.referrer = referrer
        change.referrerRole = referrerRole
        return change
    }

    func run() throws {
        let change = self.change
        guard !change.isEmpty else {
            throw ValidationError("Nothing to change: give at least one of --name, --dob, --age, --language, --reason, --received, --referrer, --referrer-role.")
        }
        let workspace = try storeOptions.workspace()
        let ref = try Workspace.reference(reference)
        let today = Timestamp.now().day
        let current = try workspace.store.load(ref)
        // Checked before the store is locked, so a wrong value writes nothing; applied again under the lock.
        let preview = try change.applied(to: current, today: today)
        guard preview != current else {
            print("\(ref): the details are already as given; nothing was changed.")
            return
        }
        let summary = CaseDetailsChange.summary(from: current, to: preview)
        try workspace.store.update(ref, by: workspace.user, summary: summary) { record in
            record = try change.applied(to: record, today: today)
        }
        print("\(ref): \(summary).")
    }
}
