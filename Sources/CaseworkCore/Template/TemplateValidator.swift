import FoundationEssentials

/// Loads a template file and checks it, naming the file, the item and the reason for the first problem.
///
/// The JSON decoder checks the shape and types; this checks the rules a decoder cannot: unique ids,
/// required text present, flags consistent, one scale with a sane range.
public enum TemplateValidator {
    /// Templates are small; anything larger is refused before it is read.
    public static let maximumFileSize = 8 * 1024 * 1024

    public static func load(file path: String) throws -> ChecklistTemplate {
        try load(data: try read(file: path), file: path)
    }

    /// The bytes of a template (or mapping) file, refused with the file named when too large or unreadable.
    static func read(file path: String) throws -> Data {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            throw CaseworkError.invalidTemplate(
                file: path, location: "file", reason: "is \(size / 1_048_576) MB, larger than any template should be")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CaseworkError.invalidTemplate(
                file: path, location: "file", reason: "cannot be read (\(CaseworkError.reason(error))); check the path")
        }
    }

    public static func load(data: Data, file: String) throws -> ChecklistTemplate {
        let template: ChecklistTemplate
        do {
            template = try CaseCodec.decode(ChecklistTemplate.self, from: data, file: file)
        } catch CaseworkError.unreadable(_, let detail) {
            throw CaseworkError.invalidTemplate(file: file, location: "template", reason: detail)
        }
        try validate(template, file: file)
        return template
    }

    /// Lowercase letters and digits in runs joined by single dots or dashes: `intent.stated-wish`.
    static func isValidID(_ id: String) -> Bool {
        var previousWasSeparator = true
        for char in id.unicodeScalars {
            switch char {
            case "a"..."z", "0"..."9": previousWasSeparator = false
            case ".", "-":
                if previousWasSeparator { return false }
                previousWasSeparator = true
            default: return false
            }
        }
        return !previousWasSeparator
    }

    public static func validate(_ template: ChecklistTemplate, file: String) throws {
        func fail(_ location: String, _ reason: String) -> CaseworkError {
            .invalidTemplate(file: file, location: location, reason: reason)
        }
        guard template.format == ChecklistTemplate.formatName else {
            throw fail("format", "is '\(template.format)', expected '\(ChecklistTemplate.formatName)'")
        }
        guard template.formatVersion <= ChecklistTemplate.currentFormatVersion, template.formatVersion >= 1 else {
            throw fail("formatVersion", "is \(template.formatVersion); this version of Casework reads format 1")
        }
        guard isValidID(template.id) else {
            throw fail("id", "'\(template.id)' must be lowercase letters, digits, dots and dashes")
        }
        guard !template.version.isBlank else { throw fail("version", "is empty") }
        guard !template.title.isBlank else { throw fail("title", "is empty") }
        guard !template.sections.isEmpty else { throw fail("sections", "there are no sections") }

        var sectionIDs = Set<String>()
        var itemIDs = Set<String>()
        var scaleItems = 0
        for section in template.sections {
            let where_ = "section '\(section.id)'"
            guard isValidID(section.id) else {
                throw fail(where_, "the id must be lowercase letters, digits, dots and dashes")
            }
            guard sectionIDs.insert(section.id).inserted else { throw fail(where_, "the id is used twice") }
            guard !section.title.isBlank else { throw fail(where_, "the title is empty") }
            guard !section.items.isEmpty else { throw fail(where_, "has no items") }
            guard let sectionAudience = Audience.parse(section.audience) else {
                throw fail(where_, "audience is '\(section.audience ?? "")'; use one of \(Audience.choices)")
            }
            if let labels = section.ratingLabels {
                let words = [labels.noConcern, labels.someConcern, labels.significantConcern]
                guard !words.contains(where: \.isBlank) else { throw fail(where_, "ratingLabels has an empty label") }
                guard Set(words).count == 3 else { throw fail(where_, "ratingLabels must be three different labels") }
                guard words.allSatisfy({ $0.count <= 24 }) else {
                    throw fail(where_, "a ratingLabels label is longer than 24 characters (it must fit beside the item)")
                }
            }
            for item in section.items {
                let location = "item '\(item.id)'"
                guard isValidID(item.id) else {
                    throw fail(location, "the id must be lowercase letters, digits, dots and dashes")
                }
                guard itemIDs.insert(item.id).inserted else { throw fail(location, "the id is used twice") }
                guard !item.title.isBlank else { throw fail(location, "the title is empty") }
                guard item.title.count <= 40 else { throw fail(location, "the title is longer than 40 characters") }
                guard !item.question.isBlank else { throw fail(location, "the question is empty") }
                guard !item.guidance.lookFor.isBlank else {
                    throw fail(location, "guidance.lookFor is empty: say what the practitioner should look for")
                }
                guard !item.guidance.whyItMatters.isBlank else {
                    throw fail(location, "guidance.whyItMatters is empty: say why the item matters")
                }
                if let reminder = item.guidance.beliefsReminder, reminder.isBlank {
                    throw fail(location, "guidance.beliefsReminder is present but empty")
                }
                if let guide = item.guidance.ratingGuide {
                    try checkRatingGuide(guide, kind: item.kind) { fail(location, $0) }
                }
                guard let itemAudience = Audience.parse(item.audience) else {
                    throw fail(location, "audience is '\(item.audience ?? "")'; use one of \(Audience.choices)")
                }
                guard item.audience == nil || sectionAudience.covers(itemAudience) else {
                    throw fail(location, "audience is '\(itemAudience.rawValue)' inside a section for \(sectionAudience.rawValue), so it would never be shown; move the item or change one of the two")
                }
                let special = item.specialCategories ?? []
                if item.has(.specialCategory), special.isEmpty {
                    throw fail(location, "is flagged specialCategory but lists no specialCategories")
                }
                if !item.has(.specialCategory), !special.isEmpty {
                    throw fail(location, "lists specialCategories but is not flagged specialCategory")
                }
                switch item.kind {
                case .scale:
                    scaleItems += 1
                    guard let scale = item.scale else { throw fail(location, "is a scale item with no scale") }
                    guard scale.min < scale.max, scale.min >= 0, scale.max <= 100 else {
                        throw fail(location, "the scale must run upwards from 0 or more to at most 100")
                    }
                case .rated, .narrative:
                    if item.scale != nil { throw fail(location, "has a scale but is not a scale item") }
                }
            }
        }
        if scaleItems > 1 { throw fail("sections", "has \(scaleItems) scale items; at most one is allowed") }
    }

    /// A rating guide belongs to a rated item and says something for both ratings, briefly.
    static func checkRatingGuide(_ guide: RatingGuide, kind: ItemKind, _ fail: (String) -> CaseworkError) throws {
        guard kind == .rated else {
            throw fail("guidance.ratingGuide is only for rated items; this one is \(kind.rawValue)")
        }
        for (field, text) in [("someConcern", guide.someConcern), ("significantConcern", guide.significantConcern)] {
            guard !text.isBlank else {
                throw fail("guidance.ratingGuide.\(field) is empty: say what that rating looks like on this item")
            }
            guard text.count <= RatingGuide.maximumLength else {
                throw fail("guidance.ratingGuide.\(field) is longer than \(RatingGuide.maximumLength) characters")
            }
        }
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
