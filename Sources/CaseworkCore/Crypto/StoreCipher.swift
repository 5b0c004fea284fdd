import Crypto
import FoundationEssentials

/// The unlocked store key and the keys derived from it. Lives only in memory for a session.
///
/// Each case has its own random data key in `keys/REF.key`, wrapped with a key derived from the store
/// key; deleting a case removes its key file too, so copies of the case file left in backups cannot be
/// opened with the store key alone once the key file is gone.
public final class StoreCipher: Sendable {
    static let caseFormat = "casework-sealed-case"
    static let caseKeyFormat = "casework-case-key"
    static let indexFormat = "casework-sealed-index"
    static let sessionFormat = "casework-sealed-session"

    private let wrapKey: SymmetricKey
    private let indexKey: SymmetricKey
    private let sessionKey: SymmetricKey
    /// Seals the audit trail's entries and head.
    public let auditKey: AuditKey

    public init(storeKey: SymmetricKey) {
        wrapKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: storeKey, info: Data("casework case-key wrapping v1".utf8), outputByteCount: 32)
        indexKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: storeKey, info: Data("casework index v1".utf8), outputByteCount: 32)
        sessionKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: storeKey, info: Data("casework session v1".utf8), outputByteCount: 32)
        auditKey = AuditKey(storeKey: storeKey)
    }

    // MARK: Case data keys

    public func newCaseKey() -> SymmetricKey { SymmetricKey(size: .bits256) }

    public func sealCaseKey(_ key: SymmetricKey, reference: CaseReference) throws -> Data {
        let header = SealedEnvelope.Header(
            format: StoreCipher.caseKeyFormat, formatVersion: SealedEnvelope.currentFormatVersion,
            cipher: "AES-256-GCM", reference: reference.rawValue)
        return try SealedEnvelope.seal(key.withUnsafeBytes { Data($0) }, header: header, key: wrapKey)
    }

    public func openCaseKey(_ data: Data, reference: CaseReference, file: String) throws -> SymmetricKey {
        let (_, raw) = try SealedEnvelope.open(
            data, file: file, key: wrapKey, expectedFormat: StoreCipher.caseKeyFormat, expectedReference: reference.rawValue)
        guard raw.count == 32 else { throw ProtectionError.sealedFileRejected(file: file, detail: "its key has the wrong length") }
        return SymmetricKey(data: raw)
    }

    // MARK: Case files

    public func sealCase(_ plaintext: Data, record: CaseRecord, key: SymmetricKey) throws -> Data {
        let header = SealedEnvelope.Header(
            format: StoreCipher.caseFormat, formatVersion: SealedEnvelope.currentFormatVersion, cipher: "AES-256-GCM",
            reference: record.reference.rawValue, revision: record.revision, schemaVersion: record.schemaVersion)
        return try SealedEnvelope.seal(plaintext, header: header, key: key)
    }

    public func openCase(_ data: Data, reference: CaseReference, file: String, key: SymmetricKey) throws -> (SealedEnvelope.Header, Data) {
        try SealedEnvelope.open(data, file: file, key: key, expectedFormat: StoreCipher.caseFormat, expectedReference: reference.rawValue)
    }

    // MARK: Index

    public func sealIndex(_ plaintext: Data) throws -> Data {
        let header = SealedEnvelope.Header(
            format: StoreCipher.indexFormat, formatVersion: SealedEnvelope.currentFormatVersion, cipher: "AES-256-GCM")
        return try SealedEnvelope.seal(plaintext, header: header, key: indexKey)
    }

    public func openIndex(_ data: Data, file: String) throws -> Data {
        try SealedEnvelope.open(data, file: file, key: indexKey, expectedFormat: StoreCipher.indexFormat, expectedReference: nil).1
    }

    // MARK: Session files

    /// Seals a session file (drafts and forms not yet saved hold case data). `owner` is the file's name,
    /// bound into the header so one user's session cannot be swapped in for another's.
    public func sealSession(_ plaintext: Data, owner: String) throws -> Data {
        let header = SealedEnvelope.Header(
            format: StoreCipher.sessionFormat, formatVersion: SealedEnvelope.currentFormatVersion, cipher: "AES-256-GCM",
            reference: owner)
        return try SealedEnvelope.seal(plaintext, header: header, key: sessionKey)
    }

    public func openSession(_ data: Data, owner: String, file: String) throws -> Data {
        try SealedEnvelope.open(data, file: file, key: sessionKey, expectedFormat: StoreCipher.sessionFormat, expectedReference: owner).1
    }
}
