import CaseworkCore
import Foundation
import Testing

/// The JSON export matches its documented schema (docs/summary-json-schema.json), checked with a small
/// validator for the keywords that schema uses.
@Suite struct SummarySchemaTests {
    static func loadSchema() -> [String: Any] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/summary-json-schema.json")
        let data = try! Data(contentsOf: path)
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A small validator for the keywords the summary schema uses.
    struct Validator {
    let schema: [String: Any]

    func resolve(_ node: [String: Any]) -> [String: Any] {
        guard let ref = node["$ref"] as? String else { return node }
        let name = String(ref.dropFirst("#/$defs/".count))
        return resolve((schema["$defs"] as! [String: Any])[name] as! [String: Any])
    }

    func validate(_ value: Any, _ rawNode: [String: Any], path: String, into errors: inout [String]) {
        let node = resolve(rawNode)
        if let options = node["enum"] as? [Any] {
            if !options.contains(where: { "\($0)" == "\(value)" }) { errors.append("\(path): \(value) not in enum") }
        }
        if let constant = node["const"] {
            if "\(constant)" != "\(value)" { errors.append("\(path): \(value) is not \(constant)") }
        }
        if let pattern = node["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            errors.append("\(path): '\(text)' does not match \(pattern)")
        }
        switch node["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { errors.append("\(path): not an object"); return }
            let properties = node["properties"] as? [String: Any] ?? [:]
            for key in node["required"] as? [String] ?? [] where object[key] == nil { errors.append("\(path): missing \(key)") }
            for (key, child) in object {
                guard let childSchema = properties[key] as? [String: Any] else {
                    errors.append("\(path): \(key) is not in the schema")
                    continue
                }
                validate(child, childSchema, path: path + "." + key, into: &errors)
            }
        case "array":
            guard let array = value as? [Any] else { errors.append("\(path): not an array"); return }
            for (index, element) in array.enumerated() {
                validate(element, node["items"] as! [String: Any], path: "\(path)[\(index)]", into: &errors)
            }
        case "string":
            if !(value is String) { errors.append("\(path): not a string") }
        case "integer":
            if !(value is NSNumber) { errors.append("\(path): not an integer") }
        case "boolean":
            if !(value is Bool) { errors.append("\(path): not a boolean") }
        default:
            break
        }
    }
    }

    @Test func everyProfilesJSONMatchesTheSchema() throws {
        let options = [SummaryOptions(), SummaryOptions(includeReferrer: true, specialCategory: .include, draft: false)]
        for record in [SummaryFixtures.sparse, SummaryFixtures.rich] {
            for profile in SummaryFixtures.settings.recipients {
                for option in options {
                    let summary = SummaryFixtures.summary(record, for: profile.id, options: option)
                    let json = try JSONSerialization.jsonObject(with: SummaryRenderer.data(summary, as: .json))
                    var errors: [String] = []
                    Validator(schema: Self.loadSchema()).validate(json, Self.loadSchema(), path: "$", into: &errors)
                    #expect(errors.isEmpty, "\(record.reference) for \(profile.id): \(errors.prefix(5))")
                }
            }
        }
    }

    @Test func validatorCatchesAnUndocumentedField() throws {
        var errors: [String] = []
        Validator(schema: Self.loadSchema()).validate(["format": "casework-summary", "extra": 1], Self.loadSchema(), path: "$", into: &errors)
        #expect(errors.contains("$: extra is not in the schema"))
        #expect(errors.contains("$: missing draft"))
    }
}
