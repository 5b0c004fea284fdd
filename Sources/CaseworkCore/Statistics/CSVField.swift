import FoundationEssentials

/// One CSV cell made safe: a leading apostrophe stops a spreadsheet running a cell that starts like a
/// formula (= + - @ tab, carriage return), and RFC 4180 quoting keeps commas, quotes and newlines inside it.
public enum CSVField {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    public static func escape(_ value: String) -> String {
        var cell = value
        if let first = cell.first, formulaStarts.contains(first) { cell = "'" + cell }
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            cell = "\"" + cell.replacing("\"", with: "\"\"") + "\""
        }
        return cell
    }
}
