import ArgumentParser
import CaseworkCore

extension LocalDate: ExpressibleByArgument {
    /// Accepts `2026-11-24`, `today` and `yesterday`.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "today": self = Timestamp.now().day
        case "yesterday": self = Timestamp.now().day.adding(days: -1)
        default:
            guard let date = LocalDate(iso8601: argument) else { return nil }
            self = date
        }
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

extension CaseReference: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension EvidenceBasis: ExpressibleByArgument {}
extension ConcernNature: ExpressibleByArgument {}
extension ConcernSeverity: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}

/// Writes one message to standard error, sanitised (a quoted argument or stored key cannot act on the
/// terminal) and with long echoed values cut.
func printError(_ message: String) {
    StandardStreams.writeError(TextSanitizer.message(message) + "\n")
}
