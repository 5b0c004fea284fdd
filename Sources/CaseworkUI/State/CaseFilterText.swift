import CaseworkCore

/// Folding for the case-list filter: lower case without accents. ASCII text, nearly every reference,
/// status and lead, is only lower-cased, so filtering 10,000 cases stays well under the per-key budget;
/// anything else goes through `TextFolding`, the folding redaction uses.
enum CaseFilterText {
    static func fold(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : TextFolding.fold(text)
    }
}
