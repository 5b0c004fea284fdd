import CaseworkCore

extension TrainingScenario {
    /// Decided: a 14-year-old drawn into a hateful chat server by an adult met through an online game, whose
    /// family, school and coach form strong protection. Early help rather than Channel. Fictional throughout.
    static var protectiveFactors: TrainingScenario {
        let worker = "j.pennock"
        let visit = "2026-11-05"
        return TrainingScenario(
            reference: "TRN-0006",
            subject: Subject(name: "Kai Penhallow", dateOfBirth: day("2012-02-18")),
            referral: Referral(
                reason: """
                    On 30 October 2026 Kai's mother found that an adult he met through an online game had invited him into \
                    a chat server full of racist memes and an extract from an attacker's manifesto. Kai, 14, had reposted \
                    two of the memes into his class group chat. His mother told the school the next morning, and Kai \
                    deleted the account and blocked the contact with her.
                    """,
                receivedOn: day("2026-11-02"), referrer: "Mrs Lowri Penhallow",
                referrerRole: "Mother, through the school's safeguarding lead (fictional)"),
            lead: worker, openedAt: "2026-11-02T09:30:00Z", openedBy: worker,
            steps: [
                Step(at: "2026-11-06T15:00:00Z", by: worker, summary: "Assessment after meeting Kai and his parents") { r in
                    r.status = .assessing
                    r.opennessLog = [told(
                        1, "Kai and his parents", "That the school and the youth worker will get the plan, and the police what they need to trace the adult contact.",
                        on: visit, at: "2026-11-06T15:00:00Z", by: worker)]
                    r.agreementLog = [agreement(
                        1, .given, by: .parent, "Mrs Lowri Penhallow and Mr Ben Penhallow", capacity: "Kai, 13, agreed too and understood what help is offered",
                        service: "Early help", on: visit, at: "2026-11-06T15:00:00Z", by: worker)]
                    r.answers["referral.trigger"] = text(
                        "His mother found the chat server on his tablet on 30 October 2026 and reported it herself the next morning.",
                        source: "Mother", on: "2026-10-30")
                    r.answers["engagement.extremist-material"] = rated(
                        .someConcern, "Saw racist memes and a manifesto extract over about three weeks; reposted two memes. Says he thought they were \"edgy jokes\" and did not read the extract.",
                        source: "Kai; mother; screenshots seen", on: visit)
                    r.answers["engagement.violent-contacts"] = rated(
                        .significantConcern, "An adult, known only by a gaming name, groomed him into the server with praise and in-game gifts. Now blocked.",
                        source: "Screenshots seen; Kai", on: visit)
                    r.answers["engagement.online-activity"] = rated(
                        .someConcern, "Gaming late at night unsupervised until October. Parents have since moved devices out of the bedroom at night.",
                        source: "Parents", on: visit)
                    r.answers["engagement.us-and-them"] = rated(
                        .noConcern, "Kai was embarrassed by the memes when we talked them through, and apologised to a classmate they targeted.",
                        source: "Kai; school", on: visit)
                    r.answers["intent.stated-wish"] = rated(.noConcern, "No wish to harm anyone.", source: "Kai; school", on: visit)
                    r.answers["capability.searching-how"] = rated(.noConcern, "Nothing found on his devices; his parents checked with him.", source: "Parents", on: visit)
                    r.answers["strengths.trusted-adults"] = rated(
                        .noConcern, "Talks openly to both parents and to his football coach, whom he asked to be told.",
                        source: "Kai; coach by phone", on: visit)
                    r.answers["strengths.education-work"] = rated(
                        .noConcern, "Attendance 99%; enjoys design and technology; no behaviour concerns.", source: "School", on: "2026-11-04")
                    r.answers["strengths.positive-peers"] = rated(
                        .noConcern, "A settled group of friends from football and from the school band.", source: "Kai; coach", on: visit)
                    r.answers["strengths.family-warmth"] = rated(
                        .noConcern, "Warm, involved parents who noticed, acted the same day and changed the household's device rules.",
                        source: "Home visit (observed)", on: visit)
                    r.answers["strengths.hopes-goals"] = rated(
                        .noConcern, "Wants to be an engineer and has a work-experience week booked.", source: "Kai", on: visit)
                    r.answers["strengths.willingness"] = rated(
                        .noConcern, "Kai and his parents asked for help with staying safe online.", source: "Home visit", on: visit)
                    r.answers["agencies.police"] = rated(
                        .unknown, "Police have been given the contact's gaming name and screenshots; not yet known whether the adult can be identified.",
                        source: "Police Prevent team", on: "2026-11-04")
                    r.concerns = [
                        concern(1, "Reposted two racist memes into his class group chat", on: "2026-10-27", source: "Screenshots (mother)",
                                heading: "engagement", .medium, at: "2026-11-06T15:00:00Z", by: worker),
                        concern(2, "Groomed by an unknown adult into a chat server sharing hateful material and a manifesto extract",
                                on: "2026-10-30", source: "Screenshots; Kai", heading: "engagement", .high, at: "2026-11-06T15:00:00Z", by: worker),
                    ]
                    r.strengths = [
                        strength(1, "Mother spotted the problem and reported it herself the next morning", source: "School", on: "2026-10-31",
                                 at: "2026-11-06T15:00:00Z", by: worker),
                        strength(2, "Blocked the contact and deleted the account himself, with his mother", source: "Kai; mother", on: "2026-10-31",
                                 at: "2026-11-06T15:00:00Z", by: worker),
                        strength(3, "Trusted football coach who sees him three times a week", source: "Coach", on: visit,
                                 at: "2026-11-06T15:00:00Z", by: worker),
                        strength(4, "Engaged at school with clear goals", source: "School", on: "2026-11-04",
                                 at: "2026-11-06T15:00:00Z", by: worker),
                    ]
                    r.agencies = [
                        agency(1, "school", contact: "Mr O. Brightwell, designated safeguarding lead, Wyndle Heath School (fictional)",
                               "Passed on the mother's report; dealt with the group chat; no other concerns.", on: "2026-11-04"),
                        agency(2, "police", contact: "Prevent police team", "Looking into the adult contact from the gaming name and screenshots.", on: "2026-11-04"),
                    ]
                    r.answers["analysis.worried"] = text(
                        "An unknown adult used a game to draw a 14-year-old into hateful material, and Kai passed some of it on.",
                        source: "Assessment", on: "2026-11-06", .opinion)
                    r.answers["analysis.working-well"] = text(
                        "Parents who noticed and acted, a young person who stopped at once and is embarrassed, a trusted coach, good friends and a school he enjoys.",
                        source: "Assessment", on: "2026-11-06", .opinion)
                    r.answers["analysis.needs-to-happen"] = text(
                        "Short early help work on online manipulation with Kai, support for his parents on gaming and chat apps, and the police to pursue the adult.",
                        source: "Assessment", on: "2026-11-06", .opinion)
                    r.answers["analysis.behaviour-or-belief"] = text(
                        "Behaviour: reposting hateful material and contact with an adult who promotes it. The strengths around Kai mean the risk is low and already falling.",
                        source: "Assessment", on: "2026-11-06", .opinion)
                    r.answers["analysis.scale"] = ItemAnswer(note: "Strong protection; some work to do.", source: "Assessment", observedOn: day("2026-11-06"), basis: .opinion, scale: 8)
                },
                Step(at: "2026-11-10T10:00:00Z", by: "s.marsh", summary: "Decision: early help") { r in
                    r.status = .decided
                    r.decision = Decision(
                        threshold: "early-help", route: "early-help",
                        rationale: """
                            The behaviour was real, but it was short-lived and Kai stopped it himself. He has strong protection: \
                            parents who acted at once, a trusted coach, good friends and school, and the family asked for help. \
                            Channel is not needed; a short early help plan on online safety will do, with the police pursuing \
                            the adult contact separately. Step up if contact resumes.
                            """,
                        decidedBy: "s.marsh", decidedOn: day("2026-11-10"), reviewOn: day("2027-01-15"))
                    r.actions = [
                        action(1, "Six sessions with a youth worker on online manipulation and hateful content", owner: worker, due: "2026-12-18"),
                        action(2, "Parents' online safety session", owner: worker, due: "2026-11-27"),
                        action(3, "Police to report back on identifying the adult contact", owner: "Prevent police team", due: "2026-12-01"),
                        action(4, "Early help review", owner: worker, due: "2027-01-15"),
                    ]
                },
                Step(at: "2026-11-11T09:00:00Z", by: worker, summary: "Shared a summary with the school") { r in
                    r.sharing = [
                        SharingRecord(
                            id: 1, recipient: "school", shared: true,
                            what: "Summary (md) for School or college: Case details, The person, Strengths and protective factors, Threshold decision and route, Actions, Lawful basis, openness and agreement; no special category data; referrer not named",
                            why: "The school is part of the early help plan and needs the outcome and its actions.",
                            at: time("2026-11-11T09:00:00Z"), by: worker, consent: nil, caseRevision: r.revision, format: "md",
                            file: "(training copy: no file kept)",
                            decision: decision(
                                "The school is part of the early help plan and needs the outcome and its actions.",
                                sections: [.caseDetails, .subjectIdentity, .strengths, .decision, .actions, .consent],
                                entries: ["strength:1", "strength:2", "strength:3", "strength:4", "decision.rationale", "action:1", "action:2", "action:3", "action:4"])),
                    ]
                },
            ])
    }
}
