import ArgumentParser
import CaseworkCore

struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Record the answer to one checklist item.",
        discussion: """
            STATUS is one of: no-concern (0), some-concern (1), significant-concern (2), not-applicable (n), \
            unknown (u: information needed), not-assessed (x). For a narrative item use `-` and give --note; \
            for the scale item give --scale.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Argument(help: "The item id, such as intent.stated-wish (see `casework template show`).") var item: String
    @Argument(help: "The status, or - to leave it as it is.") var status: String
    @Option(help: "The evidence (or for a narrative item, the text).") var note: String?
    @Option(help: "Where the information came from.") var source: String?
    @Option(help: ArgumentHelp("When it was observed.", valueName: "yyyy-mm-dd")) var date: LocalDate?
    @Option(help: "fact or opinion.") var basis: EvidenceBasis?
    @Option(help: "For the scale item: 0 to 10.") var scale: Int?

    func run() throws {
        try ValueChecks.optionalText(note, field: "--note")
        try ValueChecks.optionalText(source, field: "--source")
        if let date { try ValueChecks.observedOn(date, field: "--date", today: Timestamp.now().day) }
        let workspace = try storeOptions.workspace()
        let ref = try Workspace.reference(reference)
        let record = try workspace.store.load(ref)
        let template = try workspace.templates().template(for: record)
        guard let templateItem = template.item(id: item) else {
            throw CaseworkError.invalidArgument(
                "Template \(template.id) has no item '\(item)'. Run `casework template show` to see the item ids.")
        }
        var newStatus: AnswerStatus?
        if status != "-" {
            guard let parsed = AnswerStatus(loose: status) else {
                throw CaseworkError.invalidArgument(
                    "'\(status)' is not a status: use no-concern, some-concern, significant-concern, not-applicable, unknown or not-assessed.")
            }
            guard templateItem.kind == .rated || parsed == .notAssessed || parsed == .unknown || parsed == .notApplicable else {
                throw CaseworkError.invalidArgument(
                    "Item '\(item)' is a \(templateItem.kind.rawValue) item: give - as the status and use --note\(templateItem.kind == .scale ? " or --scale" : "").")
            }
            newStatus = parsed
        }
        if let scale {
            guard let definition = templateItem.scale else {
                throw CaseworkError.invalidArgument("Item '\(item)' is not a scale item; --scale does not apply.")
            }
            guard (definition.min...definition.max).contains(scale) else {
                throw CaseworkError.invalidArgument("--scale must be between \(definition.min) and \(definition.max).")
            }
        }
        try workspace.store.update(ref, by: workspace.user, summary: "Answered \(item)") { record in
            var answer = record.answer(for: item)
            if let newStatus { answer.status = newStatus }
            if let note { answer.note = note }
            if let source { answer.source = source }
            if let date { answer.observedOn = date }
            if let basis { answer.basis = basis }
            if let scale { answer.scale = scale }
            record.answers[item] = answer
            if record.status == .newReferral { record.status = .assessing }
        }
    }
}
