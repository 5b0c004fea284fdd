import Crypto
import FoundationEssentials

/// One line of `audit.jsonl`. `hash` is SHA-256 over the entry without `hash` (sorted-keys compact JSON),
/// and `prev` is the previous entry's `hash`, so editing, removing or reordering an entry breaks the chain.
///
/// Only field paths are logged, never values, so the log holds no subject data and can stay in clear
/// even in an encrypted store.
public struct AuditEntry: Hashable, Sendable, Codable {
    public static let genesis = String(repeating: "0", count: 64)

    public var seq: Int
    public var time: Timestamp
    /// The OS user who acted.
    public var actor: String
    /// The SSH client's address when the session came in over SSH.
    public var sshClient: String?
    public var action: AuditAction
    public var reference: String?
    /// The case revision the action produced or looked at.
    public var revision: Int?
    /// Dotted paths of the fields changed (no values).
    public var fields: [String]?
    /// A short note, such as where an export went.
    public var detail: String?
    public var prev: String
    public var hash: String?

    /// The bytes the hash covers.
    func canonicalBytes() throws -> Data {
        var copy = self
        copy.hash = nil
        return try CaseCodec.encodeLine(copy)
    }

    func computedHash() throws -> String {
        HexText.lowercase(SHA256.hash(data: try canonicalBytes()))
    }
}
