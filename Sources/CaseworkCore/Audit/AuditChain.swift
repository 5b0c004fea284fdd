/// How an audit entry (or the head file) is sealed: plain SHA-256 in a plain store, HMAC-SHA256 with a
/// key derived from the store key in an encrypted one.
public enum AuditChain: String, Hashable, Sendable, Codable {
    case sha256
    case hmacSHA256 = "hmac-sha256"
}
