/// Where a case stands in its life.
public enum CaseStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case newReferral = "new-referral"
    case assessing
    case decided
    case underReview = "under-review"
    case closed

    public var label: String {
        switch self {
        case .newReferral: "New referral"
        case .assessing: "Assessing"
        case .decided: "Decided"
        case .underReview: "Under review"
        case .closed: "Closed"
        }
    }
}
