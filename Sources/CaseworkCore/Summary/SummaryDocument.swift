/// A summary laid out as headings, fields, lists and paragraphs: the one layout the Markdown, text and
/// HTML renderers all draw, so the formats cannot drift apart in what they show.
public struct SummaryDocument: Hashable, Sendable {
    public var title: String
    /// "Draft - not shared" for a preview; the handling marking for a shared summary.
    public var banner: String
    public var draft: Bool
    public var intro: [Field]
    /// The special category warning, when the summary holds such data.
    public var warning: String?
    public var sections: [Section]

    public struct Section: Hashable, Sendable {
        public var title: String
        public var blocks: [Block]
    }

    public enum Block: Hashable, Sendable {
        case subheading(String, tags: [Tag])
        case fields([Field])
        case items([Item])
        case paragraph(label: String?, text: String)
        case note(String)
    }

    public struct Field: Hashable, Sendable {
        public var label: String
        public var value: String
    }

    public struct Item: Hashable, Sendable {
        public var text: String
        public var tags: [Tag]
        public var details: [String]
    }

    public struct Tag: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case plain, fact, opinion, special, severity, thirdParty }
        public var text: String
        public var kind: Kind
    }
}
