/// Any JSON value. The change history stores old and new values of changed fields in this form, so that a
/// record can be walked back to any earlier revision whatever fields later versions add.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Tries the likely kinds first (objects, then strings): every failed attempt costs a thrown error.
    public init(from decoder: Decoder) throws {
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var members: [String: JSONValue] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(JSONValue.self, forKey: key) }
            self = .object(members)
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !array.isAtEnd { elements.append(try array.decode(JSONValue.self)) }
            self = .array(elements)
            return
        }
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) { self = .string(value) }
        else if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else { self = .double(try container.decode(Double.self)) }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The value at a path of object keys and array indices, or nil when the path does not exist.
    public subscript(path path: [String]) -> JSONValue? {
        var current = self
        for component in path {
            switch current {
            case .object(let members):
                guard let next = members[component] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(component), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Sets (or with nil removes) the value at a path; missing objects on the way are created.
    public mutating func set(_ value: JSONValue?, at path: [String]) {
        guard let first = path.first else {
            self = value ?? .null
            return
        }
        let rest = Array(path.dropFirst())
        switch self {
        case .array(var elements):
            if let index = Int(first), elements.indices.contains(index) {
                if rest.isEmpty, value == nil {
                    elements.remove(at: index)
                } else {
                    elements[index].set(value, at: rest)
                }
                self = .array(elements)
            } else if let index = Int(first), index == elements.count, let value {
                var child = JSONValue.null
                child.set(value, at: rest)
                elements.append(child)
                self = .array(elements)
            }
        default:
            var members: [String: JSONValue]
            if case .object(let existing) = self { members = existing } else { members = [:] }
            if rest.isEmpty {
                members[first] = value
            } else {
                var child = members[first] ?? .object([:])
                child.set(value, at: rest)
                members[first] = child
            }
            self = .object(members)
        }
    }
}
