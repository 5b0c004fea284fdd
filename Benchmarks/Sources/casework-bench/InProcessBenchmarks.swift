#if canImport(Glibc)
import Glibc
#endif
import CaseworkCore
import CaseworkUI
import Foundation

/// The in-process figures for one store: listing, startup state, keystrokes on the list, and on each
/// large case (by item count): open, save, summary and keystrokes in the checklist.
struct InProcessBenchmarks {
    let root: String

    var caseCount: Int { (try? FileManager.default.contentsOfDirectory(atPath: root + "/cases").count) ?? 0 }

    func run() throws {
        let store = try CaseStore(root: root)
        let workspace = Workspace(store: store, user: "bench")
        let n = store.references().count
        let tag = "cases=\(n)"
        let heavy = n >= 10_000

        // Listing: warm (index present and fresh) is what every start does; cold rebuilds the index.
        _ = store.list()
        try measure("list.warm \(tag)", iterations: heavy ? 30 : 100) { blackHole(store.list()) }
        try measure("list.cold \(tag)", iterations: heavy ? 3 : 10, warmup: 1,
                setup: { unlink(store.indexPath) }) { blackHole(store.list()) }
        _ = store.list()

        try measure("list.index-only \(tag)", iterations: heavy ? 30 : 100) { blackHole(store.listFromIndex()) }

        // Startup: settings, templates and the list from the index, then the first view (which sorts the
        // list by last change), as the workbench does before its first paint.
        try measure("startup.first-view \(tag)", iterations: heavy ? 30 : 100) {
            let fresh = Workspace(store: store, user: "bench")
            let runner = EffectRunner(workspace: fresh, host: "bench", pid: getpid())
            let state = try runner.initialState(size: Size(columns: 80, rows: 24), fromIndex: true)
            blackHole(view(state, size: state.size))
        }

        // A keystroke on the case list: update, the loop's "did anything change" check, view, diff.
        let runner = EffectRunner(workspace: workspace, host: "bench", pid: getpid())
        var listState = try runner.initialState(size: Size(columns: 80, rows: 24))
        listState.resumeOffer = nil
        try keystrokes("key.list.down \(tag)", state: listState, keys: [.down], reset: .home, every: 60)

        // Large cases: the references come from the LARGE lines the generator printed, kept beside the store.
        let largeFile = root + ".large"
        guard let listing = try? String(contentsOfFile: largeFile, encoding: .utf8) else { return }
        var seen = Set<Int>()
        for line in listing.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 3, let reference = CaseReference(String(parts[1])), let items = Int(parts[2]),
                  !seen.contains(items) else { continue }
            seen.insert(items)
            try largeCase(reference, items: items, store: store, workspace: workspace, tag: tag)
        }
    }

    func largeCase(_ reference: CaseReference, items: Int, store: CaseStore, workspace: Workspace, tag: String) throws {
        let caseTag = "items=\(items) \(tag)"
        let size = (try? FileManager.default.attributesOfItem(atPath: store.path(for: reference))[.size] as? Int) ?? 0
        print("INFO\tcase.bytes \(caseTag)\t\(size)")
        let template = try workspace.templates().defaultTemplate
        let settings = try workspace.settings()

        try measure("open.load \(caseTag)", iterations: 50) { blackHole(try store.load(reference)) }
        let runner = EffectRunner(workspace: workspace, host: "bench", pid: getpid())
        try measure("open.effect \(caseTag)", iterations: 50) {
            blackHole(runner.run(.openCase(reference)))
            blackHole(runner.run(.closeCase))
        }

        // A save as the workbench makes it: one note changed, lock, check the file is the one last read or
        // written (else re-read it), diff, encode, durable write. The file is put back afterwards, so that
        // every run measures the case as generated.
        let original = try Data(contentsOf: URL(fileURLWithPath: store.path(for: reference)))
        defer { try? store.files.write(original, to: store.path(for: reference)) }
        /// Saves one changed note 40 times through `saver`, as the workbench does; returns the last record.
        func measureSaves(_ name: String, through saver: CaseStore, remember: Bool, item: String) throws -> CaseRecord {
            var current = try saver.load(reference, remember: remember)
            var counter = 0
            try measure("\(name) \(caseTag)", iterations: 40) {
                counter += 1
                var edited = current
                edited.answers[item, default: ItemAnswer()].note += " \(counter)"
                current = try saver.save(edited, basedOn: current.revision, by: "bench", summary: "Benchmark edit")
            }
            return current
        }
        // The same save when the file was replaced since it was read (another session saved): re-read and
        // decoded under the lock. A second store object remembers nothing.
        _ = try measureSaves("save.reread", through: try CaseStore(root: store.root), remember: false, item: template.allItems[4].id)
        let itemID = template.allItems[3].id
        let record = try measureSaves("save.full", through: store, remember: true, item: itemID)
        var edited = record
        edited.answers[itemID, default: ItemAnswer()].note += " more"
        try measure("save.diff \(caseTag)", iterations: 40) { blackHole(try CaseHistory.changes(from: record, to: edited)) }
        try measure("save.encode \(caseTag)", iterations: 40) { blackHole(try CaseCodec.encode(record)) }
        let bytes = try CaseCodec.encode(record)
        let scratch = root + "/bench-scratch.json"
        try measure("save.durable-write \(caseTag)", iterations: 40) { try store.files.write(bytes, to: scratch) }
        unlink(scratch)

        // The summary for the recipient who receives the most, built and rendered as text.
        let profile = settings.recipients.max { $0.receives.count < $1.receives.count }!
        try measure("summary \(caseTag)", iterations: 40) {
            let summary = SummaryGenerator(record: record, template: template, settings: settings, profile: profile,
                                           now: Timestamp.now(), user: "bench").build()
            blackHole(SummaryRenderer.render(summary, as: .text))
        }

        // Keystrokes on the checklist of this case: moving between items, and typing into the note.
        var state = try runner.initialState(size: Size(columns: 80, rows: 24))
        state.resumeOffer = nil
        for event in runner.run(.openCase(reference)) { runner.perform(update(&state, event), on: &state) }
        state.screen = .checklist
        state.stack = [.caseList, .overview]
        try keystrokes("key.checklist.down \(caseTag)", state: state, keys: [.down], reset: .home, every: 60)
        var typing = state
        _ = update(&typing, .key(.enter))
        try keystrokes("key.checklist.type \(caseTag)", state: typing, keys: [.char("a"), .char("b"), .backspace, .char(" ")],
                   reset: nil, every: 0)
        _ = runner.run(.closeCase)
    }

    /// Each sample: the update for one key, the loop's check whether anything changed, the view, and the
    /// diff against the grid on screen, as in Workbench.run.
    func keystrokes(_ name: String, state start: AppState, keys: [Key], reset: Key?, every: Int) throws {
        var state = start
        var drawnState = state
        var grid = view(state, size: state.size)
        var step = 0
        try measure(name, iterations: 1000, warmup: 20) {
            step += 1
            let key: Key = (reset != nil && every > 0 && step % every == 0) ? reset! : keys[step % keys.count]
            let effects = update(&state, .key(key))
            blackHole(effects)
            if state != drawnState {
                let next = view(state, size: state.size)
                blackHole(GridDiff.changes(from: grid, to: next))
                grid = next
                drawnState = state
            }
        }
    }
}
