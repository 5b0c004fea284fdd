#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Turning a store encrypted, and changing its passphrase.
///
/// Encrypting in place is resumable and never leaves a case unreadable: the key file is written first,
/// then each case is sealed in memory and replaces its plaintext file by the usual atomic rename, under
/// the case's lock. A crash part-way leaves some files sealed and some plain; the store then refuses the
/// plain ones with a sentence saying to run `casework encrypt` again, which finishes the job.
public enum StoreEncryption {
    public struct Report: Sendable, Hashable {
        public var sealed: Int
        public var alreadySealed: Int
        /// Files that could not be read and were left exactly as they were.
        public var failures: [String]
        /// Session files (drafts typed but not saved) sealed by this run.
        public var sessionsSealed = 0
    }

    /// Encrypts the store at `root` (new, plain, or part-encrypted by an interrupted run).
    @discardableResult
    public static func encrypt(
        root: String, passphrase: Data, policy: KeyPolicy = .standard, by actor: String,
        operations: any FileOperations = PosixFileOperations()
    ) throws -> Report {
        let store = try CaseStore(root: root, operations: operations, passphrase: { passphrase }, keyPolicy: policy)
        return try FileLock.withLock(at: store.storeLockPath) {
            var resumed = true
            if store.cipher == nil {
                if store.isEncrypted { throw ProtectionError.passphraseNeeded(store: root) }
                let (file, key) = try StoreKeyFile.create(passphrase: passphrase, policy: policy)
                try store.files.ensureFolder(store.keysFolder)
                try store.files.write(try CaseCodec.encode(file), to: store.keyFilePath)
                store.adopt(StoreCipher(storeKey: key))
                resumed = false
            }
            // The index holds subject names in clear: it goes first (the next listing writes a sealed one).
            var removedPlainIndex = false
            if let index = try? store.files.read(store.indexPath), !SealedEnvelope.isSealed(index) {
                try store.files.operations.remove(store.indexPath)
                try store.files.syncFolder(store.root)
                removedPlainIndex = true
            }
            if (try? store.files.read(CaseIndex.legacyPath(in: store))) != nil {
                try store.files.operations.remove(CaseIndex.legacyPath(in: store))
                try store.files.syncFolder(store.root)
                removedPlainIndex = true
            }
            var report = Report(sealed: 0, alreadySealed: 0, failures: [])
            for reference in store.references() {
                try FileLock.withLock(at: store.lockPath(for: reference)) {
                    let file = store.path(for: reference)
                    guard let data = try store.files.read(file) else { return }
                    if SealedEnvelope.isSealed(data) {
                        report.alreadySealed += 1
                        return
                    }
                    do {
                        let record = try CaseStore.decodeRecord(data, file: file)
                        guard record.reference == reference else {
                            throw CaseworkError.unreadable(file: file, detail: "$.reference does not match the file name")
                        }
                        try store.write(record, freshKey: true)
                        report.sealed += 1
                    } catch let error as CaseworkError {
                        // An unreadable file is left as it is and reported; a failing disk stops the run.
                        guard case .io = error else {
                            report.failures.append(error.description)
                            return
                        }
                        throw error
                    }
                }
            }
            // Drafts and forms not yet saved are case data too.
            guard let cipher = store.cipher else { throw ProtectionError.passphraseNeeded(store: root) }
            report.sessionsSealed = try SessionFile.sealAll(in: store, cipher: cipher)
            // A run cut short before its audit entry left the trail unsealed: this run records it.
            if resumed && report.sealed == 0 && report.sessionsSealed == 0 && report.failures.isEmpty && !removedPlainIndex
                && (store.audit.headIsSealed || access(store.audit.headPath, F_OK) != 0) {
                throw ProtectionError.alreadyEncrypted(store: root)
            }
            try store.audit.append(
                .change, reference: nil,
                detail: "store encrypted: \(report.sealed) case files sealed, \(report.failures.count) left unreadable",
                sealing: true, by: actor)
            _ = store.list()
            return report
        }
    }

    /// Rewraps the store key under a new passphrase; no case file is touched.
    public static func changePassphrase(
        root: String, old: Data, new: Data, policy: KeyPolicy = .standard, by actor: String,
        operations: any FileOperations = PosixFileOperations()
    ) throws {
        // Not through CaseStore's init, which would run scrypt once more just to unlock.
        let files = DurableFile(operations: operations)
        let root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        let keyFilePath = root + "/" + StoreKeyFile.fileName
        guard access(keyFilePath, F_OK) == 0 else { throw ProtectionError.storeNotEncrypted(store: root) }
        try StoreTrust.check(root: root)
        try FileLock.withLock(at: root + "/locks/store.lock") {
            guard let data = try files.read(keyFilePath) else { throw ProtectionError.storeNotEncrypted(store: root) }
            let current = try StoreKeyFile.decode(data, file: keyFilePath, policy: policy)
            let storeKey = try current.unwrap(passphrase: old)
            let audit = AuditLog(root: root, files: files, now: { Timestamp.now() }, key: AuditKey(storeKey: storeKey))
            var settings = policy.newSettings
            settings.n = max(settings.n, current.kdf.n)
            let rewrapped = try StoreKeyFile.wrap(storeKey, passphrase: new, settings: settings, policy: policy)
            try audit.append(.change, reference: nil, detail: "store passphrase changed", by: actor)
            try files.write(try CaseCodec.encode(rewrapped), to: keyFilePath)
        }
    }
}
