import CaseworkCore
import CaseworkUI
import SnapshotTesting
import Testing

/// The share review and the overview's sharing log, drawn at 80x24 and 120x40 and compared with the
/// committed text in __Snapshots__ (record with SNAPSHOT_TESTING_RECORD=failed, then read them).
@Suite(.serialized) struct ShareReviewSnapshotTests {
    func snap(_ name: String, sizes: [Size] = [Fixtures.small, Fixtures.large],
              fileID: StaticString = #fileID, file: StaticString = #filePath, testName: String = #function,
              line: UInt = #line, column: UInt = #column, _ build: (Size) -> AppState) {
        for size in sizes {
            var state = build(size)
            _ = update(&state, .resize(size))
            let grid = view(state, size: size)
            assertSnapshot(of: grid.text, as: .lines, named: "\(name)-\(size.columns)x\(size.rows)",
                           fileID: fileID, file: file, testName: testName, line: line, column: column)
        }
    }

    static func reviewing(_ size: Size) -> AppState {
        var state = Fixtures.openState(size: size, record: ShareReviewUpdateTests.record())
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "police")
        Fixtures.press(&state, .char("S"))
        return state
    }

    /// The first row of the names found.
    static func firstName(_ state: AppState) -> Int {
        state.shareReviewTargets.firstIndex { if case .name = $0 { true } else { false } } ?? 0
    }

    @Test func theShareReview() {
        snap("share-review") { Self.reviewing($0) }
        snap("share-review-names") { size in
            var state = Self.reviewing(size)
            Fixtures.press(&state, .end)
            return state
        }
        snap("share-review-reason", sizes: [Fixtures.small]) { size in
            var state = Self.reviewing(size)
            for _ in 0..<Self.firstName(state) { Fixtures.press(&state, .down) }
            Fixtures.press(&state, .char(" "))
            _ = Fixtures.type(&state, "The police know her as the contact")
            return state
        }
        snap("share-review-changed", sizes: [Fixtures.small]) { size in
            var state = Self.reviewing(size)
            Fixtures.press(&state, .down, .char(" "))
            _ = Fixtures.type(&state, "Already with the police")
            Fixtures.press(&state, .enter)
            return state
        }
    }

    @Test func theOverviewWithASharingLog() {
        snap("overview-sharing-log") { size in
            var record = Fixtures.record()
            let decision = ShareDecision(
                purpose: "Prevent referral", article6: "public-task", article6Label: "UK GDPR Article 6(1)(e) public task",
                told: false, notToldReason: "It would put the mother at risk", entries: ["concern:1", "answer:engagement.us-and-them", "action:1"])
            record.sharing = [
                SharingRecord(id: 1, recipient: "school", shared: true, what: "Summary (md)", why: "Attendance plan",
                              at: Fixtures.now.adding(seconds: -86_400 * 3), by: "jsmith", consent: nil, caseRevision: 4,
                              decision: ShareDecision(purpose: "Attendance plan", article6: "public-task",
                                                      article6Label: "UK GDPR Article 6(1)(e) public task", told: true,
                                                      entries: ["strength:1", "action:1"])),
                SharingRecord(id: 2, recipient: "health", shared: false, what: "Decided not to share", why: "GP not involved",
                              at: Fixtures.now.adding(seconds: -86_400 * 2), by: "jsmith", consent: nil, caseRevision: 5),
                SharingRecord(id: 3, recipient: "police", shared: true, what: "Summary (md)", why: "Prevent referral",
                              at: Fixtures.now.adding(seconds: -3600), by: "jsmith", consent: nil, caseRevision: 6, decision: decision),
            ]
            return Fixtures.openState(size: size, record: record)
        }
    }
}
