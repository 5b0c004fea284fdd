/// Compares each case file with its audit trail: a file older than the latest revision the trail records
/// was rolled back (an older copy put in its place) or its last save failed after the entry was written;
/// a file newer than its trail means entries were cut from the trail (or the file changed outside Casework);
/// a case with no trail at all, or a trail for a file that is gone without a delete entry, is named too.
public enum AuditCrossCheck {
    public struct Finding: Hashable, Sendable {
        public var reference: String
        public var message: String
    }

    public static func run(store: CaseStore) throws -> [Finding] {
        var latest: [String: Int] = [:]
        var deleted: Set<String> = []
        for entry in try store.audit.entries() {
            guard let reference = entry.reference else { continue }
            if entry.producesRevision, let revision = entry.revision {
                latest[reference] = max(latest[reference] ?? 0, revision)
                deleted.remove(reference)
            } else if entry.action == .delete {
                deleted.insert(reference)
                latest[reference] = nil
            }
        }
        var findings: [Finding] = []
        var seen: Set<String> = []
        for reference in store.references() {
            seen.insert(reference.rawValue)
            do {
                let record = try store.load(reference)
                guard let logged = latest[reference.rawValue] else {
                    findings.append(Finding(reference: reference.rawValue, message: "has no entries in the audit trail (made before the trail existed, or placed by hand)"))
                    continue
                }
                if record.revision < logged {
                    findings.append(Finding(reference: reference.rawValue, message: "holds revision \(record.revision) but the trail records revision \(logged): an older copy was put back (or the last save was cut short after it was logged)"))
                } else if record.revision > logged {
                    findings.append(Finding(reference: reference.rawValue, message: "holds revision \(record.revision) but the trail stops at revision \(logged): entries were cut from the trail, or the case was changed without being logged"))
                }
            } catch {
                findings.append(Finding(reference: reference.rawValue, message: "cannot be read: \(error)"))
            }
        }
        for reference in latest.keys.sorted() where !seen.contains(reference) && !deleted.contains(reference) {
            findings.append(Finding(reference: reference, message: "is in the audit trail but its file is gone and no deletion was logged"))
        }
        return findings
    }
}
