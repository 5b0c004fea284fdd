import Crypto
import FoundationEssentials
import _CryptoExtras

/// `keystore.json`: the random store key, wrapped with a key derived from the passphrase by scrypt.
///
/// Changing the passphrase rewrites only this file (the store key stays, so no case is re-encrypted).
/// The KDF settings and salt are the associated data of the wrap, so lowering N in the file breaks it.
public struct StoreKeyFile: Hashable, Sendable, Codable {
    public static let fileName = "keystore.json"
    public static let currentFormatVersion = 1

    public struct KeyDerivation: Hashable, Sendable, Codable {
        public var name: String
        public var n: Int
        public var r: Int
        public var p: Int
        /// Base64 of 32 random bytes.
        public var salt: String

        var settings: ScryptSettings { ScryptSettings(n: n, r: r, p: p) }
    }

    public var format: String
    public var formatVersion: Int
    public var cipher: String
    public var kdf: KeyDerivation
    /// Base64 of AES-GCM nonce | ciphertext | tag of the 32-byte store key.
    public var wrappedKey: String

    /// A new key file holding a new random store key.
    public static func create(passphrase: Data, policy: KeyPolicy) throws -> (StoreKeyFile, SymmetricKey) {
        let storeKey = SymmetricKey(size: .bits256)
        let file = try wrap(storeKey, passphrase: passphrase, settings: policy.newSettings, policy: policy)
        return (file, storeKey)
    }

    /// Wraps an existing store key under a (new) passphrase, with a fresh salt.
    public static func wrap(_ storeKey: SymmetricKey, passphrase: Data, settings: ScryptSettings, policy: KeyPolicy) throws -> StoreKeyFile {
        try checkUsable(passphrase)
        try settings.validate(minimumN: policy.minimumN, file: fileName)
        var salt = Data(count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255, using: &generator) }
        let kdf = KeyDerivation(name: "scrypt", n: settings.n, r: settings.r, p: settings.p, salt: salt.base64EncodedString())
        let kek = try deriveKEK(passphrase: passphrase, kdf: kdf, salt: salt)
        let raw = storeKey.withUnsafeBytes { Data($0) }
        let box = try AES.GCM.seal(raw, using: kek, authenticating: try associatedData(kdf))
        guard let combined = box.combined else { throw ProtectionError.passphraseUnusable("Could not seal the store key.") }
        return StoreKeyFile(
            format: "casework-keystore", formatVersion: currentFormatVersion, cipher: "AES-256-GCM", kdf: kdf,
            wrappedKey: combined.base64EncodedString())
    }

    /// Reads and checks a key file's bytes; absurd or weak KDF settings are refused before scrypt runs.
    public static func decode(_ data: Data, file: String, policy: KeyPolicy) throws -> StoreKeyFile {
        let parsed = try CaseCodec.decode(StoreKeyFile.self, from: data, file: file)
        guard parsed.format == "casework-keystore" else {
            throw ProtectionError.sealedFileRejected(file: file, detail: "it is not a Casework key file")
        }
        guard parsed.formatVersion == currentFormatVersion else {
            throw ProtectionError.sealedFileRejected(file: file, detail: "its format version \(parsed.formatVersion) is not one this version reads")
        }
        guard parsed.kdf.name == "scrypt", parsed.cipher == "AES-256-GCM" else {
            throw ProtectionError.sealedFileRejected(file: file, detail: "it names a cipher or KDF this version does not use")
        }
        try parsed.kdf.settings.validate(minimumN: policy.minimumN, file: file)
        guard let salt = Data(base64Encoded: parsed.kdf.salt), salt.count >= 16, salt.count <= 64 else {
            throw ProtectionError.sealedFileRejected(file: file, detail: "its salt is malformed")
        }
        return parsed
    }

    /// The store key, or `ProtectionError.wrongPassphrase`.
    public func unwrap(passphrase: Data) throws -> SymmetricKey {
        guard let salt = Data(base64Encoded: kdf.salt), let combined = Data(base64Encoded: wrappedKey) else {
            throw ProtectionError.sealedFileRejected(file: StoreKeyFile.fileName, detail: "it is malformed")
        }
        let kek = try StoreKeyFile.deriveKEK(passphrase: passphrase, kdf: kdf, salt: salt)
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            let raw = try AES.GCM.open(box, using: kek, authenticating: try StoreKeyFile.associatedData(kdf))
            guard raw.count == 32 else { throw ProtectionError.wrongPassphrase }
            return SymmetricKey(data: raw)
        } catch {
            throw ProtectionError.wrongPassphrase
        }
    }

    static func checkUsable(_ passphrase: Data) throws {
        guard !passphrase.isEmpty else { throw ProtectionError.passphraseUnusable("The passphrase is empty; choose one of at least 8 characters.") }
        guard passphrase.count >= 8 else { throw ProtectionError.passphraseUnusable("The passphrase is shorter than 8 characters; choose a longer one.") }
        guard passphrase.count <= 1024 else { throw ProtectionError.passphraseUnusable("The passphrase is longer than 1024 bytes; choose a shorter one.") }
    }

    static func deriveKEK(passphrase: Data, kdf: KeyDerivation, salt: Data) throws -> SymmetricKey {
        guard !passphrase.isEmpty else { throw ProtectionError.wrongPassphrase }
        return try KDF.Scrypt.deriveKey(
            from: passphrase, salt: salt, outputByteCount: 32, rounds: kdf.n, blockSize: kdf.r, parallelism: kdf.p)
    }

    static func associatedData(_ kdf: KeyDerivation) throws -> Data {
        Data("casework-keystore/1 ".utf8) + (try CaseCodec.encodeLine(kdf))
    }
}
