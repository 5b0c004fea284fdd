/// Finds the special category data in a built summary, to mark it for the reader and to name it in the
/// warning the practitioner sees before sharing.
public enum SummarySpecialCategoryScan {
    public static func notice(for summary: Summary) -> Summary.SpecialCategoryNotice? {
        var fields: [String] = []
        var categories = Set<String>()
        func note(_ field: String, _ labels: [String]?) {
            guard let labels, !labels.isEmpty else { return }
            categories.formUnion(labels)
            if !fields.contains(field) { fields.append(field) }
        }
        for item in summary.referral?.details ?? [] { note("Referral: \(item.title)", item.specialCategories) }
        for item in summary.referrer?.details ?? [] { note("Referrer: \(item.title)", item.specialCategories) }
        for group in summary.concerns ?? [] { note("Concerns: \(group.title)", group.specialCategories) }
        for section in summary.assessment ?? [] {
            for item in section.items { note("Assessment: \(item.title)", item.specialCategories) }
        }
        for item in summary.strengths?.assessed ?? [] { note("Strengths: \(item.title)", item.specialCategories) }
        for item in summary.unknowns?.items ?? [] { note("Still unknown: \(item.title)", item.specialCategories) }
        guard !fields.isEmpty else { return nil }
        return Summary.SpecialCategoryNotice(categories: categories.sorted(), fields: fields)
    }
}
