import FoundationEssentials

extension AuditLog {
    /// Walks the chain and names the first problem: an entry altered, removed or reordered; a line that is
    /// not an entry and not a write cut short; an entry sealed more weakly than the ones before it; a case
    /// revision logged twice or going backwards; a trail missing, empty or unreadable while the store holds
    /// cases; entries cut off the end (the head file records more).
    public func verify() throws -> AuditVerification {
        let cases = CaseIndexFile.references(inFolder: root + "/cases").count
        let headData: Data?
        do { headData = try files.read(headPath) } catch { headData = Data("unreadable".utf8) }
        let head = headData.flatMap { try? JSONDecoder().decode(AuditHead.self, from: $0) }
        if headData != nil, head?.format != AuditHead.format {
            return AuditVerification(entries: 0, headHash: AuditEntry.genesis, problem: "audit.head is damaged or is not a Casework head file, so it cannot be told whether entries were cut from the end of the trail")
        }
        let data: Data?
        do {
            data = try readAll()
        } catch {
            return AuditVerification(entries: 0, headHash: AuditEntry.genesis, problemLine: 1,
                                     problem: "the trail cannot be read (\(error))")
        }
        guard let data, !data.isEmpty else {
            let state = data == nil ? "is missing" : "is empty"
            if let head {
                return AuditVerification(entries: 0, headHash: AuditEntry.genesis, problemEntry: 1,
                                         problem: "the trail \(state) but audit.head records \(head.seq) entries: it was deleted or emptied")
            }
            if cases > 0 {
                return AuditVerification(entries: 0, headHash: AuditEntry.genesis, problemEntry: 1,
                                         problem: "the trail \(state) while the store holds \(cases) case\(cases == 1 ? "" : "s"): it was deleted or emptied")
            }
            return AuditVerification(entries: 0, headHash: AuditEntry.genesis)
        }
        var walk = AuditChainWalk(key: key)
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        if let failed = walk.run(lines) { return failed }
        return walk.checkHead(head, cases: cases)
    }
}
