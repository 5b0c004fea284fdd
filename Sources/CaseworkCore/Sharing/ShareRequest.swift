/// One act of sharing: which case, to whom, in what form, where the file goes, and why.
public struct ShareRequest: Hashable, Sendable {
    public var reference: CaseReference
    public var recipient: String
    public var format: SummaryFormat
    /// The file to write; a relative path is taken from the current folder.
    public var destination: String
    public var why: String
    public var options: SummaryOptions
    /// The decision's choices: basis, condition, openness, how it went, any reason for going ahead.
    public var choices: ShareChoices

    public init(
        reference: CaseReference, recipient: String, format: SummaryFormat, destination: String, why: String,
        options: SummaryOptions, choices: ShareChoices = ShareChoices()
    ) {
        self.choices = choices
        self.reference = reference
        self.recipient = recipient
        self.format = format
        self.destination = destination
        self.why = why
        self.options = options
    }
}

/// What a successful share did: the file written (empty for a share recorded after the fact), and the case as saved with its sharing record.
public struct ShareResult: Hashable, Sendable {
    public var path: String
    public var summary: Summary
    public var sharingRecord: SharingRecord
    public var record: CaseRecord
    /// The warnings the practitioner went ahead despite.
    public var warnings: [String]
}
