#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// The store's append-only audit trail, `audit.jsonl`, one chained JSON entry per line, and its head
/// file `audit.head` (see `AuditHead`).
///
/// Appends happen under `locks/audit.lock` (a store-wide flock), so two processes never interleave lines
/// or chain from the same predecessor; each line is written with one `write` through the store's
/// `FileOperations` and fsync'd, and the head rewritten durably, before the action it records is reported
/// done. In an encrypted store (`key` set) entries and head are sealed with HMAC-SHA256, and a plain entry
/// is never appended there.
public struct AuditLog: Sendable {
    public let path: String
    public let headPath: String
    public let lockPath: String
    let root: String
    let files: DurableFile
    let now: @Sendable () -> Timestamp
    let sshClient: @Sendable () -> String?
    /// Set for an unlocked encrypted store.
    let key: AuditKey?

    public init(
        root: String, files: DurableFile, now: @escaping @Sendable () -> Timestamp,
        sshClient: @escaping @Sendable () -> String? = { CaseworkEnvironment.sshClientAddress() }, key: AuditKey? = nil
    ) {
        self.root = root
        path = root + "/audit.jsonl"
        headPath = root + "/audit.head"
        lockPath = root + "/locks/audit.lock"
        self.files = files
        self.now = now
        self.sshClient = sshClient
        self.key = key
    }

    /// The scheme new entries get.
    var chain: AuditChain { key == nil ? .sha256 : .hmacSHA256 }

    /// True when the folder holds an encrypted store (whose trail only takes keyed entries).
    var storeIsEncrypted: Bool { access(root + "/" + StoreKeyFile.fileName, F_OK) == 0 }

    /// True when the head file exists and is sealed with this store's key.
    public var headIsSealed: Bool { key != nil && trustedHead()?.chain == .hmacSHA256 }

    /// Appends one entry, durably; throws (and the caller does not act) if it cannot.
    /// `replaces` names an earlier save of the same revision that never reached the case file.
    /// In an encrypted store a head file not sealed with its key is refused (the trail may have been
    /// rewritten without the key, and chaining onto it would seal the rewrite), except by `sealing`, the
    /// entry that records the store being encrypted.
    @discardableResult
    public func append(
        _ action: AuditAction, reference: CaseReference?, revision: Int? = nil, fields: [String]? = nil,
        detail: String? = nil, replaces: Int? = nil, sealing: Bool = false, by actor: String
    ) throws -> AuditEntry {
        guard key != nil || !storeIsEncrypted else {
            throw ProtectionError.auditUnavailable(file: path, detail: "the store is encrypted and its key is not unlocked")
        }
        if key != nil, !sealing, access(headPath, F_OK) == 0, !headIsSealed {
            throw ProtectionError.auditUnavailable(
                file: path,
                detail: "its head file audit.head is not sealed with the store's key; run `casework encrypt` to finish encrypting the store, or `casework audit verify` to check the trail")
        }
        return try FileLock.withLock(at: lockPath) {
            let tail = try lastLine()
            var seq = 1
            var prev = AuditEntry.genesis
            var last: AuditEntry?
            if let line = tail.line {
                guard let decoded = try? JSONDecoder().decode(AuditEntry.self, from: line), let hash = decoded.hash else {
                    throw ProtectionError.auditUnavailable(file: path, detail: "its last entry is damaged; run `casework audit verify`")
                }
                seq = decoded.seq + 1
                prev = hash
                last = decoded
            }
            var entry = AuditEntry(
                seq: seq, time: now(), actor: actor, sshClient: sshClient(), action: action, reference: reference?.rawValue,
                revision: revision, fields: fields.map { Array($0.prefix(500)) }, detail: detail, replaces: replaces,
                chain: chain, prev: prev, hash: nil)
            entry.hash = try entry.computedHash(key: key)
            var bytes = Data()
            if tail.torn { bytes.append(0x0A) }
            bytes.append(try CaseCodec.encodeLine(entry))
            bytes.append(0x0A)
            let existed = tail.size > 0 || access(path, F_OK) == 0
            let ops = files.operations
            let fd = try ops.open(path, flags: O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, mode: DurableFile.fileMode)
            do {
                if !existed { try ops.setMode(fd, mode: DurableFile.fileMode, path: path) }
                try bytes.withUnsafeBytes { try ops.write(fd, $0, path: path) }
                try ops.sync(fd, path: path)
            } catch {
                ops.close(fd)
                throw error
            }
            ops.close(fd)
            if !existed { try files.syncFolder(PathText.folder(of: path)) }
            try writeHead(after: entry, previous: last)
            return entry
        }
    }

    /// Rewrites the head to name `entry`, carrying forward which saves are still unconfirmed.
    private func writeHead(after entry: AuditEntry, previous: AuditEntry?) throws {
        let old = trustedHead()
        var pending = old?.pending ?? [:]
        // The head write of the entries after the head failed (a crash between the two): any save among
        // them is unconfirmed too. Rare, so the trail is read whole for it.
        let known = old?.seq ?? 0
        if let previous, known < previous.seq, old != nil || previous.chain != nil {
            for missed in try entries() where missed.seq > known && missed.producesRevision {
                if let reference = missed.reference { pending[reference] = missed.seq }
            }
        }
        if let reference = entry.reference {
            if entry.producesRevision { pending[reference] = entry.seq } else if entry.action == .delete { pending[reference] = nil }
        }
        let head = try AuditHead(seq: entry.seq, hash: entry.hash ?? "", chain: chain, pending: pending).sealed(with: key)
        try files.write(try CaseCodec.encodeLine(head), to: headPath)
    }

    /// Records that the case file of the save logged as `entry` was written. Best effort: if it fails the
    /// save only looks unconfirmed, which makes the rollback check at the next save more lenient.
    public func confirmSaved(_ entry: AuditEntry) throws {
        guard let reference = entry.reference else { return }
        try FileLock.withLock(at: lockPath) {
            guard var head = trustedHead(), head.pending?[reference] == entry.seq else { return }
            head.pending?[reference] = nil
            if head.pending?.isEmpty == true { head.pending = nil }
            // Losing this rename to a power cut only leaves the save looking unconfirmed: no folder fsync.
            try files.write(try CaseCodec.encodeLine(try head.sealed(with: key)), to: headPath, syncFolder: false)
        }
    }

    /// The head file when it decodes and, in an encrypted store, carries this store's seal.
    func trustedHead() -> AuditHead? {
        guard let data = try? files.read(headPath), let head = try? JSONDecoder().decode(AuditHead.self, from: data),
              head.format == AuditHead.format else { return nil }
        if let key { return head.isSealed(by: key) ? head : nil }
        return head.chain == .sha256 ? head : nil
    }

    /// The latest entry that made a revision of `reference` (nil after its deletion), and whether its case
    /// file was confirmed written. Only entries whose seal checks count, so a forged line cannot block saves.
    public func lastSave(of reference: CaseReference) throws -> (entry: AuditEntry, confirmed: Bool)? {
        guard let data = try files.read(path) else { return nil }
        let prefix = Array("\"reference\":\"".utf8)
        let marker = prefix + Array("\(reference.rawValue)\"".utf8)
        // Only saves (which carry fields), creates and deletes are decoded: views are most of a trail. The
        // keys are sorted, so `action` comes first; the reference's first letter is the only capital in a line
        // but for the time's T and Z, which makes it the byte to look for.
        let fields = Array("\"fields\":".utf8)
        let starts = [Array("{\"action\":\"create\"".utf8), Array("{\"action\":\"delete\"".utf8)]
        let candidates = AuditLog.lines(in: data) { line in
            AuditLog.contains(line, marker, lookingFor: prefix.count)
                && (starts.contains { AuditLog.starts(line, with: $0) } || AuditLog.contains(line, fields, lookingFor: 1))
        }
        for range in candidates.reversed() {
            guard let entry = try? JSONDecoder().decode(AuditEntry.self, from: data[range]), entry.reference == reference.rawValue,
                  let hash = entry.hash, (try? entry.computedHash(key: key)) == hash else { continue }
            if entry.action == .delete { return nil }
            guard entry.producesRevision else { continue }
            let head = trustedHead()
            // Entries of earlier versions carry no confirmation: treated as unconfirmed.
            let confirmed = entry.chain != nil && head.map { $0.seq >= entry.seq && $0.pending?[reference.rawValue] != entry.seq } == true
            return (entry, confirmed)
        }
        return nil
    }

    /// The ranges of the lines of `data` that `keep` accepts, found with memchr and memmem (a generic
    /// search over a long trail took tens of milliseconds per save).
    static func lines(in data: Data, where keep: (UnsafeRawBufferPointer) -> Bool) -> [Range<Int>] {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return [] }
            var found: [Range<Int>] = []
            var start = 0
            while start < raw.count {
                let newline = memchr(base + start, 0x0A, raw.count - start)
                let end = newline.map { base.distance(to: UnsafeRawPointer($0)) } ?? raw.count
                if keep(UnsafeRawBufferPointer(rebasing: raw[start..<end])) { found.append(start..<end) }
                start = end + 1
            }
            return found.map { (data.startIndex + $0.lowerBound)..<(data.startIndex + $0.upperBound) }
        }
    }

    /// Whether `needle` is in `line`, found by memchr for its byte at `anchor` (choose a rare one) and memcmp.
    static func contains(_ line: UnsafeRawBufferPointer, _ needle: [UInt8], lookingFor anchor: Int) -> Bool {
        guard let base = line.baseAddress, line.count >= needle.count else { return false }
        return needle.withUnsafeBytes { wanted in
            var from = anchor
            let last = line.count - needle.count + anchor
            while from <= last, let hit = memchr(base + from, Int32(needle[anchor]), last - from + 1) {
                let at = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + at - anchor, wanted.baseAddress!, needle.count) == 0 { return true }
                from = at + 1
            }
            return false
        }
    }

    static func starts(_ line: UnsafeRawBufferPointer, with prefix: [UInt8]) -> Bool {
        guard let base = line.baseAddress, line.count >= prefix.count else { return false }
        return prefix.withUnsafeBytes { memcmp(base, $0.baseAddress!, prefix.count) } == 0
    }

    /// The last complete line, whether the file ends in a torn (unterminated) line, and the file size.
    private func lastLine() throws -> (line: Data?, torn: Bool, size: Int) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return (nil, false, 0) }
            throw CaseworkError.io(path: path, operation: "open", errno: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CaseworkError.io(path: path, operation: "inspect", errno: errno) }
        let size = Int(info.st_size)
        guard size > 0 else { return (nil, false, 0) }
        var window = 64 * 1024
        while true {
            let length = min(window, size)
            var buffer = [UInt8](repeating: 0, count: length)
            var got = 0
            while got < length {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, length - got, off_t(size - length + got)) }
                if n < 0 { if errno == EINTR { continue }; throw CaseworkError.io(path: path, operation: "read", errno: errno) }
                if n == 0 { break }
                got += n
            }
            let torn = buffer.last != 0x0A
            var end = buffer.count
            if !torn { end -= 1 } else if let cut = buffer.lastIndex(of: 0x0A) { end = cut } else { end = 0 }
            let body = buffer[..<end]
            if let start = body.lastIndex(of: 0x0A) {
                return (Data(body[(start + 1)...]), torn, size)
            }
            if length == size { return (end > 0 ? Data(body) : nil, torn, size) }
            window *= 4
        }
    }

    /// Every line, decoded; lines that do not decode are reported by `verify`.
    public func entries() throws -> [AuditEntry] {
        guard let data = try readAll() else { return [] }
        return data.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(AuditEntry.self, from: Data($0)) }
    }

    /// One case's trail, oldest first.
    public func trail(for reference: CaseReference) throws -> [AuditEntry] {
        try entries().filter { $0.reference == reference.rawValue }
    }

    func readAll() throws -> Data? {
        try files.read(path)
    }
}
