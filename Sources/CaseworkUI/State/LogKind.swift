/// The lists of a case that are edited the same way.
public enum LogKind: String, Hashable, Sendable, CaseIterable {
    case concerns, strengths, agencies, actions

    public var screen: Screen {
        switch self {
        case .concerns: .concerns
        case .strengths: .strengths
        case .agencies: .agencies
        case .actions: .actions
        }
    }

    /// "an agency", not "a agency", in a form's heading.
    public var withArticle: String { (singular.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + singular }

    public var singular: String {
        switch self {
        case .concerns: "concern"
        case .strengths: "strength"
        case .agencies: "agency"
        case .actions: "action"
        }
    }
}
