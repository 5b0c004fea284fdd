/// One saved change: who, when, a sentence for people, and the changed fields for machines.
public struct HistoryEntry: Hashable, Sendable, Codable {
    /// The revision this change produced.
    public var revision: Int
    public var at: Timestamp
    public var by: String
    public var summary: String
    public var changes: [FieldChange]

    public init(revision: Int, at: Timestamp, by: String, summary: String, changes: [FieldChange]) {
        self.revision = revision
        self.at = at
        self.by = by
        self.summary = summary
        self.changes = changes
    }
}

/// A field's value before and after a change; nil means the field was absent.
public struct FieldChange: Hashable, Sendable, Codable {
    /// Object keys and array indices from the record's root, for example ["answers", "intent.stated-wish", "status"].
    public var path: [String]
    public var old: JSONValue?
    public var new: JSONValue?

    public init(path: [String], old: JSONValue?, new: JSONValue?) {
        self.path = path
        self.old = old
        self.new = new
    }

    /// `answers.intent.stated-wish.status` style, for people.
    public var dottedPath: String { path.joined(separator: ".") }
}
