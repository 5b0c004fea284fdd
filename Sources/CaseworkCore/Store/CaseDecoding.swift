import FoundationEssentials

/// Bytes -> `CaseRecord`, checking the schema version first. Kept in its own file with no dependency on
/// the store or on swift-crypto so that the libFuzzer target (fuzz/run.sh) can compile it with swiftc.
public enum CaseDecoding {
    public static func decode(_ data: Data, file: String) throws -> CaseRecord {
        struct Header: Decodable { var schemaVersion: Int? }
        let header = try CaseCodec.decode(Header.self, from: data, file: file)
        guard let version = header.schemaVersion else {
            throw CaseworkError.unreadable(file: file, detail: "$.schemaVersion is missing")
        }
        guard version <= CaseRecord.currentSchemaVersion else {
            throw CaseworkError.newerSchema(file: file, found: version, supported: CaseRecord.currentSchemaVersion)
        }
        guard version >= 1 else {
            throw CaseworkError.unreadable(file: file, detail: "$.schemaVersion is \(version), which no version of Casework wrote")
        }
        let record = try CaseCodec.decode(CaseRecord.self, from: data, file: file)
        return version < CaseRecord.currentSchemaVersion ? CaseMigration.upgrade(record) : record
    }
}
