/// The summary as one self-contained HTML page (no scripts, no external files) that prints on A4. A
/// draft carries a fixed watermark, which Chromium repeats on every printed page.
public enum HTMLSummaryRenderer {
    public static func render(_ doc: SummaryDocument) -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en-GB\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
        out.append("<title>\(escape(doc.title))</title>")
        out.append("<style>")
        out.append(style)
        out.append("</style>")
        out.append("</head>")
        out.append("<body\(doc.draft ? " class=\"draft\"" : "")>")
        if doc.draft { out.append("<div class=\"watermark\" aria-hidden=\"true\">DRAFT - NOT SHARED</div>") }
        out.append("<p class=\"banner\">\(escape(doc.banner))</p>")
        out.append("<h1>\(escape(doc.title))</h1>")
        out.append(fields(doc.intro, className: "intro"))
        if let warning = doc.warning {
            out.append("<p class=\"warning\"><strong>Special category data.</strong> \(escape(warning))</p>")
        }
        for section in doc.sections {
            out.append("<section>")
            out.append("<h2>\(escape(section.title))</h2>")
            for block in section.blocks {
                switch block {
                case .subheading(let title, let tags):
                    out.append("<h3>\(escape(title))\(tagHTML(tags))</h3>")
                case .fields(let list):
                    out.append(fields(list, className: nil))
                case .items(let items):
                    out.append("<ul>")
                    for item in items {
                        var li = "<li><span class=\"item\">\(escape(item.text))</span>\(tagHTML(item.tags))"
                        for detail in item.details { li += "<div class=\"detail\">\(escape(detail))</div>" }
                        out.append(li + "</li>")
                    }
                    out.append("</ul>")
                case .paragraph(let label, let text):
                    out.append("<p>" + (label.map { "<strong>\(escape($0)):</strong><br>" } ?? "") + escape(text) + "</p>")
                case .note(let text):
                    out.append("<p class=\"note\">\(escape(text))</p>")
                }
            }
            out.append("</section>")
        }
        out.append("<p class=\"banner\">\(escape(doc.banner))</p>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    static func fields(_ list: [SummaryDocument.Field], className: String?) -> String {
        var html = "<dl\(className.map { " class=\"\($0)\"" } ?? "")>"
        for field in list { html += "<dt>\(escape(field.label))</dt><dd>\(escape(field.value))</dd>" }
        return html + "</dl>"
    }

    static func tagHTML(_ tags: [SummaryDocument.Tag]) -> String {
        tags.map { " <span class=\"tag \($0.kind.rawValue)\">\(escape($0.text))</span>" }.joined()
    }

    /// Escapes the five HTML-significant characters; newlines become line breaks.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for char in text {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<br>"
            default: out.append(char)
            }
        }
        return out
    }

    static let style = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", Arial, sans-serif; font-size: 10.5pt;
               line-height: 1.4; color: #111; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
        h1 { font-size: 18pt; margin: 4mm 0 3mm; }
        h2 { font-size: 13pt; border-bottom: 1.5pt solid #1d3b5a; color: #1d3b5a; margin: 6mm 0 2mm;
             padding-bottom: 1mm; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
        section { break-inside: auto; }
        li { margin-bottom: 1.5mm; break-inside: avoid; page-break-inside: avoid; }
        ul { padding-left: 6mm; margin: 1mm 0; }
        dl { display: grid; grid-template-columns: 45mm 1fr; gap: 0.8mm 4mm; margin: 1mm 0; }
        dt { font-weight: bold; }
        dd { margin: 0; overflow-wrap: anywhere; }
        p, .item, .detail { overflow-wrap: anywhere; }
        .detail { color: #333; font-size: 9.5pt; }
        .note { font-style: italic; color: #444; }
        .banner { border: 1.5pt solid #8a1c1c; color: #8a1c1c; background: #fbeaea; padding: 2mm 3mm; font-weight: bold; }
        .warning { border-left: 3pt solid #b35c00; background: #fff4e5; padding: 2mm 3mm; }
        .tag { display: inline-block; font-size: 8pt; border: 0.75pt solid #777; border-radius: 2pt; padding: 0 1.2mm;
               margin-left: 1mm; white-space: nowrap; }
        .tag.special { border-color: #b35c00; color: #7a3e00; background: #fff4e5; }
        .tag.opinion { border-color: #5b3c8c; color: #5b3c8c; }
        .tag.fact { border-color: #1d5a2e; color: #1d5a2e; }
        .tag.severity { font-weight: bold; }
        .tag.thirdParty { border-style: dashed; }
        .watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 48pt; font-weight: bold;
                     color: rgba(138, 28, 28, 0.12); transform: rotate(-30deg); pointer-events: none; z-index: 10; }
        @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
        """
}
