/// Works out what a save changed, and walks a record back to any earlier revision.
///
/// Each history entry keeps the old and new JSON value of every field it changed. Undoing the entries
/// after revision r, newest first, gives the record exactly as it was saved at r.
public enum CaseHistory {
    /// The fields that differ between two versions of a record, ignoring the history itself.
    ///
    /// Parts equal as Swift values would encode to equal JSON and record nothing, so they are left out before
    /// the JSON comparison: answers that did not change, and the logs, which are compared element by
    /// element as `diff` would. The result is exactly that of diffing the two whole records as JSON, in
    /// the same order, without encoding and decoding a 200-item case twice (about 10 ms of every save).
    public static func changes(from old: CaseRecord, to new: CaseRecord) throws -> [FieldChange] {
        var oldCopy = old, newCopy = new
        oldCopy.history = []
        newCopy.history = []
        for key in Set(old.answers.keys).union(new.answers.keys) where old.answers[key] == new.answers[key] {
            oldCopy.answers[key] = nil
            newCopy.answers[key] = nil
        }
        var logs: [FieldChange] = []
        try listChanges("actions", old.actions, new.actions, into: &logs)
        try listChanges("agencies", old.agencies, new.agencies, into: &logs)
        try listChanges("concerns", old.concerns, new.concerns, into: &logs)
        try listChanges("sharing", old.sharing, new.sharing, into: &logs)
        try listChanges("strengths", old.strengths, new.strengths, into: &logs)
        oldCopy.actions = []; newCopy.actions = []
        oldCopy.agencies = []; newCopy.agencies = []
        oldCopy.concerns = []; newCopy.concerns = []
        oldCopy.sharing = []; newCopy.sharing = []
        oldCopy.strengths = []; newCopy.strengths = []
        var oldValue = try CaseCodec.jsonValue(of: oldCopy)
        var newValue = try CaseCodec.jsonValue(of: newCopy)
        oldValue.set(nil, at: ["history"])
        newValue.set(nil, at: ["history"])
        var result: [FieldChange] = []
        diff(oldValue, newValue, path: [], into: &result)
        guard !logs.isEmpty else { return result }
        // Back in the order a diff of the whole records gives: by top-level key, each key's changes as made.
        return (result + logs).enumerated()
            .sorted { ($0.element.path.first ?? "", $0.offset) < ($1.element.path.first ?? "", $1.offset) }
            .map(\.element)
    }

    /// The changes `diff` finds between two JSON arrays, working on the Swift values and encoding only the
    /// elements that differ.
    static func listChanges<Element: Encodable & Equatable>(
        _ key: String, _ a: [Element], _ b: [Element], into result: inout [FieldChange]
    ) throws {
        guard a != b else { return }
        let common = min(a.count, b.count)
        for index in 0..<common where a[index] != b[index] {
            diff(try CaseCodec.jsonValue(of: a[index]), try CaseCodec.jsonValue(of: b[index]), path: [key, String(index)], into: &result)
        }
        for index in common..<b.count {
            result.append(FieldChange(path: [key, String(index)], old: nil, new: try CaseCodec.jsonValue(of: b[index])))
        }
        for index in (common..<a.count).reversed() {
            result.append(FieldChange(path: [key, String(index)], old: try CaseCodec.jsonValue(of: a[index]), new: nil))
        }
    }

    static func diff(_ old: JSONValue?, _ new: JSONValue?, path: [String], into result: inout [FieldChange]) {
        guard old != new else { return }
        switch (old, new) {
        case (.object(let a)?, .object(let b)?):
            for key in Set(a.keys).union(b.keys).sorted() {
                diff(a[key], b[key], path: path + [key], into: &result)
            }
        case (.array(let a)?, .array(let b)?):
            // Element by element, then additions or removals at the end one by one, so that appending to a
            // long log records one element rather than the whole log twice. Removals are listed from the
            // highest index down: undoing an entry walks its changes backwards, re-appending them in order.
            let common = min(a.count, b.count)
            for index in 0..<common {
                diff(a[index], b[index], path: path + [String(index)], into: &result)
            }
            for index in common..<b.count {
                result.append(FieldChange(path: path + [String(index)], old: nil, new: b[index]))
            }
            for index in (common..<a.count).reversed() {
                result.append(FieldChange(path: path + [String(index)], old: a[index], new: nil))
            }
        default:
            result.append(FieldChange(path: path, old: old, new: new))
        }
    }

    /// The record as it was saved at `revision`, with the history as it stood then.
    public static func record(_ current: CaseRecord, atRevision revision: Int) throws -> CaseRecord {
        guard revision >= 1, revision <= current.revision else {
            throw CaseworkError.invalidArgument(
                "Revision \(revision) does not exist: case \(current.reference) has revisions 1 to \(current.revision).")
        }
        var stripped = current
        stripped.history = []
        var value = try CaseCodec.jsonValue(of: stripped)
        let later = current.history.filter { $0.revision > revision }.sorted { $0.revision > $1.revision }
        for entry in later {
            for change in entry.changes.reversed() {
                value.set(change.old, at: change.path)
            }
        }
        var past = try CaseCodec.record(from: value)
        past.history = current.history.filter { $0.revision <= revision }
        return past
    }
}
