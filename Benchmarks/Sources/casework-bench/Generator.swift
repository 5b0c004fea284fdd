import CaseworkCore
import Foundation

/// Writes a store of fictional cases straight to disk (no fsync: this is test data, and 10,000 durable
/// saves would take minutes). Most cases are small, as real ones are early on; about one in a hundred is
/// large: every checklist item answered with a long note plus long logs, 200 items in all, and a long
/// history. Nothing here describes a real person.
struct StoreGenerator {
    let root: String
    let count: Int
    var seed: UInt64 = 2026

    static let given = ["Ari", "Bexley", "Cato", "Dilys", "Emrys", "Fenna", "Galen", "Hollis", "Ines", "Jory",
                        "Kestrel", "Lowen", "Morwen", "Nyle", "Orla", "Perrin", "Quill", "Rosen", "Sable", "Tamsin"]
    static let family = ["Ashcombe", "Brackwater", "Cindermoor", "Dunmere", "Elderfield", "Fallowby", "Hartwell",
                         "Ivybridge", "Kilnsey", "Larkholme", "Marrowdene", "Nettlecombe"]
    static let words = ("the young person said at the meeting that a friend had shown them videos online and "
        + "that their teacher noticed a change in how they spoke about other groups in class the family "
        + "agreed to meet the school again next week and the mentor offered sessions after school fictional")
        .split(separator: " ").map(String.init)

    /// Item counts of the large cases, newest first: the first is "the largest case".
    static func largeItemCounts(total: Int) -> [Int] {
        let large = max(1, total / 100)
        // Always one 50- and one 100-item case as well, for the items scaling rows.
        return (0..<large).map { _ in 200 } + [100, 50]
    }

    func text(_ words: Int, _ rng: inout SeededGenerator) -> String {
        (0..<words).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ") + "."
    }

    /// Returns the references of the large cases, the 200-item ones first, then the 100- and 50-item ones.
    func generate() throws -> [(CaseReference, Int)] {
        let store = try CaseStore(root: root)
        let workspace = Workspace(store: store, user: "fictional-generator")
        let template = try workspace.templates().defaultTemplate
        let settings = try workspace.settings()
        var rng = SeededGenerator(seed: seed)
        var used = Set<String>()
        let largeCounts = Self.largeItemCounts(total: count)
        var large: [(CaseReference, Int)] = []
        let base = Timestamp(secondsSinceEpoch: 1_767_600_000)  // early January 2026
        let items = template.allItems
        for index in 0..<(count) {
            var reference = CaseReference.random(using: &rng)
            while used.contains(reference.rawValue) { reference = CaseReference.random(using: &rng) }
            used.insert(reference.rawValue)
            let itemCount: Int? = index < largeCounts.count ? largeCounts[index] : nil
            // Large cases are the newest, so they head the list sorted by last change; the first is newest.
            let updated = itemCount != nil
                ? Timestamp(secondsSinceEpoch: base.secondsSinceEpoch + 40_000_000 - Int64(index) * 60)
                : Timestamp(secondsSinceEpoch: base.secondsSinceEpoch + Int64.random(in: 0...30_000_000, using: &rng))
            let received = LocalDate(year: 2026, month: 1, day: 5)!.adding(days: Int.random(in: 0...300, using: &rng))
            var record = CaseRecord(
                reference: reference,
                subject: Subject(name: "\(Self.given.randomElement(using: &rng)!) \(Self.family.randomElement(using: &rng)!)",
                                 dateOfBirth: received.adding(days: -Int.random(in: 3000...9000, using: &rng))),
                lead: "practitioner-\(Int.random(in: 1...6, using: &rng))",
                referral: Referral(reason: "Fictional referral: " + text(20, &rng), receivedOn: received,
                                   referrer: "Fictional referrer", referrerRole: "Designated safeguarding lead"),
                templateID: template.id, templateVersion: template.version, createdAt: base, createdBy: "fictional-generator")
            record.status = [.newReferral, .assessing, .decided, .underReview].randomElement(using: &rng)!
            let headings = template.concernHeadings.map(\.id)
            let answerCount = itemCount.map { min($0, items.count) } ?? Int.random(in: 0...10, using: &rng)
            let logCount = itemCount.map { max(0, $0 - answerCount) } ?? Int.random(in: 0...4, using: &rng)
            let noteWords = itemCount != nil ? 220 : 15
            for item in items.prefix(answerCount) {
                record.answers[item.id] = ItemAnswer(
                    status: item.kind == .rated ? [.noConcern, .someConcern, .significantConcern, .unknown].randomElement(using: &rng)! : .notAssessed,
                    note: text(noteWords, &rng), source: "Fictional source", observedOn: received, basis: .fact,
                    scale: item.kind == .scale ? Int.random(in: 0...10, using: &rng) : nil)
            }
            let logWords = itemCount != nil ? 70 : 8
            let concerns = logCount * 7 / 10, strengths = (logCount - concerns) / 2, actions = logCount - concerns - strengths
            record.concerns = (0..<concerns).map { i in
                Concern(id: i + 1, what: text(logWords, &rng), observedOn: received, source: "Fictional source",
                        heading: headings.randomElement(using: &rng) ?? "engagement", nature: .behaviour,
                        severity: ConcernSeverity.allCases.randomElement(using: &rng)!, recordedAt: updated,
                        recordedBy: "fictional-generator")
            }
            record.strengths = (0..<strengths).map { i in
                Strength(id: i + 1, what: text(logWords, &rng), source: "Fictional source", observedOn: received,
                         recordedAt: updated, recordedBy: "fictional-generator")
            }
            record.actions = (0..<actions).map { i in
                CaseAction(id: i + 1, what: text(logWords / 2, &rng), owner: "practitioner-1", due: received.adding(days: 30))
            }
            if record.status == .decided || record.status == .underReview {
                let threshold = settings.thresholds.randomElement(using: &rng)!
                let route = settings.routes.randomElement(using: &rng)!
                record.decision = Decision(threshold: threshold.id, route: route.id, rationale: "Fictional rationale. " + text(20, &rng),
                                           decidedBy: "practitioner-1", decidedOn: received.adding(days: 14),
                                           reviewOn: received.adding(days: 100))
            }
            // History: case opened, then one entry per change (40 for a large case).
            let historyCount = itemCount != nil ? 40 : 2
            record.history = [HistoryEntry(revision: 1, at: base, by: "fictional-generator", summary: "Case opened", changes: [])]
            for revision in 2...historyCount {
                let item = items[revision % items.count]
                record.history.append(HistoryEntry(
                    revision: revision, at: Timestamp(secondsSinceEpoch: base.secondsSinceEpoch + Int64(revision) * 600),
                    by: "fictional-generator", summary: "\(item.title): evidence",
                    changes: [FieldChange(path: ["answers", item.id, "note"], old: .string(text(noteWords / 4, &rng)),
                                          new: .string(text(noteWords / 4, &rng)))]))
            }
            record.revision = historyCount
            record.updatedAt = updated
            record.updatedBy = "fictional-generator"
            let data = try CaseCodec.encode(record)
            let path = store.path(for: reference)
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw CaseworkError.invalidArgument("could not write \(path)")
            }
            if let itemCount { large.append((reference, itemCount)) }
        }
        return large
    }
}
