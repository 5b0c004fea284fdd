/// Works out what a save changed, and walks a record back to any earlier revision.
///
/// Each history entry keeps the old and new JSON value of every field it changed. Undoing the entries
/// after revision r, newest first, gives the record exactly as it was saved at r.
public enum CaseHistory {
    /// The fields that differ between two versions of a record, ignoring the history itself.
    public static func changes(from old: CaseRecord, to new: CaseRecord) throws -> [FieldChange] {
        var oldValue = try CaseCodec.jsonValue(of: old)
        var newValue = try CaseCodec.jsonValue(of: new)
        oldValue.set(nil, at: ["history"])
        newValue.set(nil, at: ["history"])
        var result: [FieldChange] = []
        diff(oldValue, newValue, path: [], into: &result)
        return result
    }

    static func diff(_ old: JSONValue?, _ new: JSONValue?, path: [String], into result: inout [FieldChange]) {
        guard old != new else { return }
        switch (old, new) {
        case (.object(let a)?, .object(let b)?):
            for key in Set(a.keys).union(b.keys).sorted() {
                diff(a[key], b[key], path: path + [key], into: &result)
            }
        case (.array(let a)?, .array(let b)?) where a.count == b.count:
            for index in a.indices {
                diff(a[index], b[index], path: path + [String(index)], into: &result)
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
        var value = try CaseCodec.jsonValue(of: current)
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
