/// The summary as Markdown. Stored text is escaped (backslashes, and entities for < > &) so a note can never become a heading, a link or raw
/// HTML when the Markdown is turned into a page.
public enum MarkdownSummaryRenderer {
    public static func render(_ doc: SummaryDocument) -> String {
        var out: [String] = []
        out.append("> **\(escape(doc.banner))**")
        out.append("")
        out.append("# \(escape(doc.title))")
        out.append("")
        out.append(contentsOf: fields(doc.intro))
        if let warning = doc.warning {
            out.append("")
            out.append("> **Special category data.** \(escape(warning))")
        }
        for section in doc.sections {
            out.append("")
            out.append("## \(escape(section.title))")
            for block in section.blocks {
                out.append("")
                switch block {
                case .subheading(let title, let tags):
                    out.append("### \(escape(title))" + tagText(tags))
                case .fields(let list):
                    out.append(contentsOf: fields(list))
                case .items(let items):
                    for item in items {
                        out.append("- " + hardBreaks(escape(item.text), indent: "  ") + tagText(item.tags) + (item.details.isEmpty ? "" : "\\"))
                        for detail in item.details { out.append("  " + hardBreaks(escape(detail), indent: "  ") + "\\") }
                        if !item.details.isEmpty { out[out.count - 1].removeLast() }
                    }
                case .paragraph(let label, let text):
                    out.append((label.map { "**\(escape($0)):** " } ?? "") + hardBreaks(escape(text), indent: ""))
                case .note(let text):
                    out.append("*\(escape(text))*")
                }
            }
        }
        out.append("")
        out.append("---")
        out.append("")
        out.append("> **\(escape(doc.banner))**")
        return out.joined(separator: "\n") + "\n"
    }

    static func fields(_ list: [SummaryDocument.Field]) -> [String] {
        list.map { "- **\(escape($0.label)):** " + hardBreaks(escape($0.value), indent: "  ") }
    }

    static func tagText(_ tags: [SummaryDocument.Tag]) -> String {
        tags.isEmpty ? "" : " " + tags.map { "\\[\(escape($0.text))\\]" }.joined(separator: " ")
    }

    /// Newlines inside one piece of text become hard line breaks, continuing at `indent`.
    static func hardBreaks(_ text: String, indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).joined(separator: "\\\n" + indent)
    }

    /// Backslash-escapes the characters Markdown would act on.
    public static func escape(_ text: String) -> String {
        var out = ""
        for char in text {
            switch char {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!":
                out.append("\\")
                out.append(char)
            default:
                out.append(char)
            }
        }
        // A line that would start a list or a heading reads as text.
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop(while: { $0 == " " })
            if let first = trimmed.first, "-+=".contains(first) {
                return String(line.prefix(line.count - trimmed.count)) + "\\" + trimmed
            }
            if let dot = trimmed.firstIndex(where: { $0 == "." || $0 == ")" }),
               !trimmed[..<dot].isEmpty, trimmed[..<dot].allSatisfy(\.isASCIIDigit) {
                return String(line.prefix(line.count - trimmed.count)) + trimmed[..<dot] + "\\" + trimmed[dot...]
            }
            return String(line)
        }.joined(separator: "\n")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
