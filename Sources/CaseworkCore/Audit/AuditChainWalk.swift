import FoundationEssentials

/// One pass over the lines of `audit.jsonl` for `AuditLog.verify`: the chain, the sealing scheme, each
/// case's revisions, and at the end the head file.
struct AuditChainWalk {
    let key: AuditKey?
    private var expected = 1
    private var prev = AuditEntry.genesis
    private var warnings: [String] = []
    private var lastEntry: AuditEntry?
    /// The strongest scheme seen so far: an entry after it may not be weaker.
    private var strongest: (rank: Int, seq: Int)?
    /// Per case, the latest revision made and the entry that made it.
    private var revisions: [String: (revision: Int, seq: Int)] = [:]
    /// A line that is neither an entry nor a torn write, waiting to see whether the chain carries on across it.
    private var strayLine: Int?
    private var hashes: [Int: (hash: String, chain: AuditChain?)] = [:]

    init(key: AuditKey?) { self.key = key }

    private func fail(_ line: Int?, _ entry: Int?, _ text: String) -> AuditVerification {
        AuditVerification(entries: expected - 1, headHash: prev, problemLine: line, problemEntry: entry, problem: text, warnings: warnings)
    }

    private static func rank(_ chain: AuditChain?) -> Int {
        switch chain {
        case nil: return 0
        case .sha256?: return 1
        case .hmacSHA256?: return 2
        }
    }

    /// A write cut short by a crash: the start of a JSON object that never got its end.
    private static func isTorn(_ line: Data) -> Bool {
        line.first == UInt8(ascii: "{") && line.last != UInt8(ascii: "}")
    }

    /// Returns the first problem, or nil when every line checks out.
    mutating func run(_ lines: [Data]) -> AuditVerification? {
        let decoded = lines.map { try? JSONDecoder().decode(AuditEntry.self, from: $0) }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            guard let entry = decoded[index], let hash = entry.hash else {
                if line.isEmpty {
                    warnings.append("line \(number) is empty")
                } else if AuditChainWalk.isTorn(line) {
                    // Harmless if the chain carries on across it (checked by the next entry's seq and prev);
                    // a real entry turned into garbage shows there as a removed entry.
                    warnings.append("line \(number) is not an entry (a write cut short by a crash or power cut); the entries around it still chain")
                } else if strayLine == nil {
                    strayLine = number
                }
                continue
            }
            if entry.seq > expected, let later = decoded[(index + 1)...].firstIndex(where: { $0?.seq == expected }) {
                return fail(number, expected, "entry \(expected) was reordered: it is on line \(later + 1), after entry \(entry.seq) on line \(number)")
            }
            if let problem = check(entry, hash: hash, line: number) { return problem }
        }
        if let strayLine {
            return fail(strayLine, nil, "line \(strayLine) at the end of the trail is not an entry and not a write cut short: something was written into the trail")
        }
        return nil
    }

    private mutating func check(_ entry: AuditEntry, hash: String, line number: Int) -> AuditVerification? {
        if entry.chain == .hmacSHA256 && key == nil {
            return fail(number, entry.seq, "entry \(entry.seq) (line \(number)) is sealed with the store's key; give the passphrase to check it")
        }
        guard (try? entry.computedHash(key: key)) == hash else {
            return fail(number, entry.seq, "entry \(entry.seq) (line \(number)) was altered: its contents do not match its \(entry.chain == .hmacSHA256 ? "seal" : "hash")")
        }
        if entry.seq != expected {
            if entry.seq > expected {
                return fail(number, expected, "entry \(expected) was removed: line \(number) holds entry \(entry.seq)")
            }
            return fail(number, entry.seq, "entry \(entry.seq) was reordered or duplicated: it appears on line \(number) after entry \(expected - 1)")
        }
        guard entry.prev == prev else {
            if expected == 1 {
                return fail(number, 1, "entry 1 (line \(number)) does not start the chain: it was altered, or the file does not begin where it should")
            }
            let previous = expected - 1
            return fail(number, max(previous, 1), "entry \(previous) was altered or replaced: entry \(entry.seq) (line \(number)) no longer chains to it")
        }
        if let strayLine {
            return fail(strayLine, nil, "line \(strayLine) is not an entry and not a write cut short: something was written into the trail between entries \(expected - 1) and \(expected)")
        }
        let rank = AuditChainWalk.rank(entry.chain)
        if let strongest, rank < strongest.rank {
            let form = entry.chain == nil ? "the form of an earlier version" : "plain SHA-256"
            return fail(number, entry.seq, "entry \(entry.seq) (line \(number)) is in \(form) although entry \(strongest.seq) before it is \(strongest.rank == 2 ? "sealed with the store's key" : "in this version's form"): the trail was rewritten from there on")
        }
        if rank > (strongest?.rank ?? -1) { strongest = (rank, entry.seq) }
        if let problem = checkRevision(entry, line: number) { return problem }
        prev = hash
        hashes[entry.seq] = (hash, entry.chain)
        lastEntry = entry
        expected += 1
        return nil
    }

    /// A case's revisions only go up; the same revision twice is allowed only where the later save says it
    /// replaces the earlier one (whose case file was never written).
    private mutating func checkRevision(_ entry: AuditEntry, line number: Int) -> AuditVerification? {
        guard let reference = entry.reference else { return nil }
        if entry.action == .delete {
            revisions[reference] = nil
            return nil
        }
        guard entry.producesRevision, let revision = entry.revision else { return nil }
        if let earlier = revisions[reference] {
            if revision < earlier.revision {
                return fail(number, entry.seq, "case \(reference) goes back from revision \(earlier.revision) (entry \(earlier.seq)) to revision \(revision) (entry \(entry.seq)): an older copy of the case was put back and saved again, and what was recorded after revision \(revision) is lost from the case file")
            }
            if revision == earlier.revision && entry.replaces != earlier.seq {
                let retried = entry.chain == nil ? " (or, as these entries are from an earlier version, a save cut short and retried)" : ""
                return fail(number, entry.seq, "revision \(revision) of case \(reference) is recorded twice (entries \(earlier.seq) and \(entry.seq)): an older copy of the case was put back and saved again\(retried), and what was recorded in the first revision \(revision) is lost from the case file")
            }
        }
        revisions[reference] = (revision, entry.seq)
        return nil
    }

    /// The head file must name the last entry (or the one before, when recording the head failed).
    mutating func checkHead(_ head: AuditHead?, cases: Int) -> AuditVerification {
        let count = expected - 1
        if count == 0 && cases > 0 {
            return fail(1, 1, "the trail holds no entries while the store holds \(cases) case\(cases == 1 ? "" : "s"): it was emptied or replaced")
        }
        guard let head else {
            // A single entry and no head: the very first recorded action was cut short before its head.
            if lastEntry?.chain != nil && count > 1 {
                return fail(nil, nil, "audit.head is missing although this version wrote the trail: it was deleted, and entries may have been cut from the end")
            }
            if count > 0 {
                let why = lastEntry?.chain == nil ? "the trail was written by an earlier version" : "recording it was cut short"
                warnings.append("there is no audit.head yet (\(why)), so entries cut from the end cannot be seen until the next recorded action writes one")
            }
            return AuditVerification(entries: count, headHash: prev, warnings: warnings)
        }
        if let key, !(head.chain == .hmacSHA256 && head.isSealed(by: key)) {
            // A plain head is left only by encrypting a store when its first keyed entry could not record the head.
            guard head.chain != .hmacSHA256, hashes[head.seq]?.chain != .hmacSHA256, count - head.seq == 1,
                  lastEntry?.chain == .hmacSHA256 else {
                return fail(nil, nil, "audit.head is not sealed with this store's key: it was replaced (or encrypting the store was cut short: run `casework encrypt` again to finish)")
            }
        } else if key == nil && head.chain == .hmacSHA256 {
            return fail(nil, nil, "audit.head is sealed with the store's key; give the passphrase to check it")
        }
        if head.seq > count {
            let cut = head.seq - count
            return fail(nil, count + 1, "the last \(cut == 1 ? "entry was" : "\(cut) entries were") removed: audit.head records entry \(head.seq) but the trail ends at entry \(count)")
        }
        guard hashes[head.seq]?.hash == head.hash else {
            return fail(nil, head.seq, "entry \(head.seq) is not the one audit.head records: the trail was rewritten from there on")
        }
        // Behind is a crash between appending and recording the head (more than one entry: several in a row).
        if count - head.seq > 1 {
            warnings.append("audit.head is \(count - head.seq) entries behind the trail (recording it was cut short); the next recorded action brings it up to date")
        }
        return AuditVerification(entries: count, headHash: prev, warnings: warnings)
    }
}
