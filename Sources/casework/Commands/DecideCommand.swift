import ArgumentParser
import CaseworkCore

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record the threshold decision, the route and the rationale.",
        discussion: "Threshold and route ids come from the authority's settings: see `casework settings show`.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Option(help: "The threshold level id, such as early-help.") var threshold: String
    @Option(help: "The route id, such as channel.") var route: String
    @Option(help: "Why: the reasoning a manager would sign.") var rationale: String
    @Option(help: ArgumentHelp("When to review the decision.", valueName: "yyyy-mm-dd")) var review: LocalDate?
    @Option(help: "Who decided (default: you).") var by: String?

    func run() throws {
        try ValueChecks.printableText(rationale, field: "--rationale")
        if let by { try ValueChecks.printableText(by, field: "--by") }
        let workspace = try storeOptions.workspace()
        let settings = try workspace.settings()
        guard let level = settings.threshold(id: threshold) else {
            throw CaseworkError.invalidArgument(
                "'\(TextSanitizer.echo(threshold))' is not a threshold level; use one of: \(settings.thresholds.map(\.id).joined(separator: ", ")).")
        }
        let ref = try Workspace.reference(reference)
        guard settings.route(id: route) != nil else {
            throw CaseworkError.invalidArgument(
                "'\(TextSanitizer.echo(route))' is not a referral route; use one of: \(settings.routes.map(\.id).joined(separator: ", ")).")
        }
        guard !rationale.allSatisfy(\.isWhitespace) else {
            throw CaseworkError.invalidArgument("--rationale cannot be empty: a decision needs its reasons.")
        }
        try workspace.store.update(ref, by: workspace.user, summary: "Decided: \(threshold), \(route)") { record in
            if let refusal = ThresholdAudienceCheck.refusal(level, for: record, in: settings) {
                throw CaseworkError.invalidArgument(refusal)
            }
            record.decision = Decision(
                threshold: threshold, route: route, rationale: rationale, decidedBy: by ?? workspace.user,
                decidedOn: Timestamp.now().day, reviewOn: review)
            record.status = .decided
        }
        if let warning = ValueChecks.reviewWarning(review, today: Timestamp.now().day) { printError("Warning: " + warning) }
    }
}
