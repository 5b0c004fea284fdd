import FoundationEssentials

/// `audit.head`: the last entry's sequence number and hash, rewritten durably after every append, so that
/// cutting entries off the end of `audit.jsonl` shows (the chain alone stays consistent when its tail is
/// cut). In an encrypted store it is sealed with the `AuditKey` like the entries.
///
/// `pending` names, per case, the save whose entry is logged but whose case file was not yet confirmed
/// written: the next save of that case can then tell a save cut short by a crash (the file may stay one
/// revision behind the trail) from an older copy of the file put back (refused).
public struct AuditHead: Hashable, Sendable, Codable {
    public static let format = "casework-audit-head"

    public var format: String
    public var seq: Int
    public var hash: String
    public var chain: AuditChain
    /// Case reference -> sequence number of its logged, not yet confirmed save.
    public var pending: [String: Int]?
    public var mac: String?

    init(seq: Int, hash: String, chain: AuditChain, pending: [String: Int]) {
        format = AuditHead.format
        self.seq = seq
        self.hash = hash
        self.chain = chain
        self.pending = pending.isEmpty ? nil : pending
    }

    /// The bytes the MAC covers (the head without `mac`, behind a label so an entry's seal can never pass
    /// for a head's).
    func canonicalBytes() throws -> Data {
        var copy = self
        copy.mac = nil
        return Data("casework audit head v1\n".utf8) + (try CaseCodec.encodeLine(copy))
    }

    /// Seals the head when a key is given.
    func sealed(with key: AuditKey?) throws -> AuditHead {
        var copy = self
        copy.mac = try key.map { $0.seal(try canonicalBytes()) }
        return copy
    }

    /// True when the head is sealed and the seal matches `key`.
    func isSealed(by key: AuditKey) -> Bool {
        guard let mac, let bytes = try? canonicalBytes() else { return false }
        return key.seal(bytes) == mac
    }
}
