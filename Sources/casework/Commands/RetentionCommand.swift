import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework retention [list|delete|hold|release]`.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "List cases due for deletion, delete a due case, place or release a legal hold.",
        subcommands: [List.self, Delete.self, Hold.self, Release.self, Set.self], defaultSubcommand: List.self)

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Choose a case's retention rule (from the settings) or record the day it was closed.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "A rule id from the settings' retention.rules.") var rule: String?
        @Option(name: .customLong("closed-on"), help: ArgumentHelp("The day the case was closed.", valueName: "yyyy-mm-dd")) var closedOn: LocalDate?

        func validate() throws {
            if rule == nil && closedOn == nil { throw ValidationError("Give --rule, --closed-on or both.") }
        }

        func run() throws {
            let workspace = try storeOptions.workspace()
            let rules = try workspace.settings().retention?.rules ?? []
            if let rule, !rules.contains(where: { $0.id == rule }) {
                throw CaseworkError.invalidArgument(
                    "There is no retention rule '\(rule)'; the settings have \(rules.map(\.id).joined(separator: ", ")).")
            }
            let ref = try Workspace.reference(reference)
            if let closedOn { try ValueChecks.closedOn(closedOn, record: try workspace.store.load(ref), today: Timestamp.now().day) }
            let record = try workspace.store.update(ref, by: workspace.user, summary: "Retention changed") { record in
                if let rule { record.retentionRule = rule }
                if let closedOn { record.closedOn = closedOn }
            }
            let status = RetentionSchedule.status(of: record, settings: try workspace.settings())
            print("Case \(record.reference) follows \(status.ruleID ?? "no rule"); due for deletion \(status.dueOn.map { "on \($0)" } ?? "when it can be worked out").")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the cases whose retention period is over.")
        @OptionGroup var storeOptions: StoreOptions
        @Flag(help: "List every case with its due date, not only the due ones.") var all = false
        @Option(help: ArgumentHelp("Count as if today were this day.", valueName: "yyyy-mm-dd")) var on: LocalDate?

        func run() throws {
            let workspace = try storeOptions.workspace()
            let today = on ?? Timestamp.now().day
            let statuses = RetentionSchedule.statuses(store: workspace.store, settings: try workspace.settings())
            let shown = all ? statuses : statuses.filter { $0.isDue(on: today) }
            if shown.isEmpty { print(all ? "No cases." : "No case is due for deletion on \(today).") }
            for status in shown {
                var line = "\(status.reference)  \(status.dueOn?.iso8601 ?? "no date  ")  \(status.ruleID ?? "-")"
                if status.isDue(on: today) { line += "  DUE" }
                if let hold = status.hold { line += "  ON HOLD (\(TextSanitizer.line(hold.reason)))" }
                if let note = status.note { line += "  \(TextSanitizer.line(note))" }
                print(line)
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a case whose retention period is over (refused under a legal hold).")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Flag(help: "Do not ask for confirmation (for scripts).") var yes = false

        func run() throws {
            let workspace = try storeOptions.workspace()
            let ref = try Workspace.reference(reference)
            let settings = try workspace.settings()
            let today = Timestamp.now().day
            let status = RetentionSchedule.status(of: try workspace.store.load(ref), settings: settings)
            if let hold = status.hold { throw ProtectionError.onHold(reference: ref, reason: hold.reason) }
            guard status.isDue(on: today) else { throw ProtectionError.notDue(reference: ref, dueOn: status.dueOn) }
            if !yes {
                print("Case \(ref) was due for deletion on \(status.dueOn?.iso8601 ?? "?") (\(status.ruleName ?? "?")). Type the reference to delete it for good: ", terminator: "")
                guard readLine()?.trimmedOfSpaces.uppercased() == ref.rawValue else {
                    print("Not deleted.")
                    return
                }
            }
            try RetentionSchedule.delete(ref, store: workspace.store, settings: settings, today: today, by: workspace.user)
            print("Deleted case \(ref)\(workspace.store.isEncrypted ? " and its key" : ""); the audit trail records it.")
        }
    }

    struct Hold: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Place a legal hold: the case cannot be deleted until it is released.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "Why, such as the proceedings or inquiry.") var reason: String

        func run() throws {
            guard !reason.allSatisfy(\.isWhitespace) else { throw ValidationError("--reason cannot be empty.") }
            try ValueChecks.printableText(reason, field: "--reason")
            let workspace = try storeOptions.workspace()
            try RetentionSchedule.placeHold(try Workspace.reference(reference), reason: reason, store: workspace.store, today: Timestamp.now().day, by: workspace.user)
            print("Legal hold placed on \(reference).")
        }
    }

    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Release a legal hold (with the reason, which the case history keeps).")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "Why the hold can end, such as the proceedings having closed.") var reason: String

        func run() throws {
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw CaseworkError.invalidArgument("--reason cannot be empty: say why the hold can end.")
            }
            try ValueChecks.printableText(reason, field: "--reason")
            let workspace = try storeOptions.workspace()
            try RetentionSchedule.releaseHold(try Workspace.reference(reference), reason: reason, store: workspace.store, by: workspace.user)
            print("Legal hold released on \(reference).")
        }
    }
}
