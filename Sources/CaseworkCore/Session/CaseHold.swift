#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Who has a case open in the workbench: a non-blocking flock on `<store>/locks/REF.session`, with the
/// holder's name, host, pid and start time written into the locked file.
///
/// The kernel drops the flock when the process dies, so a crashed session never leaves a case stuck
/// read-only; the holder text is only read when the flock is found taken.
public final class CaseHold: @unchecked Sendable {
    /// The person and place holding a case, shown in the read-only banner.
    public struct Holder: Hashable, Sendable, Codable {
        public var user: String
        public var host: String
        public var pid: Int32
        public var since: Timestamp

        public init(user: String, host: String, pid: Int32, since: Timestamp) {
            self.user = user
            self.host = host
            self.pid = pid
            self.since = since
        }
    }

    public let reference: CaseReference
    private let lock: FileLock

    private init(reference: CaseReference, lock: FileLock) {
        self.reference = reference
        self.lock = lock
    }

    deinit { lock.unlock() }

    public static func path(store: CaseStore, reference: CaseReference) -> String {
        "\(store.locksFolder)/\(reference.rawValue).session"
    }

    /// Takes the hold, or reports who has it (`.failure` carries the holder, best effort).
    public static func acquire(
        store: CaseStore, reference: CaseReference, holder: Holder
    ) throws -> Result<CaseHold, HeldElsewhere> {
        let lock = FileLock(path: path(store: store, reference: reference))
        guard try lock.tryLock() else {
            let data = FileManager.default.contents(atPath: lock.path) ?? Data()
            let other = try? JSONDecoder().decode(Holder.self, from: data)
            lock.unlock()
            return .failure(HeldElsewhere(holder: other))
        }
        if let data = try? JSONEncoder().encode(holder) {
            let fd = lock.descriptor
            _ = ftruncate(fd, 0)
            _ = data.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        return .success(CaseHold(reference: reference, lock: lock))
    }

    /// Lets the case go (also done when the hold is released from memory or the process ends).
    public func release() { lock.unlock() }

    public struct HeldElsewhere: Error, Hashable, Sendable {
        public var holder: Holder?
    }
}
