/// Moves a case from the template version it was assessed on to a newer one through a checked mapping:
/// each answer lands on its new item or is kept as a retired answer. Nothing is dropped.
public enum TemplateMigration {
    /// What a migration did, for the history sentence and the command's report.
    public struct Outcome: Hashable, Sendable {
        public var record: CaseRecord
        public var moved: Int
        public var retired: Int

        /// "Moved to template casework-standard 2.0.0: 40 answers moved, 3 kept as retired".
        public var summary: String {
            "Moved to template \(record.templateID) \(record.templateVersion): \(moved) answer\(moved == 1 ? "" : "s") moved, \(retired) kept as retired"
        }
    }

    public static func migrate(
        _ record: CaseRecord, from old: ChecklistTemplate, to new: ChecklistTemplate, mapping: TemplateMapping
    ) throws -> Outcome {
        guard record.templateID == old.id, record.templateVersion == old.version else {
            throw CaseworkError.invalidArgument(
                "Case \(record.reference) is on \(record.templateID) \(record.templateVersion), not \(old.id) \(old.version); nothing was changed.")
        }
        var migrated = record
        migrated.templateVersion = new.version
        migrated.answers = [:]
        var retired = record.retiredAnswers ?? []
        var moved = 0, retiredCount = 0
        for itemID in record.answers.keys.sorted() {
            let answer = record.answers[itemID]!
            if let target = mapping.target(of: itemID), new.item(id: target) != nil {
                migrated.answers[target] = answer
                moved += 1
            } else {
                // An answer the old version no longer has an item for is kept too, under its own id.
                let item = old.item(id: itemID) ?? TemplateItem(
                    id: itemID, title: itemID, question: "", kind: answer.scale != nil ? .scale : .rated,
                    guidance: ItemGuidance(lookFor: "", whyItMatters: ""))
                let entry = RetiredAnswer(
                    templateID: old.id, templateVersion: old.version, item: item,
                    statusLabel: old.label(for: answer.status, item: itemID), answer: answer)
                retired.removeAll { $0.id == entry.id }
                retired.append(entry)
                retiredCount += 1
            }
        }
        migrated.retiredAnswers = retired.isEmpty ? nil : retired
        return Outcome(record: migrated, moved: moved, retired: retiredCount)
    }
}
