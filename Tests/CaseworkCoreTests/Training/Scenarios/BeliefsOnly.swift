import CaseworkCore

extension TrainingScenario {
    /// Closed with no further action: a 15-year-old referred for becoming devout and holding strong political
    /// views, with no behaviour of concern. Teaches belief against behaviour. Fictional throughout.
    static var beliefsOnly: TrainingScenario {
        let worker = "r.whitlow"
        let manager = "s.marsh"
        let visit = "2026-10-14"
        return TrainingScenario(
            reference: "TRN-0005",
            subject: Subject(name: "Idris Malik", dateOfBirth: day("2011-07-09")),
            referral: Referral(
                reason: """
                    Over the summer Idris, 15, began praying at lunchtime, grew a beard and stopped going to parties. On 1 \
                    October 2026, in a citizenship lesson at Eastmere High, he argued forcefully that a war overseas was \
                    unjust and that British foreign policy was hypocritical, and he has joined a lawful student campaign \
                    for a ceasefire. His teacher was worried he was "being radicalised" and asked the safeguarding lead \
                    to refer.
                    """,
                receivedOn: day("2026-10-05"), referrer: "Mr Gareth Pollitt",
                referrerRole: "Citizenship teacher, Eastmere High (fictional)"),
            lead: worker, openedAt: "2026-10-05T10:00:00Z", openedBy: worker,
            steps: [
                Step(at: "2026-10-05T11:30:00Z", by: worker, summary: "Referral facts and what was reported") { r in
                    r.status = .assessing
                    r.answers["referral.trigger"] = text(
                        "The debate in the citizenship lesson on 1 October 2026, and the changes in his religious practice over the summer.",
                        source: "Teacher's written account", on: "2026-10-01")
                    r.answers["referral.feared-outcome"] = text(
                        "The teacher fears Idris is being drawn into extremism. He could not point to anything Idris had done or said about harming anyone.",
                        source: "Conversation with the teacher", on: "2026-10-05", .opinion)
                    r.answers["referral.immediate-safety"] = rated(
                        .noConcern, "Nothing suggests anyone is at risk of harm.", source: "Referral; school", on: "2026-10-05")
                    r.concerns = [
                        concern(1, "Began praying at lunchtime, grew a beard and stopped going to parties", on: "2026-09-07",
                                source: "Teacher", heading: "engagement", .low, nature: .belief, at: "2026-10-05T11:30:00Z", by: worker),
                        concern(2, "Argued in class that a war overseas is unjust and British foreign policy hypocritical",
                                on: "2026-10-01", source: "Teacher (witnessed)", heading: "engagement", .low, nature: .belief,
                                at: "2026-10-05T11:30:00Z", by: worker),
                    ]
                },
                Step(at: "2026-10-15T14:00:00Z", by: worker, summary: "Assessment after meeting Idris and his parents") { r in
                    r.opennessLog = [told(
                        1, "Idris and his parents, Mr Tariq Malik and Mrs Samina Malik",
                        "What the school reported, that the assessment is about safety and not about his faith or views, and that the outcome goes back to the school.",
                        on: visit, at: "2026-10-14T17:00:00Z", by: worker)]
                    r.answers["engagement.group-identification"] = rated(
                        .noConcern, "Attends the Eastmere mosque youth circle and a student ceasefire campaign; both are lawful and open. Neither crowds out school, family or friends.",
                        source: "Idris; parents; youth circle leader", on: visit)
                    r.answers["engagement.us-and-them"] = rated(
                        .noConcern, "Criticises governments, not peoples. His campaign group includes pupils of all faiths and none, and he speaks warmly of them.",
                        source: "Idris; school", on: visit)
                    r.answers["engagement.extremist-material"] = rated(
                        .noConcern, "No material promoting violence or hatred has been seen, shared or reported. The school's filter log shows news sites and campaign pages.",
                        source: "School filter log; Idris", on: "2026-10-12")
                    r.answers["engagement.changes"] = rated(
                        .noConcern, "His faith has deepened, which his parents welcome. Attendance and grades are unchanged; he has the same friends.",
                        source: "Parents; school records", on: visit)
                    r.answers["intent.stated-wish"] = rated(
                        .noConcern, "No wish to harm anyone has ever been expressed. He says violence is wrong whoever uses it.",
                        source: "Idris; teacher", on: visit)
                    r.answers["intent.justifying-violence"] = rated(
                        .noConcern, "He condemns attacks on civilians by any side.", source: "Idris", on: visit)
                    r.answers["capability.searching-how"] = rated(
                        .notApplicable, "Nothing suggests any interest in weapons or attacks.", source: "School filter log", on: "2026-10-12")
                    r.answers["strengths.education-work"] = rated(
                        .noConcern, "Predicted high grades; wants to study law.", source: "School", on: "2026-10-12")
                    r.answers["strengths.family-warmth"] = rated(
                        .noConcern, "Close, warm family who talk openly about the news and about faith.", source: "Home visit (observed)", on: visit)
                    r.answers["strengths.community-faith"] = rated(
                        .noConcern, "The mosque youth circle gives him belonging and runs volunteering at the Eastmere food bank.", source: "Youth circle leader", on: visit)
                    r.answers["strengths.willingness"] = rated(
                        .noConcern, "Idris and his parents met us straight away and answered every question, though they were hurt by the referral.",
                        source: "Home visit", on: visit)
                    r.strengths = [
                        strength(1, "Volunteers weekly at the Eastmere food bank with the mosque youth circle", source: "Youth circle leader", on: visit,
                                 at: "2026-10-15T14:00:00Z", by: worker),
                        strength(2, "Open, supportive parents", source: "Home visit", on: visit, at: "2026-10-15T14:00:00Z", by: worker),
                        strength(3, "Doing well at school, with settled friendships", source: "School", on: "2026-10-12", at: "2026-10-15T14:00:00Z", by: worker),
                    ]
                    r.agencies = [
                        agency(1, "school", contact: "Mrs C. Odell, designated safeguarding lead, Eastmere High", "No behaviour incidents; attendance 98%; filter log checked.", on: "2026-10-12"),
                    ]
                    r.answers["agencies.school"] = rated(.noConcern, "No incidents of any kind.", source: "Mrs C. Odell", on: "2026-10-12")
                    r.answers["agencies.police"] = rated(
                        .notApplicable, "Not asked: nothing in the referral or assessment suggests a risk the police would need to know about, and asking would itself share his faith and politics.",
                        source: "Assessment decision", on: "2026-10-15", .opinion)
                    r.answers["analysis.worried"] = text(
                        "Nothing that suggests harm to Idris or anyone else. The worry was his faith and his politics.",
                        source: "Assessment", on: "2026-10-15", .opinion)
                    r.answers["analysis.working-well"] = text(
                        "A thoughtful young person with a supportive family, a healthy community and good prospects.",
                        source: "Assessment", on: "2026-10-15", .opinion)
                    r.answers["analysis.behaviour-or-belief"] = text(
                        """
                        Belief alone. Praying, growing a beard and arguing against a war are lawful expressions of religion \
                        and political opinion, and no behaviour of concern was found: no hostility to others, no violent \
                        material, no contacts who promote violence, no intent. Treating them as signs of risk would be \
                        discriminatory and would damage his trust in school.
                        """,
                        source: "Assessment", on: "2026-10-15", .opinion)
                    r.answers["analysis.scale"] = ItemAnswer(note: "Safe; no service needed.", source: "Assessment", observedOn: day("2026-10-15"), basis: .opinion, scale: 10)
                },
                Step(at: "2026-10-21T09:30:00Z", by: manager, summary: "Decision: no further action") { r in
                    r.status = .decided
                    r.decision = Decision(
                        threshold: "no-further-action", route: "no-further-action",
                        rationale: """
                            The referral rested on Idris's religious practice and political views, which are lawful, and the \
                            assessment found no behaviour that suggests a risk of harm. No further action. Feed back to the \
                            school with advice on the difference between belief and behaviour; nothing is shared with the \
                            police or Channel.
                            """,
                        decidedBy: manager, decidedOn: day("2026-10-21"), reviewOn: nil)
                    r.actions = [
                        action(1, "Tell the school the outcome and offer a briefing for staff on belief and behaviour", owner: worker, due: "2026-10-28", doneOn: "2026-10-23"),
                        action(2, "Write to Idris and his parents with the outcome, and say how to raise any worry in future", owner: worker, due: "2026-10-28", doneOn: "2026-10-22"),
                    ]
                },
                Step(at: "2026-10-23T12:00:00Z", by: worker, summary: "Sharing decisions recorded") { r in
                    r.sharing = [
                        SharingRecord(
                            id: 1, recipient: "school", shared: true,
                            what: "Summary (md) for School or college: Case details, The person, Strengths and protective factors, Threshold decision and route, Actions, Lawful basis, openness and agreement; no special category data; referrer not named",
                            why: "The school made the referral and needs the outcome and advice.",
                            at: time("2026-10-23T11:45:00Z"), by: worker, consent: nil, caseRevision: r.revision, format: "md",
                            file: "(training copy: no file kept)",
                            decision: decision(
                                "The school made the referral and needs the outcome and advice.",
                                sections: [.caseDetails, .subjectIdentity, .strengths, .decision, .actions, .consent],
                                entries: ["strength:1", "strength:2", "strength:3", "decision.rationale", "action:1", "action:2"])),
                        SharingRecord(
                            id: 2, recipient: "police", shared: false,
                            what: "Decided not to share a summary with Police",
                            why: "No risk of harm was found. Passing on a record of his faith and political views would be unnecessary and disproportionate.",
                            at: time("2026-10-23T12:00:00Z"), by: worker, consent: nil, caseRevision: r.revision),
                    ]
                },
                Step(at: "2026-10-28T16:00:00Z", by: manager, summary: "Case closed") { r in
                    r.status = .closed
                },
            ])
    }
}
