/// Statistics as an on-screen table or as CSV that a spreadsheet cannot run as a formula.
public enum StatisticsRenderer {
    public static func table(_ stats: CaseStatistics) -> String {
        var out: [String] = []
        out.append("Anonymised statistics: " + (stats.totalCases.map { "\($0) cases" } ?? "fewer than \(stats.suppressBelow) cases"))
        out.append("Counts below \(stats.suppressBelow) are shown as \(stats.suppressedMark), and so is any count that would reveal one.")
        let labelWidth = max(40, stats.tables.flatMap(\.rows).map { DisplayWidth.of(TextSanitizer.line($0.label)) }.max() ?? 0) + 2
        for table in stats.tables {
            out.append("")
            out.append(DisplayWidth.pad(TextSanitizer.line(table.title), to: labelWidth) + "  Cases")
            for row in table.rows {
                let value = row.count.map(String.init) ?? stats.suppressedMark
                out.append("  " + DisplayWidth.pad(TextSanitizer.line(row.label), to: labelWidth - 2)
                           + String(repeating: " ", count: max(0, 7 - value.count)) + value)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func csv(_ stats: CaseStatistics) -> String {
        var lines = [["table", "category", "cases"].map(CSVField.escape).joined(separator: ",")]
        lines.append(["Total", "All cases", stats.totalCases.map(String.init) ?? stats.suppressedMark].map(CSVField.escape).joined(separator: ","))
        for table in stats.tables {
            for row in table.rows {
                let cells = [table.title, row.label, row.count.map(String.init) ?? stats.suppressedMark]
                lines.append(cells.map { CSVField.escape(TextSanitizer.line($0)) }.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
