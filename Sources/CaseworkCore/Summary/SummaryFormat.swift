/// The forms a summary can be written in.
public enum SummaryFormat: String, CaseIterable, Hashable, Sendable, Codable {
    case markdown = "md"
    case text = "txt"
    case html
    case json

    /// Accepts the short name or a longer one ("markdown", "text", "plain").
    public init?(loose: String) {
        switch loose.lowercased() {
        case "md", "markdown": self = .markdown
        case "txt", "text", "plain": self = .text
        case "html", "htm": self = .html
        case "json": self = .json
        default: return nil
        }
    }

    public var fileExtension: String { rawValue }

    /// What a picker shows.
    public var label: String {
        switch self {
        case .markdown: "Markdown"
        case .text: "Plain text (80 columns)"
        case .html: "HTML page (prints on A4)"
        case .json: "JSON (documented schema)"
        }
    }
}
