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
            text: "You are asking whether the person is being drawn towards a group or cause in a way that could lead to harm. "
                + "Faith, strong politics and unpopular views are lawful and are not concerns on their own: record what the person does, not what they believe."),
        TrainingHint(
            stage: .checklist(section: "intent"), title: "Intent to cause harm",
            text: "Here you weigh whether the person wants to hurt someone. Record exact words, where and when they were said, and who heard them; "
                + "angry or shocking talk needs its context before it is read as intent."),
        TrainingHint(
            stage: .checklist(section: "capability"), title: "Capability to cause harm",
            text: "Capability asks whether the person has, or is trying to get, the means to cause harm. "
                + "Capability alone is not a concern, but together with intent it calls for urgent action, and imminent danger means 999."),
        TrainingHint(
            stage: .checklist(section: "strengths"), title: "Strengths and protective factors",
            text: "Rate what is keeping the person safe with the same care and evidence as the concerns. "
                + "Strengths are what a support plan is built on, and they can lower risk as much as any service."),
        TrainingHint(
            stage: .checklist(section: "needs"), title: "The child's developmental needs",
            text: "Look at the whole person, not only the worry that brought the case in. "
                + "Isolation, bullying, poor mental health or unmet learning needs often explain why a cause feels attractive, and they can be helped."),
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
            text: "Find out what the school, health, police and others already know before you draw conclusions. "
                + "If you have not asked yet, say so: \"unknown - information needed\" is an honest answer, and the summary lists it as work still to do."),
        TrainingHint(
            stage: .checklist(section: "analysis"), title: "Analysis",
            text: "Bring the evidence together: what are we worried about, what is working well, what needs to happen. "
                + "Say whether the concern is about behaviour or rests on belief alone, and why; the safety scale is your judgement, not a score."),
        TrainingHint(
            stage: .guidance, title: "Guidance",
            text: "The guidance beside each item says what to look for and why it matters. "
                + "It is there because most practitioners have never assessed a case like this: read it before you rate the item."),
        TrainingHint(
            stage: .concerns, title: "The concerns log",
            text: "Log each thing seen or reported with its date, its source and the heading it belongs under. "
                + "Mark whether it is about behaviour or belief alone: a belief on its own is not a safeguarding concern, and summaries say so beside it."),
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
            text: "The threshold is your authority's own scale of response, from no further action up to child protection. "
                + "Choose the level the evidence supports and write down why: the decision is yours and your manager's, never the tool's."),
        TrainingHint(
            stage: .route, title: "The route",
            text: "The route is how the case moves on: the Channel panel, the safeguarding hub, the police, early help, or closing with advice. "
                + "Its steps and contacts are your authority's own; whatever the route, if harm is imminent call 999 first."),
        TrainingHint(
            stage: .consent, title: "Consent and lawful basis",
            text: "Record whether consent to share was sought, from whom (a parent, for a child), the answer and its date, and the lawful basis. "
                + "Sharing without consent is sometimes right for someone's safety, but it needs a written justification."),
        TrainingHint(
            stage: .summary, title: "Need to know",
            text: "Each recipient gets a summary built for them, holding only what they need to know. "
                + "Religion, politics, ethnicity and health need a deliberate choice before they go in, and the referrer stays unnamed unless you decide otherwise."),
        TrainingHint(
            stage: .sharing, title: "Recording sharing",
            text: "Every decision to share, and every decision not to, is recorded: what, with whom, why, when and by whom. "
                + "Nothing goes out until consent or a justification for sharing without it is on record."),
        TrainingHint(
            stage: .history, title: "The history",
            text: "Every saved change is kept with who made it and when, so the record can be seen as it stood on any day. "
                + "That is what you will rely on if a decision is questioned later."),
    ]
}
