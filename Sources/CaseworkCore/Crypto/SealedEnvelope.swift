import Crypto
import FoundationEssentials

/// The on-disk form of every encrypted file: a magic line, a one-line JSON header, then AES-256-GCM
/// nonce | ciphertext | tag. The magic and header lines are the associated data, so the reference,
/// revision and format version they state cannot be changed without the file failing to open.
public struct SealedEnvelope: Sendable {
    public static let magic = Data("CASEWORK-SEALED 1\n".utf8)
    public static let currentFormatVersion = 1
    static let maximumHeaderLength = 4096

    /// What the header says; optional fields depend on the kind of file.
    public struct Header: Hashable, Sendable, Codable {
        public var format: String
        public var formatVersion: Int
        public var cipher: String
        public var reference: String?
        public var revision: Int?
        public var schemaVersion: Int?
    }

    public static func isSealed(_ data: Data) -> Bool { data.starts(with: magic) }

    public static func seal(_ plaintext: Data, header: Header, key: SymmetricKey) throws -> Data {
        let associated = magic + (try CaseCodec.encodeLine(header)) + Data([0x0A])
        let box = try AES.GCM.seal(plaintext, using: key, authenticating: associated)
        guard let combined = box.combined else {
            throw ProtectionError.sealedFileRejected(file: "(new file)", detail: "it could not be sealed")
        }
        return associated + combined
    }

    /// Checks the header against what the caller expects, then authenticates and decrypts.
    public static func open(
        _ data: Data, file: String, key: SymmetricKey, expectedFormat: String, expectedReference: String?
    ) throws -> (Header, Data) {
        func reject(_ detail: String) -> ProtectionError { .sealedFileRejected(file: file, detail: detail) }
        guard isSealed(data) else {
            if data.first == UInt8(ascii: "{") { throw ProtectionError.notEncrypted(file: file) }
            throw reject("it is not a sealed Casework file (the first line is wrong)")
        }
        let afterMagic = data.index(data.startIndex, offsetBy: magic.count)
        let searchEnd = data.index(afterMagic, offsetBy: min(maximumHeaderLength, data.distance(from: afterMagic, to: data.endIndex)))
        guard let newline = data[afterMagic..<searchEnd].firstIndex(of: 0x0A) else {
            throw reject("its header line is missing or too long")
        }
        let headerBytes = data[afterMagic..<newline]
        guard let header = try? JSONDecoder().decode(Header.self, from: Data(headerBytes)) else {
            throw reject("its header line is damaged")
        }
        guard header.format == expectedFormat else {
            throw reject("it is a \(header.format) file where a \(expectedFormat) file was expected")
        }
        guard header.formatVersion == currentFormatVersion, header.cipher == "AES-256-GCM" else {
            throw reject("its format version \(header.formatVersion) or cipher \(header.cipher) is not one this version reads")
        }
        if let expectedReference, header.reference != expectedReference {
            throw reject("it holds case \(header.reference ?? "?"), not \(expectedReference) (files swapped or renamed)")
        }
        let bodyStart = data.index(after: newline)
        let associated = Data(data[data.startIndex..<bodyStart])
        let body = Data(data[bodyStart...])
        guard body.count >= 12 + 16 else { throw reject("it is truncated") }
        do {
            let box = try AES.GCM.SealedBox(combined: body)
            return (header, try AES.GCM.open(box, using: key, authenticating: associated))
        } catch {
            throw reject("it was altered, truncated or damaged (the authentication check failed)")
        }
    }
}
