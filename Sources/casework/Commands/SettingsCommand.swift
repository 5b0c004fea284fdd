import ArgumentParser
import CaseworkCore

struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Check or show the authority's settings.",
        subcommands: [Check.self, Show.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the store's settings.json (or a given file); a missing one means the bundled default.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "A settings file to check instead of the store's.") var file: String?

        func run() throws {
            let settings: AuthoritySettings
            let described: String
            if let file {
                guard let data = try DurableFile().read(file) else {
                    throw CaseworkError.invalidArgument("\(file) does not exist.")
                }
                settings = try SettingsValidator.load(data: data, file: file)
                described = file
            } else {
                let workspace = try storeOptions.workspace()
                settings = try workspace.settings()
                let own = (try? DurableFile().read(workspace.store.settingsPath)) != nil
                described = own ? workspace.store.settingsPath : "bundled default (no settings.json in the store)"
            }
            let languages = settings.languages.map { ", offered in " + $0.offered.map { TextSanitizer.line($0.name) }.joined(separator: " and ") } ?? ""
            print("ok: \(described): \(TextSanitizer.line(settings.authority.name)), \(settings.thresholds.count) thresholds, \(settings.routes.count) routes, \(settings.agencies.count) agencies, \(settings.recipients.count) recipient profiles\(languages)")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show thresholds, routes, agencies and recipients.")
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let settings = try storeOptions.workspace().settings()
            let s = TextSanitizer.line
            print(s(settings.authority.name))
            print("\nThreshold levels:")
            for level in settings.thresholds { print("  \(level.id): \(s(level.name))") }
            print("\nReferral routes:")
            for route in settings.routes { print("  \(route.id): \(s(route.name)) (\(route.steps.count) steps)") }
            print("\nAgencies:")
            for agency in settings.agencies { print("  \(agency.id): \(s(agency.name))") }
            print("\nRecipient profiles:")
            for profile in settings.recipients {
                print("  \(profile.id): \(s(profile.name)) receives \(profile.receives.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }
}
