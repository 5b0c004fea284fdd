/// An answer to an item that a later template version retired, kept on the case exactly as it was, with
/// the old item's own words and flags so that `show` and summaries print it (and the sharing rules still
/// apply to it) without the old template.
public struct RetiredAnswer: Hashable, Sendable, Codable, Identifiable {
    /// `<template> <version> <item id>`: the same answer retired twice is the same entry, so migrating
    /// again, or merging two copies of a case, never duplicates it.
    public var id: String
    /// The version the item belonged to.
    public var templateVersion: String
    public var itemID: String
    public var title: String
    public var question: String
    public var kind: ItemKind
    public var flags: [ItemFlag]?
    public var specialCategories: [SpecialCategory]?
    /// The status in the words the old version used for it ("Partly in place" for a strength).
    public var statusLabel: String
    public var answer: ItemAnswer

    public init(templateID: String, templateVersion: String, item: TemplateItem, statusLabel: String, answer: ItemAnswer) {
        id = "\(templateID) \(templateVersion) \(item.id)"
        self.templateVersion = templateVersion
        itemID = item.id
        title = item.title
        question = item.question
        kind = item.kind
        flags = item.flags
        specialCategories = item.specialCategories
        self.statusLabel = statusLabel
        self.answer = answer
    }

    /// The old item as far as summaries need it: words, kind and flags, no guidance.
    public var item: TemplateItem {
        TemplateItem(
            id: itemID, title: title, question: question, kind: kind,
            guidance: ItemGuidance(lookFor: "", whyItMatters: ""), flags: flags, specialCategories: specialCategories)
    }
}
