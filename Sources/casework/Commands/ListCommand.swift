import ArgumentParser
import CaseworkCore
import FoundationEssentials

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the cases in the store.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Only cases with this status (\(CaseStatus.allCases.map(\.rawValue).joined(separator: ", "))).")
    var status: CaseStatus?
    @Option(help: "Only cases whose reference, initials or lead contain this text.") var search: String?
    @Flag(help: "Show full names instead of initials.") var names = false
    @Flag(help: "Print a JSON array of objects, each with a \"reference\" field.") var json = false

    func run() throws {
        let workspace = try storeOptions.workspace()
        var listings = workspace.store.list()
        if let status { listings = listings.filter { $0.status == status } }
        if let search, !search.isEmpty {
            let needle = search.lowercased()
            listings = listings.filter {
                $0.reference.rawValue.lowercased().contains(needle) || $0.subjectInitials.lowercased().contains(needle)
                    || $0.lead.lowercased().contains(needle) || (names && $0.subjectName.lowercased().contains(needle))
            }
        }
        if json {
            let rows = listings.map { ListingJSON(listing: $0, names: names) }
            StandardStreams.writeOutput(try SafeJSON.encode(rows))
            return
        }
        guard !listings.isEmpty else {
            print("No cases. Open one with `casework new --subject NAME --reason TEXT`, or run `casework` for the workbench.")
            return
        }
        let templates = try? workspace.templates()
        print(DisplayWidth.pad("REFERENCE", to: 10) + DisplayWidth.pad("SUBJECT", to: 18) + DisplayWidth.pad("STATUS", to: 15)
              + DisplayWidth.pad("UPDATED", to: 18) + "PROGRESS")
        for listing in listings {
            let subject = TextSanitizer.line(names ? listing.subjectName : listing.subjectInitials)
            let total = (templates?.template(id: listing.templateID, version: listing.templateVersion)
                ?? templates?.template(id: listing.templateID))?.allItems.count
            let progress = listing.problem != nil ? "cannot be read" : total.map { "\(listing.answeredItems)/\($0)" } ?? "\(listing.answeredItems)"
            let readable = listing.problem == nil
            print(DisplayWidth.pad(listing.reference.rawValue, to: 10) + DisplayWidth.pad(readable ? subject : "-", to: 18)
                  + DisplayWidth.pad(readable ? listing.status.label : "-", to: 15)
                  + DisplayWidth.pad(readable ? listing.updatedAt.shortDisplay : "-", to: 18) + progress)
            if let problem = listing.problem { print("          " + TextSanitizer.line(problem)) }
        }
    }
}

/// One row of `casework list --json`.
struct ListingJSON: Encodable {
    var reference: String
    var subject: String
    var status: String
    var lead: String
    var updatedAt: String
    var revision: Int
    var answeredItems: Int
    var concerns: Int
    var threshold: String?
    var reviewOn: String?
    var problem: String?

    init(listing: CaseListing, names: Bool) {
        reference = listing.reference.rawValue
        subject = names ? listing.subjectName : listing.subjectInitials
        status = listing.status.rawValue
        lead = listing.lead
        updatedAt = listing.updatedAt.iso8601
        revision = listing.revision
        answeredItems = listing.answeredItems
        concerns = listing.concerns
        threshold = listing.threshold
        reviewOn = listing.reviewOn?.iso8601
        problem = listing.problem
    }
}
