/// Why a summary may not go to a recipient yet: every missing piece, each as a sentence saying what to do.
public struct SharingRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var reference: CaseReference
    public var recipient: String
    public var reasons: [String]

    public init(reference: CaseReference, recipient: String, reasons: [String]) {
        self.reference = reference
        self.recipient = recipient
        self.reasons = reasons
    }

    public var description: String {
        "Case \(reference) was not shared with \(recipient) and nothing was written: "
            + reasons.joined(separator: " ")
    }
}
