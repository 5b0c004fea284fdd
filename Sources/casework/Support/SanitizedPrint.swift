import CaseworkCore

/// Everything a command prints to standard output passes the sanitiser: this shadows the standard
/// library's `print` inside the `casework` module, so a printer that forgets `TextSanitizer` (an id
/// from a hostile settings.json, a path given as an argument) still cannot put a raw escape sequence on
/// the terminal. Text already sanitised passes unchanged; newlines and tabs are kept (tab-separated
/// listings such as `share --review` are read by scripts, and a tab moves nothing on a terminal).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator)
    let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
    Swift.print(fields.map { TextSanitizer.multiline(String($0)) }.joined(separator: "\t"), terminator: terminator)
}
