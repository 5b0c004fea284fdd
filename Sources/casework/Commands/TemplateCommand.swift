import ArgumentParser
import FoundationEssentials
import CaseworkCore

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "List, show or check checklist templates.",
        subcommands: [List.self, Show.self, Check.self, Migrate.self])

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
                    if file.hasSuffix(TemplateLibrary.mappingFileSuffix) {
                        try check(mappingFile: file)
                        continue
                    }
                    let template = try TemplateValidator.load(file: file)
                    print("ok: \(file): \(template.id) \(template.version) (\(template.sections.count) sections, \(template.allItems.count) items)")
                } catch {
                    printError("\(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }

        /// A mapping is checked against the two versions it joins: the files beside it, else the installed ones.
        func check(mappingFile file: String) throws {
            let mapping = try TemplateMappingValidator.load(file: file)
            var library = try storeOptions.workspace().templates().templates
            let folder = PathText.folder(of: file)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where name.hasSuffix(".json") && !name.hasSuffix(TemplateLibrary.mappingFileSuffix) {
                if let template = try? TemplateValidator.load(file: folder + "/" + name) { library.insert(template, at: 0) }
            }
            func find(_ version: String) throws -> ChecklistTemplate {
                guard let found = library.first(where: { $0.id == mapping.template && $0.version == version }) else {
                    throw CaseworkError.invalidTemplate(
                        file: file, location: "mapping",
                        reason: "joins \(mapping.template) \(mapping.from) to \(mapping.to), but version \(version) is neither beside it nor installed")
                }
                return found
            }
            try TemplateMappingValidator.validate(mapping, old: try find(mapping.from), new: try find(mapping.to), file: file)
            let retired = mapping.items.values.filter { $0 == TemplateMapping.retired }.count
            print("ok: \(file): \(mapping.template) \(mapping.from) -> \(mapping.to) (\(mapping.items.count) items, \(retired) retired)")
        }
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a case to another version of its template through the mapping shipped with it.",
            discussion: """
                Each answer moves to the new item that asks the same question; an answer to an item the new \
                version retired is kept on the case and shown as it was. Running it again changes nothing.
                """)
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String
        @Option(help: "The template version to move to, such as 2.0.0.") var to: String

        func run() throws {
            let workspace = try storeOptions.workspace()
            let ref = try Workspace.reference(reference)
            let record = try workspace.store.load(ref)
            let library = try workspace.templates()
            if record.templateVersion == to {
                print("\(ref) is already on \(TextSanitizer.line(record.templateID)) \(TextSanitizer.line(to)); nothing was changed.")
                return
            }
            guard let new = library.template(id: record.templateID, version: to) else {
                throw CaseworkError.invalidArgument(
                    "Template \(TextSanitizer.line(record.templateID)) has no version '\(TextSanitizer.line(to))'; installed: \(library.versions(of: record.templateID).joined(separator: ", ")).")
            }
            let old = try library.template(for: record)
            guard let mapping = library.mapping(template: record.templateID, from: old.version, to: new.version) else {
                throw CaseworkError.invalidArgument(
                    "There is no mapping from \(old.id) \(old.version) to \(new.version), so \(ref) cannot be moved without losing answers; ship a \(TemplateLibrary.mappingFileSuffix) file beside the new version.")
            }
            let planned = try TemplateMigration.migrate(record, from: old, to: new, mapping: mapping)
            let saved = try workspace.store.update(ref, by: workspace.user, summary: planned.summary) { current in
                current = try TemplateMigration.migrate(current, from: old, to: new, mapping: mapping).record
            }
            print("\(ref): \(planned.summary) (revision \(saved.revision)).")
        }
    }
}
