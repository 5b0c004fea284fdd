/// What was done to a record. The six kinds a data protection officer asks about.
public enum AuditAction: String, CaseIterable, Hashable, Sendable, Codable {
    case create, view, change, export, share, delete
}
