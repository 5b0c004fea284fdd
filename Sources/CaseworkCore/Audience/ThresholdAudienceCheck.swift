/// Refuses a threshold level that cannot apply to the person's age on the referral date: a child
/// protection enquiry for a 36-year-old, a Care Act enquiry for a 12-year-old.
public enum ThresholdAudienceCheck {
    /// nil when the level applies (or the person's age is not recorded); else the sentence to show.
    public static func refusal(_ level: ThresholdLevel, for record: CaseRecord, in settings: AuthoritySettings) -> String? {
        guard let group = AgeGroup.of(record), !level.appliesTo.includes(group) else { return nil }
        let age = record.subject.age(on: record.referral.receivedOn).map { "\($0)" } ?? "?"
        let fitting = settings.thresholds.filter { $0.appliesTo.includes(group) }.map(\.id)
        return "Threshold '\(level.id)' is for \(level.appliesTo.rawValue), but the person was \(age) on the referral date (\(group.phrase)); use one of: \(fitting.joined(separator: ", "))."
    }
}
