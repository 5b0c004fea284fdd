import Foundation
import Testing
@testable import CaseworkCore

/// The fast paths added for the performance targets give exactly what the slower code they replace gave.
@Suite("Performance paths")
struct PerformancePathTests {
    /// The history diff as it was before the fast path: both whole records through JSON.
    static func wholeRecordChanges(from old: CaseRecord, to new: CaseRecord) throws -> [FieldChange] {
        var oldCopy = old, newCopy = new
        oldCopy.history = []
        newCopy.history = []
        var result: [FieldChange] = []
        CaseHistory.diff(try CaseCodec.jsonValue(of: oldCopy), try CaseCodec.jsonValue(of: newCopy), path: [], into: &result)
        return result
    }

    @Test func historyChangesEqualTheWholeRecordDiff() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        var base = try Fixtures.newCase(in: store)
        let at = Timestamp(secondsSinceEpoch: 1_795_000_000)
        base.answers["intent.stated-wish"] = ItemAnswer(status: .someConcern, note: "one")
        base.answers["engagement.online"] = ItemAnswer(status: .noConcern, note: "two")
        base.concerns = (1...4).map {
            Concern(id: $0, what: "Fictional \($0)", observedOn: Fixtures.day, source: "s", heading: "intent",
                    nature: .behaviour, severity: .low, recordedAt: at, recordedBy: "a")
        }
        base.strengths = [Strength(id: 1, what: "Fictional strength", source: "s", observedOn: nil, recordedAt: at, recordedBy: "a")]
        base.actions = [CaseAction(id: 1, what: "Fictional action", owner: "o", due: nil)]
        let edits: [(inout CaseRecord) -> Void] = [
            { $0.answers["intent.stated-wish"]?.note += " more" },
            { $0.answers["engagement.online"] = nil },
            { $0.answers["capability.skills"] = ItemAnswer(status: .unknown) },
            { $0.concerns.append(Concern(id: 5, what: "New", observedOn: nil, source: "s", heading: "intent", nature: .belief,
                                         severity: .high, recordedAt: at, recordedBy: "b")) },
            { $0.concerns.removeLast(2) },
            { $0.concerns[1].severity = .high; $0.concerns[2].what = "Changed" },
            { $0.strengths = [] },
            { $0.actions[0].done = true; $0.status = .decided; $0.lead = "someone else" },
            { $0.concerns.remove(at: 0); $0.strengths.append($0.strengths[0]); $0.answers["intent.stated-wish"] = nil },
            { _ in },
        ]
        for (index, edit) in edits.enumerated() {
            var edited = base
            edit(&edited)
            let fast = try CaseHistory.changes(from: base, to: edited)
            let whole = try Self.wholeRecordChanges(from: base, to: edited)
            #expect(fast == whole, "edit \(index)")
        }
    }

    @Test func indexFileRoundTripsEveryField() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        var record = try Fixtures.newCase(in: store, name: "Tab\there\nNew\\line \u{202E}é 漢字")
        record.lead = "lead\twith tab"
        record.decision = Decision(threshold: "early-help", route: "channel", rationale: "r", decidedBy: "x",
                                   decidedOn: Fixtures.day, reviewOn: Fixtures.day.adding(days: 30))
        var listing = CaseListing(record: record)
        var unreadable = CaseListing(unreadable: CaseReference("KTR-4827")!, problem: "it is not valid JSON\t(line 1)\nat \\")
        unreadable.lead = ""
        listing.threshold = nil
        let entries = [CaseIndex.Entry(listing: listing, size: 123, modifiedNanoseconds: 1_795_000_000_123_456_789),
                       CaseIndex.Entry(listing: unreadable, size: 0, modifiedNanoseconds: -5)]
        let decoded = CaseIndexFile.decodeEntries(CaseIndexFile.encode(entries))
        #expect(decoded.map(\.listing) == entries.map(\.listing))
        #expect(decoded.map(\.size) == [123, 0])
        #expect(decoded.map(\.modifiedNanoseconds) == [1_795_000_000_123_456_789, -5])
        #expect(CaseIndexFile.decode(Data("casework-index\t1\nKTR-4827\t1\n".utf8)).isEmpty, "another format is ignored")
        var broken = CaseIndexFile.encode(entries)
        broken.append(contentsOf: Data("BAD-LINE\t1\t2\n".utf8))
        #expect(CaseIndexFile.decodeEntries(broken).count == 2, "a line that does not parse is dropped")
    }

    @Test func listFromIndexMatchesTheCheckedList() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        for index in 0..<4 { _ = try Fixtures.newCase(in: store, name: "Person \(index) Example") }
        #expect(store.listFromIndex().isEmpty, "no index yet")
        let checked = store.list()
        #expect(store.listFromIndex() == checked)
        #expect(store.references() == checked.map(\.reference))
    }

    /// The first screen may show the index as it was; the check right after it sees every change.
    @Test func aStaleIndexIsCaughtByTheCheckedList() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let first = try Fixtures.newCase(in: store, name: "Person One Example")
        let second = try Fixtures.newCase(in: store, name: "Person Two Example")
        _ = store.list()
        try store.update(first.reference, by: Fixtures.user, summary: "answer") {
            $0.answers["intent.stated-wish"] = ItemAnswer(status: .someConcern, note: "x")
        }
        try store.delete(second.reference)
        let third = try Fixtures.newCase(in: store, name: "Person Three Example")
        #expect(Set(store.listFromIndex().map(\.reference)) == [first.reference, second.reference], "as indexed")
        let checked = store.list()
        #expect(Set(checked.map(\.reference)) == [first.reference, third.reference])
        #expect(checked.first { $0.reference == first.reference }?.answeredItems == 1)
        #expect(store.listFromIndex() == checked, "and the index is written back")
    }

    @Test func storedReferencesAreCheckedLikeTypedOnes() {
        #expect(CaseReference(stored: "KTR-4827")?.rawValue == "KTR-4827")
        for bad in ["ktr-4827", "KTR4827", "KTA-4827", "KTR-482X", "KTR-48270", "", "KTR-482"] {
            #expect(CaseReference(stored: bad) == nil, "\(bad)")
        }
    }

    @Test func wrapAndWidthFastPathsAgreeWithTheCharacterWalk() {
        for text in ["plain words here that wrap at some width or other", "a\r\nb c", "tab\there", "x\u{7}y",
                     "  leading and  double  spaces ", "verylongwordthatdoesnotfitanywhereatall", "é à ü", ""] {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
            for width in [3, 7, 20] {
                let lines = WordWrap.lines(text, width: width)
                let slow = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
                    WordWrap.wrapParagraph(String(paragraph), width: width)
                }
                #expect(lines == slow, "\(text) at \(width)")
            }
        }
    }
}
