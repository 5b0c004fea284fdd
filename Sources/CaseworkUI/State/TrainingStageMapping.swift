import CaseworkCore

extension AppState {
    /// The step of the flow the trainee is at, so the walkthrough's hint follows them as they move.
    ///
    /// On the checklist it is the section of the item in view (the guide speaks to each section's purpose),
    /// or the guidance while the whole-guidance panel is open; on the decision it is the threshold until
    /// the route field has focus. Help and other overlays keep the stage of the screen under them.
    public var trainingStage: TrainingStage {
        switch screen {
        case .caseList: return .caseList
        case .newCase: return .newCase
        case .overview: return .overview
        case .checklist:
            if guidancePanelShown { return .guidance }
            guard let item = currentItem, let section = template?.section(containing: item.id) else {
                return .checklist(section: TrainingStage.standardSections[0])
            }
            return .checklist(section: section.id)
        case .concerns: return .concerns
        case .strengths: return .strengths
        case .agencies: return .agencies
        case .actions: return .actions
        case .decision:
            if let form, form.fields.indices.contains(form.focus), form.fields[form.focus].id == "route" { return .route }
            return .decision
        case .summary:
            switch form?.purpose {
            case .consent?: return .consent
            case .share?, .decline?: return .sharing
            default: return sharing.reviewing ? .sharing : .summary
            }
        }
    }
}
