import Foundation
import Testing
@testable import CaseworkCore

@Suite("Change history")
struct HistoryTests {
    @Test func historyRecreatesEveryEarlierRevisionExactly() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        var snapshots: [CaseRecord] = [try Fixtures.newCase(in: store)]
        let reference = snapshots[0].reference
        let edits: [(String, (inout CaseRecord) -> Void)] = [
            ("answer", { $0.answers["intent.stated-wish"] = ItemAnswer(status: .someConcern, note: "Said he wanted 'payback'.", source: "Tutor", observedOn: Fixtures.day, basis: .fact) }),
            ("note", { $0.answers["intent.stated-wish"]!.note += " 日本語 too." }),
            ("concern", { $0.concerns.append(Concern(id: 1, what: "Shared a video", observedOn: nil, source: "School", heading: "intent", nature: .behaviour, severity: .high, recordedAt: Timestamp(secondsSinceEpoch: 5), recordedBy: "x")) }),
            ("second concern", { $0.concerns.append(Concern(id: 2, what: "Holds strong views", observedOn: nil, source: "Parent", heading: "engagement", nature: .belief, severity: .low, recordedAt: Timestamp(secondsSinceEpoch: 6), recordedBy: "x")) }),
            ("remove first", { $0.concerns.removeFirst() }),
            ("clear answer", { $0.answers.removeValue(forKey: "intent.stated-wish") }),
            ("decide", { $0.decision = Decision(threshold: "early-help", route: "channel", rationale: "r", decidedBy: "m", decidedOn: Fixtures.day, reviewOn: nil); $0.status = .decided }),
            ("rename", { $0.subject.name = "Rowan A. Ashdown"; $0.subject.dateOfBirth = nil; $0.subject.approximateAge = 15 }),
        ]
        for (summary, edit) in edits {
            snapshots.append(try store.update(reference, by: Fixtures.user, summary: summary, edit))
        }
        let current = try store.load(reference)
        #expect(current.revision == edits.count + 1)
        for snapshot in snapshots {
            #expect(try CaseHistory.record(current, atRevision: snapshot.revision) == snapshot)
        }
        #expect(current.history.map(\.summary) == ["Case opened"] + edits.map(\.0))
        #expect(current.history[1].changes.contains { $0.path == ["answers", "intent.stated-wish"] })
    }

    @Test func askingForAMissingRevisionIsAnError() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let record = try Fixtures.newCase(in: store)
        #expect(throws: CaseworkError.self) { try CaseHistory.record(record, atRevision: 5) }
    }
}
