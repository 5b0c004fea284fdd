/// A strength or protective factor, recorded as carefully as a concern.
public struct Strength: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var what: String
    public var source: String
    public var observedOn: LocalDate?
    public var recordedAt: Timestamp
    public var recordedBy: String

    public init(id: Int, what: String, source: String, observedOn: LocalDate?, recordedAt: Timestamp, recordedBy: String) {
        self.id = id
        self.what = what
        self.source = source
        self.observedOn = observedOn
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}
