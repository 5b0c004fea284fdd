import ArgumentParser
import CaseworkCore

/// `casework people`: the people in a case other than the subject, and whether each may be named.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List or add the people in a case (family, other children, contacts) and whether each may be named.",
        discussion: """
            A summary replaces every mention of someone who may not be named (and of the referrer) by their role, \
            in every free-text field, unless the share confirms it: --name-ok "NAME" --because "...".
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "The person's name, to add them.") var add: String?
    @Option(help: "Their role, which replaces their name in a summary, such as \"a relative\" or \"the mother\".") var role: String?
    @Flag(name: .customLong("may-be-named"), help: "They may be named to recipients.") var mayBeNamed = false

    func validate() throws {
        if add == nil && (role != nil || mayBeNamed) { throw ValidationError("--role and --may-be-named go with --add NAME.") }
        if let add, add.allSatisfy(\.isWhitespace) { throw ValidationError("--add needs the person's name.") }
        if add != nil && (role ?? "").allSatisfy(\.isWhitespace) {
            throw ValidationError("Say their role with --role, such as \"a relative\": it replaces their name in a summary.")
        }
    }

    func run() throws {
        try ValueChecks.optionalText(add, field: "--add")
        try ValueChecks.optionalText(role, field: "--role")
        let workspace = try storeOptions.workspace()
        let ref = try Workspace.reference(reference)
        if let add, let role {
            try workspace.store.update(ref, by: workspace.user, summary: "Added a person to the case") { record in
                record.peopleList.append(PersonInCase(id: record.peopleList.nextID, name: add, role: role, mayBeNamed: mayBeNamed))
            }
        }
        let record = try workspace.store.loadForViewing(ref, by: workspace.user)
        print("People in case \(ref) (besides the subject)")
        if !record.referral.referrer.isEmpty { print("  referrer: \(TextSanitizer.line(record.referral.referrer)) (replaced by \"the referrer\")") }
        for person in record.peopleList {
            let naming = person.mayBeNamed ? "may be named" : "replaced by \"\(TextSanitizer.line(person.role))\""
            print("  #\(person.id) \(TextSanitizer.line(person.name)) (\(naming))")
        }
    }
}
