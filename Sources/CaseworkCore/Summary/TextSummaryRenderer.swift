/// The summary as plain text wrapped at 80 columns, for email and print. A draft carries its marking at
/// the top, the bottom, and every 60 lines (one printed page), so no page of it can pass for shared.
public enum TextSummaryRenderer {
    public static let width = 80
    public static let pageLines = 60

    public static func render(_ doc: SummaryDocument) -> String {
        var out: [String] = []
        out.append(contentsOf: wrap(doc.banner, indent: ""))
        out.append(String(repeating: "=", count: width))
        out.append(contentsOf: wrap(doc.title.uppercased(), indent: ""))
        out.append("")
        out.append(contentsOf: fields(doc.intro, indent: ""))
        if let warning = doc.warning {
            out.append("")
            out.append(contentsOf: wrap("SPECIAL CATEGORY DATA: " + warning, indent: "", hanging: "  "))
        }
        for section in doc.sections {
            out.append("")
            out.append(section.title.uppercased())
            out.append(String(repeating: "-", count: min(width, DisplayWidth.of(section.title))))
            for block in section.blocks {
                switch block {
                case .subheading(let title, let tags):
                    out.append("")
                    out.append(contentsOf: wrap(title + tagText(tags), indent: "  "))
                case .fields(let list):
                    out.append(contentsOf: fields(list, indent: "  "))
                case .items(let items):
                    for item in items {
                        out.append(contentsOf: wrap(item.text + tagText(item.tags), indent: "  * ", hanging: "    "))
                        for detail in item.details { out.append(contentsOf: wrap(detail, indent: "    ")) }
                    }
                case .paragraph(let label, let text):
                    if let label { out.append("  " + label + ":") }
                    out.append(contentsOf: wrap(text, indent: "    "))
                case .note(let text):
                    out.append(contentsOf: wrap(text, indent: "  "))
                }
            }
        }
        out.append("")
        out.append(String(repeating: "=", count: width))
        out.append(contentsOf: wrap(doc.banner, indent: ""))
        if doc.draft { out = paged(out) }
        return out.joined(separator: "\n") + "\n"
    }

    /// Repeats the draft marking at the top of every printed page after the first.
    static func paged(_ lines: [String]) -> [String] {
        var result: [String] = []
        for (index, line) in lines.enumerated() {
            if index > 0, index % (pageLines - 1) == 0 {
                result.append("---- DRAFT - NOT SHARED ---- page \(index / (pageLines - 1) + 1) ----")
            }
            result.append(line)
        }
        return result
    }

    static func tagText(_ tags: [SummaryDocument.Tag]) -> String {
        tags.isEmpty ? "" : " " + tags.map { "[\($0.text)]" }.joined(separator: " ")
    }

    static func fields(_ list: [SummaryDocument.Field], indent: String) -> [String] {
        let labelWidth = min(24, (list.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
        var out: [String] = []
        for field in list {
            let label = field.label + ":"
            if DisplayWidth.of(label) + 1 > labelWidth {
                out.append(indent + label)
                out.append(contentsOf: wrap(field.value, indent: indent + String(repeating: " ", count: labelWidth)))
            } else {
                let first = indent + DisplayWidth.pad(label, to: labelWidth)
                out.append(contentsOf: wrap(field.value, indent: first, hanging: indent + String(repeating: " ", count: labelWidth)))
            }
        }
        return out
    }

    /// Wraps text to the page width: the first line after `indent`, the rest after `hanging`.
    static func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        let rest = hanging ?? indent
        let available = max(20, width - max(DisplayWidth.of(indent), DisplayWidth.of(rest)))
        let lines = WordWrap.lines(text, width: available)
        return lines.enumerated().map { index, line in (index == 0 ? indent : rest) + line }
    }
}
