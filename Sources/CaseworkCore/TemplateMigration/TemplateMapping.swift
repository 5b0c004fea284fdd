import FoundationEssentials

/// How the answers of one template version move to the next: each old item goes to the new item that
/// asks the same question, or is retired (its answer is kept on the case and shown as it was).
///
/// Shipped beside the new version as `<file>.mapping.json` (format in docs/templates.md) so that a case
/// can be moved without losing a word, and checked by `casework template check` like a template.
public struct TemplateMapping: Hashable, Sendable, Codable {
    public static let formatName = "casework-template-mapping"
    public static let currentFormatVersion = 1
    /// The word that retires an old item instead of naming a new one.
    public static let retired = "retired"

    public var format: String
    public var formatVersion: Int
    /// The template id both versions share.
    public var template: String
    public var from: String
    public var to: String
    public var description: String?
    /// Old item id to new item id, or to "retired".
    public var items: [String: String]

    public init(template: String, from: String, to: String, description: String? = nil, items: [String: String]) {
        format = TemplateMapping.formatName
        formatVersion = TemplateMapping.currentFormatVersion
        self.template = template
        self.from = from
        self.to = to
        self.description = description
        self.items = items
    }

    /// Where an old item's answer goes: a new item id, or nil when the item is retired (or not listed,
    /// which a checked mapping never allows).
    public func target(of oldItemID: String) -> String? {
        guard let target = items[oldItemID], target != TemplateMapping.retired else { return nil }
        return target
    }
}
