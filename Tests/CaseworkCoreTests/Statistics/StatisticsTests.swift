import CaseworkCore
import Foundation
import Testing

/// `casework stats` over 200+ generated fictional cases: small counts never shown, no free text, and CSV
/// that no spreadsheet would run as a formula.
@Suite struct StatisticsTests {
    static func generatedStore(count: Int) throws -> (TemporaryStore, [CaseRecord]) {
        let temp = try TemporaryStore()
        let factory = FictionalCaseFactory(store: temp.store, template: SummaryFixtures.template, settings: SummaryFixtures.settings)
        let references = try factory.generate(count: count, seed: 7)
        let records = try references.map { try temp.store.load($0) }
        return (temp, records)
    }

    /// Splits RFC 4180 CSV into rows of cells.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(cell); cell = ""
            } else if c == "\r\n" || c == "\n" { row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.append(c) }
            i += 1
        }
        chars.removeAll()
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    @Test func statsOverTwoHundredCasesSuppressSmallCountsAndMakeSafeCSV() throws {
        let (temp, records) = try Self.generatedStore(count: 210)
        _ = temp
        #expect(records.count == 210)
        let stats = CaseStatistics(records: records, settings: SummaryFixtures.settings, templates: SummaryFixtures.templates)
        let threshold = SummaryFixtures.settings.statistics.suppressBelow
        #expect(stats.totalCases == 210)
        #expect(stats.tables.map(\.title).count == 5)
        for table in stats.tables {
            for row in table.rows { if let count = row.count { #expect(count >= threshold, "\(table.title) / \(row.label)") } }
        }
        // Partitioning tables add up to the total where nothing is hidden.
        for table in stats.tables where table.title != "Cases with a concern under each heading" && !table.rows.contains(where: { $0.count == nil }) {
            #expect(table.rows.compactMap(\.count).reduce(0, +) == 210, "\(table.title)")
        }

        let screen = StatisticsRenderer.table(stats)
        for line in screen.split(separator: "\n").dropFirst(2) {
            guard let last = line.split(separator: " ").last, let number = Int(last) else { continue }
            #expect(number >= threshold, "screen line '\(line)' shows a small count")
        }
        #expect(screen.contains("Threshold decision"))

        let csv = StatisticsRenderer.csv(stats)
        let rows = Self.parseCSV(csv)
        #expect(rows.first == ["table", "category", "cases"])
        for row in rows {
            #expect(row.count == 3)
            for cell in row {
                if let first = cell.first { #expect(!"=+-@\t\r".contains(first), "formula-like cell '\(cell)'") }
            }
            if let count = Int(row[2]) { #expect(count >= threshold) }
        }
        // No names, references, free text or dates reach the output.
        for record in records.prefix(20) {
            #expect(!csv.contains(record.reference.rawValue) && !screen.contains(record.reference.rawValue))
            #expect(!csv.contains(record.subject.name) && !screen.contains(record.subject.name))
        }
        #expect(!csv.contains("Fictional concern") && !csv.contains("fictional scenario") && !csv.contains("2026-"))
    }

    @Test func aSmallStoreShowsNoCountsAtAll() throws {
        let (_, records) = try Self.generatedStore(count: 4)
        let stats = CaseStatistics(records: records, settings: SummaryFixtures.settings, templates: SummaryFixtures.templates)
        #expect(stats.totalCases == nil)
        #expect(stats.tables.allSatisfy { $0.rows.allSatisfy { $0.count == nil } })
        #expect(StatisticsRenderer.table(stats).contains("fewer than 5 cases"))
    }

    @Test func aLoneSuppressedCellIsProtectedBySecondarySuppression() {
        let rows = CaseStatistics.suppress([("A", 10), ("B", 3), ("C", 7), ("D", 0)], below: 5, partitionsTotal: true)
        #expect(rows.map(\.count) == [10, nil, nil, nil])
        let zeroOnly = CaseStatistics.suppress([("A", 10), ("B", 0), ("C", 7)], below: 5, partitionsTotal: true)
        #expect(zeroOnly.map(\.count) == [10, nil, 7])
        let headings = CaseStatistics.suppress([("A", 10), ("B", 3), ("C", 7)], below: 5, partitionsTotal: false)
        #expect(headings.map(\.count) == [10, nil, 7])
    }

    @Test func csvCellsAreGuardedAndQuoted() {
        #expect(CSVField.escape("=1+1") == "'=1+1")
        #expect(CSVField.escape("+44 1632") == "'+44 1632")
        #expect(CSVField.escape("-5") == "'-5")
        #expect(CSVField.escape("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVField.escape("\tx") == "'\tx")
        #expect(CSVField.escape("\rx") == "\"'\rx\"")
        #expect(CSVField.escape("a,b") == "\"a,b\"")
        #expect(CSVField.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.escape("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVField.escape("Early help") == "Early help")
    }

    @Test func hostileLabelsFromSettingsAreGuarded() throws {
        var settings = SummaryFixtures.settings
        settings.thresholds[0].name = "=cmd|' /C calc'!A0"
        let (_, records) = try Self.generatedStore(count: 30)
        let csv = StatisticsRenderer.csv(CaseStatistics(records: records, settings: settings, templates: SummaryFixtures.templates))
        #expect(csv.contains("Threshold decision,'=cmd|' /C calc'!A0,"))
        for row in Self.parseCSV(csv) { for cell in row { #expect(cell.first != "=") } }
    }
}
