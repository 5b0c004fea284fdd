/// Whether the person was a child (under 18) or an adult on the date that decides which rules apply:
/// the referral date. Unknown when neither a date of birth nor an approximate age is recorded.
public enum AgeGroup: String, CaseIterable, Hashable, Sendable, Codable {
    case child
    case adult

    /// The age at which the adult duties replace the children's ones.
    public static let adultAge = 18

    public static func of(age: Int?) -> AgeGroup? {
        guard let age else { return nil }
        return age >= adultAge ? .adult : .child
    }

    /// The person's age group on the day the referral was received.
    public static func of(_ record: CaseRecord) -> AgeGroup? {
        of(age: record.subject.age(on: record.referral.receivedOn))
    }

    /// "a child" or "an adult", for sentences.
    public var phrase: String {
        switch self {
        case .child: "a child"
        case .adult: "an adult"
        }
    }
}
