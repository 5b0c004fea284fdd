/// The outcome of `casework audit verify`: how many entries check out, the head of the chain (worth
/// writing down somewhere else, since an attacker who rewrites the whole tail can recompute the chain),
/// and the first problem found.
public struct AuditVerification: Hashable, Sendable {
    public var entries: Int
    public var headHash: String
    /// 1-based line of the first problem.
    public var problemLine: Int?
    /// The sequence number of the entry that was altered, removed or reordered.
    public var problemEntry: Int?
    public var problem: String?
    /// Lines that are not entries but break nothing (a write cut short by a crash or power cut): the
    /// entries around them still chain, so no entry is missing.
    public var warnings: [String] = []

    public var isIntact: Bool { problem == nil }
}
