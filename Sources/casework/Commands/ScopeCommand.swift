import ArgumentParser
import CaseworkCore

/// Chooses whether a case's checklist follows the person's age (the default) or includes every item.
struct ScopeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scope",
        abstract: "Include every checklist item, or only those for the person's age (the default).",
        discussion: """
            By default the checklist, progress, show and summaries leave out what does not apply to the person's \
            age on the referral date (parenting capacity for an adult; care and support needs and mental capacity \
            for a child). `all` includes everything, for example when an adult is a parent; `by-age` goes back. \
            An item that has an answer is always shown.
            """)

    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case all
        case byAge = "by-age"
    }

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case reference.") var reference: String
    @Argument(help: "all or by-age.") var choice: Choice

    func run() throws {
        let workspace = try storeOptions.workspace()
        let ref = try Workspace.reference(reference)
        let wanted: Bool? = choice == .all ? true : nil
        guard try workspace.store.load(ref).allItemsIncluded != wanted else {
            print("\(ref) already has \(choice == .all ? "every item included" : "the items for the person's age"); nothing was changed.")
            return
        }
        let summary = choice == .all ? "Included every checklist item" : "Checklist follows the person's age"
        try workspace.store.update(ref, by: workspace.user, summary: summary) { $0.allItemsIncluded = wanted }
        print("\(ref): \(summary).")
    }
}
