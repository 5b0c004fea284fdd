import Crypto
import FoundationEssentials

/// The key that seals an encrypted store's audit entries and head file: HKDF from the store key, so only
/// someone with the passphrase can write an entry that verifies.
public struct AuditKey: Sendable {
    let key: SymmetricKey

    public init(storeKey: SymmetricKey) {
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: storeKey, info: Data("casework audit chain v1".utf8), outputByteCount: 32)
    }

    /// HMAC-SHA256 of `bytes`, lowercase hex.
    func seal(_ bytes: Data) -> String {
        HexText.lowercase(HMAC<SHA256>.authenticationCode(for: bytes, using: key))
    }
}
