/// The part of a template that applies to one person: what is for children is left out for an adult
/// (parenting capacity), and what is for adults (care and support needs, mental capacity) for a child,
/// by the person's age on the referral date. The checklist, its progress, `show` and summaries all work
/// on this part, so an adult's progress never counts parenting items.
///
/// Never hides what was written: an item with an answer stays, whoever it is for. The practitioner can
/// choose to include everything (`CaseRecord.allItemsIncluded`, set by `casework scope`), and when no age
/// is recorded everything is included.
public enum ChecklistScope {
    public static func template(_ template: ChecklistTemplate, for record: CaseRecord) -> ChecklistTemplate {
        guard record.allItemsIncluded != true, let group = AgeGroup.of(record) else { return template }
        var scoped = template
        scoped.sections = template.sections.compactMap { section in
            var kept = section
            kept.items = section.items.filter { item in
                template.audience(ofItem: item.id).includes(group) || (record.answers[item.id]?.isAnswered ?? false)
            }
            return kept.items.isEmpty ? nil : kept
        }
        return scoped
    }

    /// How many items of the full template are left out for this person, for a sentence saying so.
    public static func leftOut(_ template: ChecklistTemplate, for record: CaseRecord) -> Int {
        template.allItems.count - Self.template(template, for: record).allItems.count
    }
}
