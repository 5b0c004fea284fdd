import FoundationEssentials

/// Turns records into the bytes on disk and back, and turns decoding failures into sentences that name the
/// JSON path at fault.
public enum CaseCodec {
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try makeEncoder().encode(value)
        data.append(0x0A)
        return data
    }

    /// Compact form, for one-line-per-entry files.
    public static func encodeLine<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Decodes a value; every failure becomes a `CaseworkError.unreadable` that names the file and path.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw CaseworkError.unreadable(file: file, detail: describe(error))
        } catch {
            throw CaseworkError.unreadable(file: file, detail: "it is not valid JSON (\(CaseworkError.reason(error)))")
        }
    }

    public static func jsonValue<T: Encodable>(of value: T) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: makeEncoder().encode(value))
    }

    public static func record(from value: JSONValue) throws -> CaseRecord {
        try JSONDecoder().decode(CaseRecord.self, from: makeEncoder().encode(value))
    }

    /// `$.answers["intent.stated-wish"].status` style paths.
    static func jsonPath(_ path: [CodingKey]) -> String {
        var text = "$"
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else if key.stringValue.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                text += ".\(key.stringValue)"
            } else {
                text += "[\"\(TextSanitizer.echo(key.stringValue))\"]"
            }
        }
        return text
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "it is not valid JSON"
            }
            return "\(jsonPath(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(jsonPath(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            return "\(jsonPath(context.codingPath)) should be \(describe(type))"
        case .valueNotFound(let type, let context):
            return "\(jsonPath(context.codingPath)) should be \(describe(type)), not null"
        @unknown default:
            return "it could not be read"
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }
}
