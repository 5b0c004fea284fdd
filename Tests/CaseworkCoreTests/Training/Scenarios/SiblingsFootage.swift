import CaseworkCore

extension TrainingScenario {
    /// Decided: an 11-year-old (and, in her own record, his sister) shown violent extremist footage by an
    /// uncle. A safeguarding and trauma case routed through the hub, not Channel. Fictional throughout.
    static var siblingsFootage: TrainingScenario {
        let worker = "p.osei"
        let manager = "s.marsh"
        return TrainingScenario(
            reference: "TRN-0003",
            subject: Subject(name: "Callum Ridley", dateOfBirth: day("2015-01-27")),
            referral: Referral(
                reason: """
                    On 10 September 2026 Callum, 11, described to his teacher in detail a video of a man being killed by \
                    masked fighters, and drew the scene during the lesson. He said his uncle shows him and his sister Ava \
                    (8) "war videos" on his phone when they stay at his flat in Copperby at weekends. Ava's teacher \
                    reports she has been tearful and says she has bad dreams. Ava has her own record (fictional).
                    """,
                receivedOn: day("2026-09-14"), referrer: "Ms Harriet Quayle",
                referrerRole: "Designated safeguarding lead, Copperby Primary (fictional)"),
            lead: worker, openedAt: "2026-09-14T09:10:00Z", openedBy: worker,
            steps: [
                Step(at: "2026-09-14T14:30:00Z", by: worker, summary: "Referral facts and first concerns recorded") { r in
                    r.status = .assessing
                    r.answers["referral.trigger"] = text(
                        "Callum's account and drawing in class on 10 September 2026, and his sister's nightmares reported by her teacher the same week.",
                        source: "Class teacher's written account", on: "2026-09-10")
                    r.answers["referral.feared-outcome"] = text(
                        "That the children go on being shown killings, are harmed by it, and come to see violence as normal or admirable.",
                        source: "Referral form", on: "2026-09-14", .opinion)
                    r.answers["referral.immediate-safety"] = rated(
                        .someConcern, "The children were due to stay with the uncle again on 19 September. Mother agreed the same day to stop the stays while we assess.",
                        source: "Mother, by phone", on: "2026-09-14")
                    r.concerns = [
                        concern(1, "Shown videos of people being killed by an armed group, on an adult's phone, on repeated weekend stays",
                                on: "2026-09-06", source: "Callum, to his teacher", heading: "family", .high,
                                at: "2026-09-14T14:30:00Z", by: worker),
                        concern(2, "Drew the killing in class and described it in detail to other pupils", on: "2026-09-10",
                                source: "Class teacher (witnessed)", heading: "needs", .medium, at: "2026-09-14T14:30:00Z", by: worker),
                    ]
                    r.opennessLog = [told(
                        1, "Mother, Ms Nicola Ridley", "That the police and the school will be told what the children saw, and why.",
                        on: "2026-09-14", at: "2026-09-14T16:00:00Z", by: worker)]
                    r.agreementLog = [agreement(
                        1, .given, by: .parent, "Ms Nicola Ridley", service: "Child in need support", on: "2026-09-14",
                        at: "2026-09-14T16:00:00Z", by: worker)]
                },
                Step(at: "2026-09-24T16:00:00Z", by: worker, summary: "Assessment after home visit and agency checks") { r in
                    r.answers["engagement.group-identification"] = rated(
                        .noConcern, "Callum does not know who the fighters were or what they wanted. He calls them \"the bad men\".",
                        source: "Callum, at home visit", on: "2026-09-22")
                    r.answers["engagement.extremist-material"] = rated(
                        .significantConcern, "He has been shown propaganda videos of killings by an armed group at least four times since the summer.",
                        source: "Callum; mother", on: "2026-09-22")
                    r.answers["intent.stated-wish"] = rated(
                        .noConcern, "No wish to harm anyone. He says the videos made him feel sick.", source: "Callum, at home visit", on: "2026-09-22")
                    r.answers["intent.justifying-violence"] = rated(
                        .noConcern, "He does not approve of what he saw; he asked whether the men were caught.", source: "Callum", on: "2026-09-22")
                    r.answers["capability.searching-how"] = rated(
                        .notApplicable, "Nothing suggests any search or interest in weapons; he has no phone of his own.", source: "Mother", on: "2026-09-22")
                    r.answers["needs.emotional-behavioural"] = rated(
                        .someConcern, "Trouble sleeping, and re-enacting the scene in play with his sister.", source: "Mother; school", on: "2026-09-22")
                    r.answers["parenting.ensuring-safety"] = rated(
                        .noConcern, "Mother did not know about the videos and stopped the stays at once when told. She has told the uncle why.",
                        source: "Mother; uncle confirmed by phone to police", on: "2026-09-22")
                    r.answers["family.wider-family"] = rated(
                        .significantConcern, "The uncle, the mother's brother, showed the videos and told police he wanted the children to \"see what the world is really like\".",
                        source: "Police, after a welfare visit to the uncle", on: "2026-09-21")
                    r.answers["family.exposure-violence"] = rated(
                        .significantConcern, "Repeated exposure to real killings on video. No domestic abuse reported at home.", source: "Callum; mother; police", on: "2026-09-22")
                    r.answers["agencies.police"] = rated(
                        .someConcern, "Police have spoken to the uncle and are checking the material on his phone. Not otherwise known.",
                        source: "DC M. Farrant, police safeguarding desk (fictional)", on: "2026-09-21")
                    r.answers["agencies.school"] = rated(
                        .noConcern, "Good attendance, settled until this term. School will offer a named adult.", source: "Ms Quayle", on: "2026-09-23")
                    r.answers["strengths.family-warmth"] = rated(
                        .noConcern, "Warm, protective mother; the children are well cared for.", source: "Home visit (observed)", on: "2026-09-22")
                    r.answers["strengths.trusted-adults"] = rated(
                        .noConcern, "Callum told his teacher, and names his mother and his teacher as people he talks to.", source: "Callum", on: "2026-09-22")
                    r.strengths = [
                        strength(1, "Mother acted at once to stop the stays and has kept to it", source: "Mother; police", on: "2026-09-22",
                                 at: "2026-09-24T16:00:00Z", by: worker),
                        strength(2, "Callum chose to tell his teacher what he had seen", source: "School", on: "2026-09-10",
                                 at: "2026-09-24T16:00:00Z", by: worker),
                    ]
                    r.agencies = [
                        agency(1, "school", contact: "Ms H. Quayle, designated safeguarding lead", "Made the referral; will provide a named adult and watch for play that re-enacts violence.", on: "2026-09-23"),
                        agency(2, "police", contact: "DC M. Farrant, police safeguarding desk", "Welfare visit to the uncle; examining the phone; will say whether any offence is made out.", on: "2026-09-21"),
                    ]
                    r.answers["analysis.worried"] = text(
                        "Two children have been shown real killings by a trusted adult, and both show signs of distress. The risk comes from the uncle's behaviour, not from the children's views.",
                        source: "Assessment", on: "2026-09-24", .opinion)
                    r.answers["analysis.working-well"] = text(
                        "A protective mother who acted at once; a child who told a teacher; a school ready to help.",
                        source: "Assessment", on: "2026-09-24", .opinion)
                    r.answers["analysis.behaviour-or-belief"] = text(
                        "The concern is about harmful behaviour by an adult towards the children. Neither child holds or repeats any ideology.",
                        source: "Assessment", on: "2026-09-24", .opinion)
                    r.answers["analysis.scale"] = ItemAnswer(note: "Safe at home now; distress to be helped.", source: "Assessment", observedOn: day("2026-09-24"), basis: .opinion, scale: 6)
                },
                Step(at: "2026-10-02T11:00:00Z", by: manager, summary: "Decision: child in need, through the safeguarding hub") { r in
                    r.status = .decided
                    r.decision = Decision(
                        threshold: "child-in-need", route: "mash",
                        rationale: """
                            The children have been harmed by repeated exposure to violent extremist footage shown by an adult \
                            relative. Neither child is being drawn into a cause, so Channel is not the right route; this is a \
                            safeguarding matter for the hub, with the police looking at the uncle's conduct. Mother is \
                            protective, so a child in need plan with the family's agreement meets the need; step up if the \
                            stays resume or the police find more.
                            """,
                        decidedBy: manager, decidedOn: day("2026-10-02"), reviewOn: day("2026-12-04"))
                    r.actions = [
                        action(1, "Child in need plan meeting with mother, school and police", owner: "p.osei", due: "2026-10-16", doneOn: "2026-10-15"),
                        action(2, "Ask CAMHS for advice on the children's nightmares and re-enactment", owner: "p.osei", due: "2026-10-23"),
                        action(3, "School named adult to meet Callum weekly", owner: "Ms H. Quayle (school)", due: "2026-10-09", doneOn: "2026-10-09"),
                        action(4, "Review the plan", owner: "p.osei", due: "2026-12-04"),
                    ]
                },
                Step(at: "2026-10-06T10:15:00Z", by: worker, summary: "Shared a summary with the police; recorded") { r in
                    r.sharing = [
                        SharingRecord(
                            id: 1, recipient: "police", shared: true,
                            what: "Shared by phone, recorded after the fact, for Police: Case details, The person, Why the case came in, Concerns by heading, What is still unknown, Analysis, Threshold decision and route, Actions; no special category data; referrer not named",
                            why: "The police are examining the uncle's phone and need the children's account and the dates of the stays.",
                            at: time("2026-10-06T10:15:00Z"), by: worker, consent: nil, caseRevision: r.revision,
                            decision: decision(
                                "The police are examining the uncle's phone and need the children's account and the dates of the stays.",
                                method: .phone, madeOn: "2026-10-06",
                                sections: [.caseDetails, .subjectIdentity, .referral, .concerns, .unknowns, .analysis, .decision, .actions],
                                entries: ["referral.reason", "decision.rationale", "action:1", "action:2", "action:3", "action:4"])),
                    ]
                },
            ])
    }
}
