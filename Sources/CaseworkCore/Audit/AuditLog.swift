#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// The store's append-only audit trail, `audit.jsonl`, one hash-chained JSON entry per line.
///
/// Appends happen under `locks/audit.lock` (a store-wide flock), so two processes never interleave lines
/// or chain from the same predecessor; each line is written with one `write` through the store's
/// `FileOperations` and fsync'd before the action it records is reported done.
public struct AuditLog: Sendable {
    public let path: String
    public let lockPath: String
    let files: DurableFile
    let now: @Sendable () -> Timestamp
    let sshClient: @Sendable () -> String?

    public init(
        root: String, files: DurableFile, now: @escaping @Sendable () -> Timestamp,
        sshClient: @escaping @Sendable () -> String? = { CaseworkEnvironment.sshClientAddress() }
    ) {
        path = root + "/audit.jsonl"
        lockPath = root + "/locks/audit.lock"
        self.files = files
        self.now = now
        self.sshClient = sshClient
    }

    /// Appends one entry, durably; throws (and the caller does not act) if it cannot.
    @discardableResult
    public func append(
        _ action: AuditAction, reference: CaseReference?, revision: Int? = nil, fields: [String]? = nil,
        detail: String? = nil, by actor: String
    ) throws -> AuditEntry {
        try FileLock.withLock(at: lockPath) {
            let tail = try lastLine()
            var seq = 1
            var prev = AuditEntry.genesis
            if let line = tail.line {
                guard let last = try? JSONDecoder().decode(AuditEntry.self, from: line), let hash = last.hash else {
                    throw ProtectionError.auditUnavailable(file: path, detail: "its last entry is damaged; run `casework audit verify`")
                }
                seq = last.seq + 1
                prev = hash
            }
            var entry = AuditEntry(
                seq: seq, time: now(), actor: actor, sshClient: sshClient(), action: action, reference: reference?.rawValue,
                revision: revision, fields: fields.map { Array($0.prefix(500)) }, detail: detail, prev: prev, hash: nil)
            entry.hash = try entry.computedHash()
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
            return entry
        }
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

    private func readAll() throws -> Data? {
        try files.read(path)
    }

    /// Walks the chain and names the first entry that was altered, removed or reordered.
    public func verify() throws -> AuditVerification {
        guard let data = try readAll() else { return AuditVerification(entries: 0, headHash: AuditEntry.genesis) }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        let decoded = lines.map { try? JSONDecoder().decode(AuditEntry.self, from: $0) }
        var expected = 1
        var prev = AuditEntry.genesis
        var warnings: [String] = []
        func fail(_ line: Int, _ entry: Int?, _ text: String) -> AuditVerification {
            AuditVerification(entries: expected - 1, headHash: prev, problemLine: line, problemEntry: entry, problem: text, warnings: warnings)
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            guard let entry = decoded[index], let hash = entry.hash else {
                // Not an entry. Harmless if the chain carries on across it (checked by the next entry's seq
                // and prev); a real entry turned into garbage shows there as a removed entry.
                warnings.append(line.isEmpty
                    ? "line \(number) is empty"
                    : "line \(number) is not an entry (a write cut short by a crash or power cut); the entries around it still chain")
                continue
            }
            guard (try? entry.computedHash()) == hash else {
                return fail(number, entry.seq, "entry \(entry.seq) (line \(number)) was altered: its contents do not match its hash")
            }
            if entry.seq != expected {
                if entry.seq > expected, let later = decoded[(index + 1)...].firstIndex(where: { $0?.seq == expected }) {
                    return fail(number, expected, "entry \(expected) was reordered: it is on line \(later + 1), after entry \(entry.seq) on line \(number)")
                }
                if entry.seq > expected {
                    return fail(number, expected, "entry \(expected) was removed: line \(number) holds entry \(entry.seq)")
                }
                return fail(number, entry.seq, "entry \(entry.seq) was reordered or duplicated: it appears on line \(number) after entry \(expected - 1)")
            }
            guard entry.prev == prev else {
                if expected == 1 {
                    return fail(number, 1, "entry 1 (line \(number)) does not start the chain: it was altered, or the file does not begin where it should")
                }
                let previous = expected - 1
                return fail(number, max(previous, 1), "entry \(previous) was altered or replaced: entry \(entry.seq) (line \(number)) no longer chains to it")
            }
            prev = hash
            expected += 1
        }
        return AuditVerification(entries: expected - 1, headHash: prev, warnings: warnings)
    }
}
