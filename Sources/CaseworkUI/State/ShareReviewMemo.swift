import CaseworkCore
import Synchronization

/// Remembers the share review's rows, so a key press or a letter typed into a reason does not build the
/// recipient's summary four more times (the preview, the two `ShareCandidates` builds, `NameHits`): on
/// the largest case each build takes several milliseconds.
///
/// A cache, not state: two AppStates are equal whatever their memos hold, and it answers only when
/// everything the rows depend on (the case, the recipient, the entries changed, the clock) is exactly
/// what they were computed from.
public final class ShareReviewMemo: Hashable, @unchecked Sendable {
    private struct Key: Equatable {
        var record: CaseRecord
        var template: String
        var recipient: String
        var entryChoices: [EntryChoice]
        var now: Timestamp
    }

    private let memo = Mutex<(key: Key?, value: [ShareReviewTarget])>((nil, []))

    public init() {}

    func targets(record: CaseRecord, template: ChecklistTemplate, recipient: String, entryChoices: [EntryChoice], now: Timestamp,
                 compute: () -> [ShareReviewTarget]) -> [ShareReviewTarget] {
        let wanted = Key(record: record, template: "\(template.id)@\(template.version)", recipient: recipient, entryChoices: entryChoices, now: now)
        if let cached = memo.withLock({ $0.key == wanted ? $0.value : nil }) { return cached }
        let computed = compute()
        memo.withLock { $0 = (wanted, computed) }
        return computed
    }

    public static func == (lhs: ShareReviewMemo, rhs: ShareReviewMemo) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
