import ArgumentParser
import CaseworkCore

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "List, show or check checklist templates.",
        subcommands: [List.self, Show.self, Check.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the installed templates.")
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            for template in try storeOptions.workspace().templates().templates {
                print("\(template.id) \(template.version)  \(template.allItems.count) items  \(TextSanitizer.line(template.title))")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a template's sections and items.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The template id (default: the bundled one).") var id: String?
        @Flag(help: "Include each item's guidance.") var guidance = false

        func run() throws {
            let library = try storeOptions.workspace().templates()
            guard let template = id.map({ library.template(id: $0) }) ?? library.defaultTemplate else {
                throw CaseworkError.invalidArgument("There is no template '\(id ?? "")'. Run `casework template list`.")
            }
            print("\(template.id) \(template.version): \(TextSanitizer.line(template.title))")
            for section in template.sections {
                print("\n\(TextSanitizer.line(section.title)) [\(section.id)]")
                for item in section.items {
                    print("  \(item.id)  (\(item.kind.rawValue)) \(TextSanitizer.line(item.question))")
                    if guidance {
                        for line in WordWrap.lines("Look for: " + item.guidance.lookFor, width: 72) { print("      " + TextSanitizer.line(line)) }
                        if let guide = item.guidance.ratingGuide {
                            for line in WordWrap.lines("Some concern looks like: " + guide.someConcern, width: 72) { print("      " + TextSanitizer.line(line)) }
                            for line in WordWrap.lines("Significant concern looks like: " + guide.significantConcern, width: 72) { print("      " + TextSanitizer.line(line)) }
                        }
                        for line in WordWrap.lines("Why it matters: " + item.guidance.whyItMatters, width: 72) { print("      " + TextSanitizer.line(line)) }
                    }
                }
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check template files; with none, the bundled and store templates.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "Template files to check.") var files: [String] = []

        func run() throws {
            if files.isEmpty {
                let library = try storeOptions.workspace().templates()
                for template in library.templates {
                    print("ok: \(template.id) \(template.version) (\(template.sections.count) sections, \(template.allItems.count) items)")
                }
                return
            }
            var failed = false
            for file in files {
                do {
                    let template = try TemplateValidator.load(file: file)
                    print("ok: \(file): \(template.id) \(template.version) (\(template.sections.count) sections, \(template.allItems.count) items)")
                } catch {
                    printError("\(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
