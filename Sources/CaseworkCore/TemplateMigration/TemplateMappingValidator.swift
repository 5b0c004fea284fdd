import FoundationEssentials

/// Loads a mapping file and checks it against the two template versions it joins, naming the file, the
/// item and the reason for the first problem.
public enum TemplateMappingValidator {
    public static func load(file path: String) throws -> TemplateMapping {
        let data = try TemplateValidator.read(file: path)
        let mapping: TemplateMapping
        do {
            mapping = try CaseCodec.decode(TemplateMapping.self, from: data, file: path)
        } catch CaseworkError.unreadable(_, let detail) {
            throw CaseworkError.invalidTemplate(file: path, location: "mapping", reason: detail)
        }
        guard mapping.format == TemplateMapping.formatName else {
            throw CaseworkError.invalidTemplate(
                file: path, location: "format", reason: "is '\(mapping.format)', expected '\(TemplateMapping.formatName)'")
        }
        guard mapping.formatVersion == TemplateMapping.currentFormatVersion else {
            throw CaseworkError.invalidTemplate(
                file: path, location: "formatVersion", reason: "is \(mapping.formatVersion); this version of Casework reads format 1")
        }
        return mapping
    }

    /// Every old item is mapped or retired, no unknown old item is listed, every target exists in the new
    /// version with the same kind, and no two old items land on one new item (one answer would overwrite
    /// the other).
    public static func validate(_ mapping: TemplateMapping, old: ChecklistTemplate, new: ChecklistTemplate, file: String) throws {
        func fail(_ location: String, _ reason: String) -> CaseworkError {
            .invalidTemplate(file: file, location: location, reason: reason)
        }
        guard old.id == mapping.template, new.id == mapping.template, old.version == mapping.from, new.version == mapping.to else {
            throw fail("mapping", "joins \(mapping.template) \(mapping.from) to \(mapping.to), not \(old.id) \(old.version) to \(new.id) \(new.version)")
        }
        for item in old.allItems where mapping.items[item.id] == nil {
            throw fail("item '\(item.id)'", "version \(old.version) item is neither mapped nor retired; give a \(new.version) item id or \"\(TemplateMapping.retired)\"")
        }
        var takenBy: [String: String] = [:]
        for oldID in mapping.items.keys.sorted() {
            let location = "item '\(oldID)'"
            guard let oldItem = old.item(id: oldID) else {
                throw fail(location, "is not an item of version \(old.version); remove it from the mapping")
            }
            guard let target = mapping.target(of: oldID) else { continue }
            guard let newItem = new.item(id: target) else {
                throw fail(location, "is mapped to '\(target)', which is not an item of version \(new.version); name one that is, or \"\(TemplateMapping.retired)\"")
            }
            guard newItem.kind == oldItem.kind else {
                throw fail(location, "is a \(oldItem.kind.rawValue) item mapped to '\(target)', a \(newItem.kind.rawValue) item; map it to a \(oldItem.kind.rawValue) item or retire it")
            }
            if let earlier = takenBy[target] {
                throw fail(location, "is mapped to '\(target)', which '\(earlier)' is already mapped to; retire one of the two so neither answer overwrites the other")
            }
            takenBy[target] = oldID
        }
        for section in old.concernHeadings where new.section(id: section.id)?.concernHeading != true {
            throw fail("section '\(section.id)'", "is a concern heading in version \(old.version) but not in \(new.version), so concerns logged under it would have no heading; keep it as one")
        }
    }
}
