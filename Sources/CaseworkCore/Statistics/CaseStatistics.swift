/// Anonymised counts for the authority's evidence base: by threshold, route, concern heading, outcome
/// and age band. No free text, names, references or dates: every label comes from the settings, the
/// template or a fixed list, so stored text never reaches the output.
///
/// Counts below `suppressBelow` (zero included) are never shown. Where a table's rows add up to the total,
/// a lone suppressed cell could be worked out by subtraction, so the next smallest cell is hidden too.
public struct CaseStatistics: Hashable, Sendable, Codable {
    public var suppressBelow: Int
    /// Nil when the total itself is below the threshold.
    public var totalCases: Int?
    public var tables: [StatisticsTable]

    public static let ageBands: [(String, ClosedRange<Int>)] = [
        ("Under 10", 0...9), ("10 to 13", 10...13), ("14 to 15", 14...15), ("16 to 17", 16...17),
        ("18 to 24", 18...24), ("25 and over", 25...200),
    ]

    public init(records: [CaseRecord], settings: AuthoritySettings, templates: TemplateLibrary) {
        let threshold = settings.statistics.suppressBelow
        suppressBelow = threshold
        totalCases = records.count >= threshold ? records.count : nil
        let noDecision = "No decision yet"
        let other = "Other"

        func count(_ labels: [String], extra: [String], partitions: Bool, _ key: (CaseRecord) -> [String]) -> [StatisticsTable.Row] {
            var counts: [String: Int] = [:]
            for record in records { for label in Set(key(record)) { counts[label, default: 0] += 1 } }
            var order = labels + extra
            for label in counts.keys.sorted() where !order.contains(label) { order.append(label) }
            let raw = order.map { ($0, counts[$0] ?? 0) }
            return CaseStatistics.suppress(raw, below: threshold, partitionsTotal: partitions)
        }

        let thresholdNames = settings.thresholds.map(\.name)
        let byThreshold = count(thresholdNames, extra: [noDecision], partitions: true) { record in
            guard let id = record.decision?.threshold else { return [noDecision] }
            return [settings.threshold(id: id)?.name ?? other]
        }
        let byRoute = count(settings.routes.map(\.name), extra: [noDecision], partitions: true) { record in
            guard let id = record.decision?.route else { return [noDecision] }
            return [settings.route(id: id)?.name ?? other]
        }
        let defaultHeadings = templates.defaultTemplate.concernHeadings.map(\.title)
        let byHeading = count(defaultHeadings, extra: [], partitions: false) { record in
            let template = (try? templates.template(for: record)) ?? templates.template(id: record.templateID)
            // A belief on its own is not a concern, so it is not counted as one.
            return record.concerns.filter { !$0.isBeliefOnly }.map { concern in template?.section(id: concern.heading)?.title ?? other }
        }
        let byOutcome = count(CaseStatus.allCases.map(\.label), extra: [], partitions: true) { [$0.status.label] }
        let byAge = count(CaseStatistics.ageBands.map(\.0), extra: ["Not known"], partitions: true) { record in
            guard let age = record.subject.age(on: record.referral.receivedOn) else { return ["Not known"] }
            return [CaseStatistics.ageBands.first { $0.1.contains(age) }?.0 ?? "Not known"]
        }
        tables = [
            StatisticsTable(title: "Threshold decision", rows: byThreshold),
            StatisticsTable(title: "Route", rows: byRoute),
            StatisticsTable(title: "Cases with a concern under each heading", rows: byHeading),
            StatisticsTable(title: "Outcome (where the case stands)", rows: byOutcome),
            StatisticsTable(title: "Age band when referred", rows: byAge),
        ]
    }

    /// Hides counts below the threshold, and when rows add up to a shown total, never leaves exactly one
    /// hidden non-empty cell that subtraction would reveal.
    public static func suppress(_ raw: [(String, Int)], below threshold: Int, partitionsTotal: Bool) -> [StatisticsTable.Row] {
        var rows = raw.map { StatisticsTable.Row(label: $0.0, count: $0.1 >= threshold ? $0.1 : nil) }
        if partitionsTotal {
            let hiddenTotal = zip(raw, rows).filter { $0.1.count == nil }.map(\.0.1).reduce(0, +)
            // Hidden cells adding up to a small number would let subtraction give it away; hiding one more
            // cell (at least the threshold itself) stops that.
            if hiddenTotal > 0, hiddenTotal < threshold,
               let smallest = rows.indices.filter({ rows[$0].count != nil }).min(by: { raw[$0].1 < raw[$1].1 }) {
                rows[smallest].count = nil
            }
        }
        return rows
    }

    /// How a suppressed cell is written.
    public var suppressedMark: String { "<\(suppressBelow)" }
}
