import FoundationEssentials

/// Turns a summary into the bytes of one format. The only entry point front ends need.
public enum SummaryRenderer {
    public static func render(_ summary: Summary, as format: SummaryFormat) -> String {
        switch format {
        case .json:
            // Encoding plain value types with string keys cannot fail.
            let data = (try? SafeJSON.encode(summary)) ?? Data("{}\n".utf8)
            return String(decoding: data, as: UTF8.self)
        case .markdown: return MarkdownSummaryRenderer.render(SummaryDocumentBuilder.document(for: summary))
        case .text: return TextSummaryRenderer.render(SummaryDocumentBuilder.document(for: summary))
        case .html: return HTMLSummaryRenderer.render(SummaryDocumentBuilder.document(for: summary))
        }
    }

    public static func data(_ summary: Summary, as format: SummaryFormat) -> Data {
        Data(render(summary, as: format).utf8)
    }
}
