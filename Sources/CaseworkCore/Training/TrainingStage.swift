/// A step of the assessment flow the guided walkthrough can explain.
///
/// The workbench maps each of its screens (and, on the checklist, the section in view) to one of these,
/// so the hint follows the trainee as they move; the guide never needs to know how a screen is drawn.
public enum TrainingStage: Hashable, Sendable {
    case caseList
    case newCase
    case overview
    /// A checklist section, by its template section id (`engagement`, `intent`, ...).
    case checklist(section: String)
    /// The guidance panel beside a checklist item.
    case guidance
    case concerns
    case strengths
    case agencies
    case actions
    /// Choosing the threshold level.
    case decision
    /// Choosing the referral route.
    case route
    case consent
    /// Building a summary for one recipient (need to know).
    case summary
    /// Recording a decision to share or not to share.
    case sharing
    case history

    /// The checklist section ids of the bundled template, in order.
    public static let standardSections = [
        "referral", "engagement", "intent", "capability", "strengths", "needs", "parenting", "family", "agencies", "analysis",
    ]

    /// Every stage in the order a case usually moves through them, with the bundled template's sections.
    public static let flow: [TrainingStage] =
        [.caseList, .newCase, .overview]
        + standardSections.map { .checklist(section: $0) }
        + [.guidance, .concerns, .strengths, .agencies, .actions, .decision, .route, .consent, .summary, .sharing, .history]

    /// A stable name for the stage (`case-list`, `checklist.intent`), for tests, snapshots and logs.
    public var id: String {
        switch self {
        case .caseList: "case-list"
        case .newCase: "new-case"
        case .overview: "overview"
        case .checklist(let section): "checklist." + section
        case .guidance: "guidance"
        case .concerns: "concerns"
        case .strengths: "strengths"
        case .agencies: "agencies"
        case .actions: "actions"
        case .decision: "decision"
        case .route: "route"
        case .consent: "consent"
        case .summary: "summary"
        case .sharing: "sharing"
        case .history: "history"
        }
    }

    /// The stage named by `id`; any `checklist.X` is accepted, so an authority's own sections work too.
    public init?(id: String) {
        if id.hasPrefix("checklist."), id.count > "checklist.".count {
            self = .checklist(section: String(id.dropFirst("checklist.".count)))
            return
        }
        guard let stage = TrainingStage.flow.first(where: { $0.id == id }) else { return nil }
        self = stage
    }
}
