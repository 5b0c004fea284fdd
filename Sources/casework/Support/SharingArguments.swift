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

    func validate() throws {
        if includeSpecialCategory && withoutSpecialCategory {
            throw ValidationError("Choose one of --include-special-category and --without-special-category.")
        }
    }

    func options(draft: Bool) -> SummaryOptions {
        let choice: SpecialCategoryChoice = includeSpecialCategory ? .include : withoutSpecialCategory ? .leaveOut : .undecided
        return SummaryOptions(includeReferrer: includeReferrer, specialCategory: choice, draft: draft)
    }
}
