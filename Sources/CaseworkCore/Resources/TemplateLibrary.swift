import FoundationEssentials

/// The templates a store can use: the bundled ones, and any the authority has put in the store's
/// `templates/` folder (a store template with the same id replaces the bundled one).
public struct TemplateLibrary: Sendable {
    public static let defaultTemplateID = "casework-standard"

    public private(set) var templates: [ChecklistTemplate]

    public init(templates: [ChecklistTemplate]) {
        self.templates = templates
    }

    /// Loads every template; a broken one is an error naming its file, item and reason.
    public static func load(storeTemplatesFolder: String?) throws -> TemplateLibrary {
        var byID: [String: ChecklistTemplate] = [:]
        var folders = [try BundledResources.folder() + "/templates"]
        if let storeTemplatesFolder { folders.append(storeTemplatesFolder) }
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let template = try TemplateValidator.load(file: folder + "/" + name)
                byID[template.id] = template
            }
        }
        guard !byID.isEmpty else {
            throw CaseworkError.invalidArgument(
                "No checklist template was found. Reinstall Casework, or set CASEWORK_RESOURCES to the folder that holds templates/.")
        }
        return TemplateLibrary(templates: byID.values.sorted { $0.id < $1.id })
    }

    public func template(id: String) -> ChecklistTemplate? { templates.first { $0.id == id } }

    public var defaultTemplate: ChecklistTemplate {
        template(id: TemplateLibrary.defaultTemplateID) ?? templates[0]
    }

    /// The template a case was made with, with a clear error when it is gone.
    public func template(for record: CaseRecord) throws -> ChecklistTemplate {
        guard let template = template(id: record.templateID) else {
            throw CaseworkError.invalidArgument(
                "Case \(record.reference) uses checklist template '\(record.templateID)', which is not installed. Put its file in the store's templates folder.")
        }
        return template
    }
}
