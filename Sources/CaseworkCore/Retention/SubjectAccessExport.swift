import FoundationEssentials

/// Everything the store holds about one person, for a subject access request: their cases in full (with
/// history and the audit trail of who looked at and changed them), where their name appears in other people's cases, the date the answer is due (one calendar
/// month from receipt), and a redaction step for third parties' details.
///
/// Redaction collects the names of third parties in each case (the referrer, agency contacts, whoever
/// consent came from when it was not the subject) and replaces them wherever they occur in the case,
/// history values included. It is a first pass, not the decision: the exemption test for social work
/// data and any other third-party data still need a person's judgement, which the export says.
public struct SubjectAccessExport: Sendable {
    public static let redactionMark = "[third party redacted]"

    public struct Request: Hashable, Sendable {
        public var name: String
        public var dateOfBirth: LocalDate?
        public var receivedOn: LocalDate
        /// False (the default) applies the redaction step.
        public var includeThirdParties: Bool

        public init(name: String, dateOfBirth: LocalDate? = nil, receivedOn: LocalDate, includeThirdParties: Bool = false) {
            self.name = name
            self.dateOfBirth = dateOfBirth
            self.receivedOn = receivedOn
            self.includeThirdParties = includeThirdParties
        }

        /// One calendar month from receipt (31 January -> 28/29 February).
        public var dueOn: LocalDate { receivedOn.adding(months: 1) }
    }

    public struct Mention: Hashable, Sendable, Codable {
        public var reference: String
        public var fields: [String]
    }

    public var request: Request
    public var cases: [CaseRecord]
    public var mentions: [Mention]
    /// References that could not be read, so the answer may be incomplete.
    public var unreadable: [String]
    /// Each exported case's audit trail: who created, viewed, changed, exported or shared it, and when.
    public var trails: [String: [AuditEntry]] = [:]

    /// Searches the whole store.
    public static func gather(_ request: Request, store: CaseStore) -> SubjectAccessExport {
        let wanted = normalise(request.name)
        var cases: [CaseRecord] = []
        var mentions: [Mention] = []
        var unreadable: [String] = []
        for reference in store.references() {
            guard let record = try? store.load(reference) else {
                unreadable.append(reference.rawValue)
                continue
            }
            let sameName = normalise(record.subject.name) == wanted
            let sameBirth = request.dateOfBirth == nil || record.subject.dateOfBirth == nil || record.subject.dateOfBirth == request.dateOfBirth
            if sameName && sameBirth {
                cases.append(record)
            } else if let value = try? CaseCodec.jsonValue(of: record) {
                let fields = paths(in: value, containing: wanted)
                if !fields.isEmpty { mentions.append(Mention(reference: reference.rawValue, fields: fields)) }
            }
        }
        var export = SubjectAccessExport(request: request, cases: cases, mentions: mentions, unreadable: unreadable)
        let wantedReferences = Set(cases.map(\.reference.rawValue))
        for entry in (try? store.audit.entries()) ?? [] {
            guard let reference = entry.reference, wantedReferences.contains(reference) else { continue }
            export.trails[reference, default: []].append(entry)
        }
        return export
    }

    /// The export document as pretty JSON.
    public func render(generatedAt: Timestamp, by actor: String) throws -> Data {
        var caseValues: [JSONValue] = []
        for record in cases {
            var value = try CaseCodec.jsonValue(of: record)
            if !request.includeThirdParties {
                value = SubjectAccessExport.redact(value, names: SubjectAccessExport.thirdParties(in: record))
            }
            if case .object(var members) = value {
                members["auditTrail"] = .array((trails[record.reference.rawValue] ?? []).map { entry in
                    var item: [String: JSONValue] = [
                        "seq": .int(entry.seq), "time": .string(entry.time.iso8601), "actor": .string(entry.actor),
                        "action": .string(entry.action.rawValue),
                    ]
                    if let fields = entry.fields { item["fields"] = .array(fields.map(JSONValue.string)) }
                    if let revision = entry.revision { item["revision"] = .int(revision) }
                    return .object(item)
                })
                value = .object(members)
            }
            caseValues.append(value)
        }
        var requestObject: [String: JSONValue] = [
            "name": .string(request.name), "receivedOn": .string(request.receivedOn.iso8601), "dueOn": .string(request.dueOn.iso8601),
        ]
        if let born = request.dateOfBirth { requestObject["dateOfBirth"] = .string(born.iso8601) }
        let document: JSONValue = .object([
            "format": .string("casework-subject-access"),
            "formatVersion": .int(1),
            "request": .object(requestObject),
            "generatedAt": .string(generatedAt.iso8601),
            "generatedBy": .string(actor),
            "thirdParties": .string(request.includeThirdParties ? "included (not redacted)" : "redacted: referrers, agency contacts and consent givers other than the subject"),
            "cases": .array(caseValues),
            "mentionsInOtherCases": .array(mentions.map { .object(["reference": .string($0.reference), "fields": .array($0.fields.map(JSONValue.string))]) }),
            "unreadableCases": .array(unreadable.map(JSONValue.string)),
            "beforeSending": .array([
                "Check the social work exemption test for each case before disclosure.",
                "Consider third parties' data separately; the redaction here is a first pass.",
                "Mentions in other cases are listed by reference and field only: review them by hand.",
                "Reply by \(request.dueOn.iso8601) (one calendar month from receipt).",
            ].map(JSONValue.string)),
        ])
        return try SafeJSON.encode(document)
    }

    /// Names of people other than the subject recorded in a case.
    static func thirdParties(in record: CaseRecord) -> [String] {
        var names = [record.referral.referrer] + record.agencies.map(\.contact)
        if let consent = record.consent, normalise(consent.from) != normalise(record.subject.name) { names.append(consent.from) }
        for sharing in record.sharing {
            if let consent = sharing.consent, normalise(consent.from) != normalise(record.subject.name) { names.append(consent.from) }
        }
        // Also the name without a title, so "DC Priya Patel" redacts "Priya Patel" in free text.
        let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "dc", "pc", "ds", "di", "sgt", "prof", "rev", "cllr"]
        var variants: [String] = []
        for name in names {
            let trimmed = name.trimmed
            variants.append(trimmed)
            var tokens = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
            while let first = tokens.first, titles.contains(first.lowercased().trimmed { $0 == "." }) { tokens.removeFirst() }
            if tokens.count >= 2 { variants.append(tokens.joined(separator: " ")) }
        }
        return variants.filter { $0.count >= 2 }
    }

    /// Replaces every occurrence of each name in every string of the value.
    static func redact(_ value: JSONValue, names: [String]) -> JSONValue {
        switch value {
        case .string(let text):
            var result = text
            for name in names.sorted(by: { $0.count > $1.count }) {
                result = TextFolding.replacingMatches(of: name, in: result, with: redactionMark)
            }
            return .string(result)
        case .array(let items): return .array(items.map { redact($0, names: names) })
        case .object(let members): return .object(members.mapValues { redact($0, names: names) })
        default: return value
        }
    }

    static func normalise(_ text: String) -> String {
        TextFolding.fold(text)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func paths(in value: JSONValue, containing needle: String, prefix: String = "") -> [String] {
        guard !needle.isEmpty else { return [] }
        switch value {
        case .string(let text): return normalise(text).contains(needle) ? [prefix.isEmpty ? "$" : prefix] : []
        case .array(let items):
            return items.enumerated().flatMap { paths(in: $1, containing: needle, prefix: "\(prefix)[\($0)]") }
        case .object(let members):
            return members.keys.sorted().flatMap { key in
                paths(in: members[key]!, containing: needle, prefix: prefix.isEmpty ? key : "\(prefix).\(key)")
            }
        default: return []
        }
    }
}
