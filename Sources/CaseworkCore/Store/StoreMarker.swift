import FoundationEssentials

/// `casework-store.json` at the top of a store: says the folder is a Casework store, so that a folder
/// that is not one is never changed (no chmod, no clean-up of its `.tmp` files).
///
/// `kind` is a field so that a later kind (a group-owned team store) can say which ownership rules apply;
/// this version knows only `personal`: owned by the user, private to them.
public struct StoreMarker: Hashable, Sendable, Codable {
    public static let fileName = "casework-store.json"
    public static let currentFormatVersion = 1
    public static let personal = "personal"

    public var format: String
    public var formatVersion: Int
    public var kind: String

    public init(kind: String = StoreMarker.personal) {
        format = "casework-store"
        formatVersion = StoreMarker.currentFormatVersion
        self.kind = kind
    }

    /// Reads and checks a marker; one this version does not understand is refused (never rewritten).
    static func read(_ path: String, files: DurableFile) throws -> StoreMarker {
        guard let data = try files.read(path) else {
            throw CaseworkError.unreadable(file: path, detail: "it has gone")
        }
        let marker = try CaseCodec.decode(StoreMarker.self, from: data, file: path)
        guard marker.format == "casework-store" else {
            throw CaseworkError.unreadable(file: path, detail: "$.format is \(marker.format), not casework-store")
        }
        guard marker.formatVersion <= currentFormatVersion, marker.kind == personal else {
            throw CaseworkError.unreadable(
                file: path, detail: "it is a \(marker.kind) store of format \(marker.formatVersion), which this version of Casework does not open (upgrade Casework)")
        }
        return marker
    }

    static func write(_ marker: StoreMarker = StoreMarker(), in root: String, files: DurableFile) throws {
        try files.write(try CaseCodec.encode(marker), to: root + "/" + fileName)
    }
}
