import CaseworkCore
import Foundation

/// Builds a `TrainingScenario` into a store through the real `CaseStore`, with a clock set to each step's
/// time, so the history in a training case is what the store itself wrote.
enum TrainingCaseBuilder {
    /// The clock the store reads; the builder moves it to each step's time before saving.
    final class ScriptClock: @unchecked Sendable {
        private let lock = NSLock()
        private var current: Timestamp

        init(_ start: Timestamp) { current = start }

        func set(_ time: Timestamp) {
            lock.lock()
            defer { lock.unlock() }
            current = time
        }

        func now() -> Timestamp {
            lock.lock()
            defer { lock.unlock() }
            return current
        }
    }

    /// Builds every scenario into a store at `root` and returns the finished records.
    static func buildAll(into root: String) throws -> [CaseRecord] {
        let template = try TemplateValidator.load(file: try BundledResources.defaultTemplatePath())
        return try TrainingScenario.all.map { try build($0, into: root, template: template) }
    }

    static func build(_ scenario: TrainingScenario, into root: String, template: ChecklistTemplate) throws -> CaseRecord {
        let opened = TrainingScenario.time(scenario.openedAt)
        let clock = ScriptClock(opened)
        let store = try CaseStore(root: root, now: { clock.now() })
        guard let reference = CaseReference(scenario.reference) else {
            throw CaseworkError.invalidArgument("\(scenario.reference) is not a case reference")
        }
        // Revision 1 exactly as `CaseStore.create` writes it, but with the training reference rather than a
        // random one, so trainers' notes and handouts can name the case.
        var record = CaseRecord(
            reference: reference, subject: scenario.subject, lead: scenario.lead, referral: scenario.referral,
            templateID: template.id, templateVersion: template.version, createdAt: opened, createdBy: scenario.openedBy)
        record.revision = 1
        record.history = [HistoryEntry(revision: 1, at: opened, by: scenario.openedBy, summary: "Case opened", changes: [])]
        try store.files.write(try CaseCodec.encode(record), to: store.path(for: reference))
        for step in scenario.steps {
            clock.set(TrainingScenario.time(step.at))
            try store.update(reference, by: step.by, summary: step.summary, step.change)
        }
        return try store.load(reference)
    }
}
