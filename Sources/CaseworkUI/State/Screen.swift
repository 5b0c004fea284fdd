/// The screens of the workbench; the raw value is the stable name kept in the session file.
public enum Screen: String, Hashable, Sendable, CaseIterable {
    case caseList, newCase, overview, checklist, concerns, strengths, agencies, actions, decision, summary

    public var title: String {
        switch self {
        case .caseList: "Cases"
        case .newCase: "New case"
        case .overview: "Overview"
        case .checklist: "Checklist"
        case .concerns: "Concerns log"
        case .strengths: "Strengths"
        case .agencies: "Agencies"
        case .actions: "Actions"
        case .decision: "Decision"
        case .summary: "Summary"
        }
    }

    /// The four list screens that share add / edit / remove.
    public var logKind: LogKind? {
        switch self {
        case .concerns: .concerns
        case .strengths: .strengths
        case .agencies: .agencies
        case .actions: .actions
        default: nil
        }
    }
}
