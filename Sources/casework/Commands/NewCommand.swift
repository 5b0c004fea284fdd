import ArgumentParser
import CaseworkCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Open a new case and print its reference (and nothing else, so scripts can capture it).")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The person the case is about.") var subject: String
    @Option(help: "Why the concern arose, including any specific event.") var reason: String
    @Option(help: ArgumentHelp("Date of birth.", valueName: "yyyy-mm-dd")) var dob: LocalDate?
    @Option(help: "Age in years, when the date of birth is not known.") var age: Int?
    @Option(help: "Who referred (kept out of summaries unless chosen).") var referrer: String = ""
    @Option(name: .customLong("referrer-role"), help: "The referrer's role, such as 'Head of year'.") var referrerRole: String = ""
    @Option(help: ArgumentHelp("The day the referral came in.", valueName: "yyyy-mm-dd")) var received: LocalDate?
    @Option(help: "The lead practitioner (default: you).") var lead: String?
    @Option(help: "The checklist template id (default: casework-standard).") var template: String?

    func validate() throws {
        if subject.allSatisfy(\.isWhitespace) { throw ValidationError("--subject cannot be empty.") }
        if reason.allSatisfy(\.isWhitespace) { throw ValidationError("--reason cannot be empty: say why the concern arose.") }
        if let age, !(0...130).contains(age) { throw ValidationError("--age must be between 0 and 130.") }
    }

    /// The practitioner's checks (`ValueChecks`), before the store is opened, so nothing is written.
    func checkValues(today: LocalDate) throws {
        try ValueChecks.printableText(subject, field: "--subject")
        try ValueChecks.printableText(reason, field: "--reason")
        for (field, text) in [("--referrer", referrer), ("--referrer-role", referrerRole), ("--lead", lead ?? "")] where !text.isEmpty {
            try ValueChecks.printableText(text, field: field)
        }
        let receivedOn = received ?? today
        try ValueChecks.receivedOn(receivedOn, today: today)
        if let dob {
            try ValueChecks.dateOfBirth(dob, receivedOn: receivedOn, today: today)
            if let age { try ValueChecks.age(age, agreesWith: dob, on: receivedOn) }
        }
    }

    func run() throws {
        try checkValues(today: Timestamp.now().day)
        let workspace = try storeOptions.workspace()
        let templates = try workspace.templates()
        let chosen: ChecklistTemplate
        if let template {
            guard let found = templates.template(id: template) else {
                throw CaseworkError.invalidArgument(
                    "There is no template '\(template)'. Run `casework template list` to see the installed ones.")
            }
            chosen = found
        } else {
            chosen = templates.defaultTemplate
        }
        let record = try workspace.store.create(
            subject: Subject(name: subject, dateOfBirth: dob, approximateAge: age),
            referral: Referral(reason: reason, receivedOn: received ?? Timestamp.now().day, referrer: referrer, referrerRole: referrerRole),
            lead: lead ?? workspace.user, template: chosen, by: workspace.user)
        print(record.reference)
    }
}
