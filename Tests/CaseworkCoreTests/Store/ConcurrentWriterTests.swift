import Foundation
import Testing
@testable import CaseworkCore

/// Two writers on one case, each with its own store object and lock file descriptor (flock locks belong
/// to the open file, so threads exclude each other just as processes do).
@Suite("Concurrent writers")
struct ConcurrentWriterTests {
    @Test func lockedUpdatesKeepEveryChange() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let reference = try Fixtures.newCase(in: store).reference
        let root = store.root
        let perWriter = 150
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            let own = try! CaseStore(root: root)
            for index in 0..<perWriter {
                try! own.update(reference, by: "writer\(writer)", summary: "add") { record in
                    let id = (record.concerns.map(\.id).max() ?? 0) + 1
                    record.concerns.append(Concern(id: id, what: "w\(writer)-\(index)", observedOn: nil, source: "", heading: "intent", nature: .behaviour, severity: .low, recordedAt: Timestamp(secondsSinceEpoch: 0), recordedBy: "w"))
                }
            }
        }
        let final = try store.load(reference)
        #expect(final.concerns.count == 2 * perWriter)
        #expect(final.revision == 1 + 2 * perWriter)
        #expect(Set(final.concerns.map(\.what)).count == 2 * perWriter)
    }

    @Test func revisionCheckedSavesEitherLandOrReportAConflict() throws {
        let folder = TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let reference = try Fixtures.newCase(in: store).reference
        let root = store.root
        let landed = Counter(), conflicts = Counter()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            let own = try! CaseStore(root: root)
            for index in 0..<150 {
                let opened = try! own.load(reference)
                var edited = opened
                edited.strengths.append(Strength(id: edited.strengths.count + 1, what: "w\(writer)-\(index)", source: "", observedOn: nil, recordedAt: Timestamp(secondsSinceEpoch: 0), recordedBy: "w"))
                do {
                    _ = try own.save(edited, basedOn: opened.revision, by: "w\(writer)", summary: "strength")
                    landed.add()
                } catch CaseworkError.conflict {
                    conflicts.add()
                } catch {
                    Issue.record("unexpected \(error)")
                }
            }
        }
        let final = try store.load(reference)
        #expect(landed.value + conflicts.value == 300)
        #expect(final.strengths.count == landed.value, "every save that reported success is in the file; none silently lost")
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
