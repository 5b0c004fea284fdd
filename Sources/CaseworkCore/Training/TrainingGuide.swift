/// The guided walkthrough as data: for each stage of the flow, what the trainee is doing and why.
///
/// Most practitioners meeting a radicalisation case for the first time have had no training in it, so
/// every hint names the reason behind the step (the threshold, the route, consent, need to know, behaviour
/// against belief, unknown as an honest answer) rather than which key to press. Kept as data so the
/// workbench can show it in a hint line or a panel and tests can snapshot it without a terminal.
public enum TrainingGuide {
    /// The hint for a stage. A checklist section the guide has no words for (an authority's own template)
    /// gets the general checklist hint, so the walkthrough never goes blank.
    public static func hint(for stage: TrainingStage) -> TrainingHint {
        if let hint = hints[stage] { return hint }
        if case .checklist = stage {
            return TrainingHint(stage: stage, title: checklistFallback.title, text: checklistFallback.text)
        }
        // Every stage but `.checklist` has an entry: a test walks `TrainingStage.flow` to keep it so.
        return TrainingHint(stage: stage, title: "Training", text: checklistFallback.text)
    }

    /// Every hint, in the order of `TrainingStage.flow`.
    public static var all: [TrainingHint] { TrainingStage.flow.map(hint(for:)) }

    static let checklistFallback = (
        title: "Answering the checklist",
        text: "Give each item a status and the evidence behind it, with its source and date, marked as fact or opinion. "
            + "\"Unknown - information needed\" is an honest answer and is never the same as \"no concern\"."
    )

    static let hints: [TrainingStage: TrainingHint] = Dictionary(uniqueKeysWithValues: entries.map { ($0.stage, $0) })

    static let entries: [TrainingHint] = [
        TrainingHint(
            stage: .caseList, title: "The case list",
            text: "These are the cases in the store, shown by reference and initials so a screen seen over a shoulder names no one. "
                + "Open a case to carry on its assessment, or start a new one when a referral comes in."),
        TrainingHint(
            stage: .newCase, title: "Recording a referral",
            text: "Write down who the person is, what happened to raise concern now, when, and who told you, in plain words. "
                + "If anyone could be harmed imminently, call 999 before you type anything."),
        TrainingHint(
            stage: .overview, title: "The case at a glance",
            text: "The overview shows where the case stands: what has been assessed, what is still unknown, and what has been decided. "
                + "It counts and lists; it never reaches a verdict. The judgement is yours."),
        TrainingHint(
            stage: .checklist(section: "referral"), title: "Referral and context",
            text: "Set down the facts before judging them: the event, its date, its source and what the referrer fears will happen. "
                + "Keep what someone saw apart from what they think it means."),
        TrainingHint(
            stage: .checklist(section: "engagement"), title: "Engagement with a group or cause",
            text: "Is the person being drawn towards a group or cause in a way that could lead to harm? "
                + "Faith and strong or unpopular views are lawful: record what the person does, not what they believe."),
        TrainingHint(
            stage: .checklist(section: "intent"), title: "Intent to cause harm",
            text: "Here you weigh whether the person wants to hurt someone. Record exact words, where and when they were said, and who heard them; "
                + "angry or shocking talk needs its context before it is read as intent."),
        TrainingHint(
            stage: .checklist(section: "capability"), title: "Capability to cause harm",
            text: "Does the person have, or seek, the means to cause harm? "
                + "Capability alone is not a concern; with intent it calls for urgent action, and imminent danger means 999."),
        TrainingHint(
            stage: .checklist(section: "strengths"), title: "Strengths and protective factors",
            text: "Rate what is keeping the person safe with the same care and evidence as the concerns. "
                + "Strengths are what a support plan is built on, and they can lower risk as much as any service."),
        TrainingHint(
            stage: .checklist(section: "needs"), title: "The child's developmental needs",
            text: "Look at the whole person, not only the worry. "
                + "Isolation, bullying, poor mental health or unmet learning needs often explain a cause's pull, and they can be helped."),
        TrainingHint(
            stage: .checklist(section: "parenting"), title: "Parenting capacity",
            text: "Record what parents do well as carefully as what worries you. "
                + "A parent's lawful views are not the question; whether the child is exposed to harm is."),
        TrainingHint(
            stage: .checklist(section: "family"), title: "Family and environment",
            text: "Family, home and neighbourhood can add pressure or give support, and both belong in the record. "
                + "Being a target of hate crime, or living with violence, matters here."),
        TrainingHint(
            stage: .checklist(section: "agencies"), title: "What other agencies know",
            text: "Find out what school, health, police and others already know before concluding. "
                + "Not asked yet? Say so: \"unknown - information needed\" is honest, and the summary lists it."),
        TrainingHint(
            stage: .checklist(section: "analysis"), title: "Analysis",
            text: "Bring the evidence together: what worries us, what is working well, what needs to happen. "
                + "Say whether it is behaviour or belief alone; the scale is your judgement, not a score."),
        TrainingHint(
            stage: .guidance, title: "Guidance",
            text: "The guidance beside each item says what to look for and why it matters. "
                + "It is there because most practitioners have never assessed a case like this: read it before you rate the item."),
        TrainingHint(
            stage: .concerns, title: "The concerns log",
            text: "Log each thing seen or reported with its date, source and heading. "
                + "Mark behaviour or belief alone: a belief on its own is not a safeguarding concern."),
        TrainingHint(
            stage: .strengths, title: "Strengths",
            text: "List what already keeps the person safe: a trusted adult, school or work, friends, a family that talks. "
                + "A plan built on strengths is more likely to be accepted, and to last."),
        TrainingHint(
            stage: .agencies, title: "Agencies involved",
            text: "Record each agency, who you spoke to, what they said and when you checked. "
                + "It shows where each fact came from and who will need to hear the outcome."),
        TrainingHint(
            stage: .actions, title: "Actions",
            text: "Every next step needs an owner and a date, or it tends not to happen. "
                + "Review dates stop a case drifting once a decision has been made."),
        TrainingHint(
            stage: .decision, title: "The threshold",
            text: "The threshold is your authority's own scale, from no further action to child protection. "
                + "Choose the level the evidence supports and say why: the decision is yours, not the tool's."),
        TrainingHint(
            stage: .route, title: "The route",
            text: "How the case moves on: Channel panel, safeguarding hub, police, early help or closing with advice, "
                + "with your authority's steps and contacts. If harm is imminent, call 999 first."),
        TrainingHint(
            stage: .consent, title: "Openness and agreement",
            text: "Record what the family was told about sharing, or why not, and whether they agree to a service "
                + "(a parent, for a child). Neither is the lawful basis: that is public task."),
        TrainingHint(
            stage: .summary, title: "Need to know",
            text: "Each recipient gets only what they need to know. "
                + "Religion, politics, ethnicity and health go in only by deliberate choice; the referrer stays unnamed unless you decide otherwise."),
        TrainingHint(
            stage: .sharing, title: "Recording sharing",
            text: "Every decision to share, and every decision not to, is recorded: what, with whom, why, when and by whom. "
                + "Each names its purpose and basis; a withdrawn agreement is a warning, never a block."),
        TrainingHint(
            stage: .history, title: "The history",
            text: "Every saved change is kept with who made it and when, so the record can be seen as it stood on any day. "
                + "That is what you will rely on if a decision is questioned later."),
    ]
}
