import Crypto
import FoundationEssentials

/// One line of `audit.jsonl`. `hash` seals the entry without `hash` (sorted-keys compact JSON), and `prev`
/// is the previous entry's `hash`, so editing, removing or reordering an entry breaks the chain.
///
/// `chain` says how `hash` is made: absent for entries of earlier versions (plain SHA-256), `sha256` for a
/// plain store, `hmac-sha256` in an encrypted store (keyed with `AuditKey`, so an entry cannot be forged
/// or recomputed without the passphrase).
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
    /// The sequence number of an earlier save of the same revision that never reached the case file (a
    /// crash or failed write after it was logged), which this save replaces.
    public var replaces: Int?
    public var chain: AuditChain?
    public var prev: String
    public var hash: String?

    /// True for the entries that made a new revision of a case: a create, and a saved change (a change or a
    /// share saved to the case carries `fields`; a share logged beside the case does not).
    public var producesRevision: Bool {
        guard reference != nil, revision != nil else { return false }
        switch action {
        case .create: return true
        case .change, .share: return fields != nil
        case .view, .export, .delete: return false
        }
    }

    /// The bytes the hash covers.
    func canonicalBytes() throws -> Data {
        var copy = self
        copy.hash = nil
        return try CaseCodec.encodeLine(copy)
    }

    /// The hash this entry should carry under its own scheme; nil when it is keyed and no key is given.
    func computedHash(key: AuditKey? = nil) throws -> String? {
        switch chain {
        case nil, .sha256?: return HexText.lowercase(SHA256.hash(data: try canonicalBytes()))
        case .hmacSHA256?: return try key.map { $0.seal(try canonicalBytes()) }
        }
    }
}
