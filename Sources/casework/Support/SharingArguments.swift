import ArgumentParser
import CaseworkCore

extension SummaryFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(loose: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}


/// The practitioner's choices shared by `summary` and `share`.
struct SummaryChoiceOptions: ParsableArguments {
    @Flag(name: .customLong("include-referrer"), help: "Name the referrer (only for a profile that receives referrerIdentity).")
    var includeReferrer = false
    @Flag(name: .customLong("include-special-category"), help: "Confirm that special category data (religion, politics, ethnicity, health) goes in.")
    var includeSpecialCategory = false
    @Flag(name: .customLong("without-special-category"), help: "Leave special category data out.")
    var withoutSpecialCategory = false
    @Option(name: .customLong("leave-out"), help: ArgumentHelp("Leave this entry out (an id from --review); follow it with --because.", valueName: "id"))
    var leaveOut: [String] = []
    @Option(name: .customLong("add"), help: ArgumentHelp("Add this entry, such as a belief-only concern:N; follow it with --because.", valueName: "id"))
    var add: [String] = []
    @Option(name: .customLong("name-ok"), help: ArgumentHelp("Name this person, whom the summary would otherwise replace by their role; follow it with --because.", valueName: "name"))
    var nameOK: [String] = []
    @Option(help: "The reason for the --leave-out, --add or --name-ok just before it: kept with the share.") var because: [String] = []

    func validate() throws {
        if includeSpecialCategory && withoutSpecialCategory {
            throw ValidationError("Choose one of --include-special-category and --without-special-category.")
        }
        if because.count != leaveOut.count + add.count + nameOK.count {
            throw ValidationError("Give each --leave-out ID, --add ID and --name-ok NAME its own --because \"reason\" right after it.")
        }
    }

    func options(draft: Bool) throws -> SummaryOptions {
        let choice: SpecialCategoryChoice = includeSpecialCategory ? .include : withoutSpecialCategory ? .leaveOut : .undecided
        var options = SummaryOptions(includeReferrer: includeReferrer, specialCategory: choice, draft: draft)
        (options.entryChoices, options.namesConfirmed) = try EntryChoiceArguments.pairs(in: Array(CommandLine.arguments.dropFirst()))
        return options
    }
}
