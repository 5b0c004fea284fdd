import FoundationEssentials

/// The templates a store can use: the bundled ones, and any the authority has put in the store's
/// `templates/` folder (a store template with the same id and version replaces the bundled one).
///
/// Every version of a template is kept: a case opens on the version it was assessed on, and new cases
/// take the newest. Mapping files (`*.mapping.json`) beside a template are not templates.
public struct TemplateLibrary: Sendable {
    /// How a file that maps one template version's items onto the next ends its name.
    public static let mappingFileSuffix = ".mapping.json"

    public static let defaultTemplateID = "casework-standard"

    public private(set) var templates: [ChecklistTemplate]
    /// The checked mappings between installed versions.
    public private(set) var mappings: [TemplateMapping]

    public init(templates: [ChecklistTemplate], mappings: [TemplateMapping] = []) {
        self.templates = templates
        self.mappings = mappings
    }

    /// Loads every template; a broken one is an error naming its file, item and reason.
    public static func load(storeTemplatesFolder: String?) throws -> TemplateLibrary {
        var byKey: [String: ChecklistTemplate] = [:]
        var mappingFiles: [String: (file: String, mapping: TemplateMapping)] = [:]
        var folders = [try BundledResources.folder() + "/templates"]
        if let storeTemplatesFolder { folders.append(storeTemplatesFolder) }
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let path = folder + "/" + name
                if name.hasSuffix(mappingFileSuffix) {
                    let mapping = try TemplateMappingValidator.load(file: path)
                    mappingFiles[mapping.template + " " + mapping.from + " " + mapping.to] = (path, mapping)
                } else {
                    let template = try TemplateValidator.load(file: path)
                    byKey[template.id + " " + template.version] = template
                }
            }
        }
        var mappings: [TemplateMapping] = []
        for key in mappingFiles.keys.sorted() {
            let (file, mapping) = mappingFiles[key]!
            guard let old = byKey[mapping.template + " " + mapping.from], let new = byKey[mapping.template + " " + mapping.to] else {
                throw CaseworkError.invalidTemplate(
                    file: file, location: "mapping",
                    reason: "joins \(mapping.template) \(mapping.from) to \(mapping.to), but both versions must be installed beside it")
            }
            try TemplateMappingValidator.validate(mapping, old: old, new: new, file: file)
            mappings.append(mapping)
        }
        guard !byKey.isEmpty else {
            throw CaseworkError.invalidArgument(
                "No checklist template was found. Reinstall Casework, or set CASEWORK_RESOURCES to the folder that holds templates/.")
        }
        let templates = byKey.values.sorted {
            ($0.id, TemplateVersion($0.version)) < ($1.id, TemplateVersion($1.version))
        }
        return TemplateLibrary(templates: templates, mappings: mappings)
    }

    /// The newest installed version of a template.
    public func template(id: String) -> ChecklistTemplate? { templates.last { $0.id == id } }

    /// One exact version of a template.
    public func template(id: String, version: String) -> ChecklistTemplate? {
        templates.first { $0.id == id && $0.version == version }
    }

    /// The checked mapping that moves a template's answers from one version to another.
    public func mapping(template id: String, from: String, to: String) -> TemplateMapping? {
        mappings.first { $0.template == id && $0.from == from && $0.to == to }
    }

    /// The installed versions of a template, oldest first.
    public func versions(of id: String) -> [String] { templates.filter { $0.id == id }.map(\.version) }

    public var defaultTemplate: ChecklistTemplate {
        template(id: TemplateLibrary.defaultTemplateID) ?? templates[0]
    }

    /// The template version a case was assessed on, with a clear error when it is gone: a case never
    /// silently opens on another version (that is what `casework template migrate` is for).
    public func template(for record: CaseRecord) throws -> ChecklistTemplate {
        if let template = template(id: record.templateID, version: record.templateVersion) { return template }
        guard template(id: record.templateID) != nil else {
            throw CaseworkError.invalidArgument(
                "Case \(record.reference) uses checklist template '\(record.templateID)', which is not installed. Put its file in the store's templates folder.")
        }
        throw CaseworkError.invalidArgument(
            "Case \(record.reference) was assessed on checklist template '\(record.templateID)' version \(record.templateVersion), which is not installed (installed: \(versions(of: record.templateID).joined(separator: ", "))). Put that version's file in the store's templates folder, or move the case with `casework template migrate \(record.reference) --to VERSION`.")
    }
}
