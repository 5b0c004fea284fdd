import CaseworkCore

extension TrainingScenario {
    /// Under review: a 19-year-old who defaced two places of worship after a terrorist murder elsewhere,
    /// adopted by Channel with his own consent, now at his first review. Fictional throughout.
    static var defacedPlacesOfWorship: TrainingScenario {
        let worker = "a.kaur"
        let panel = "Channel panel (Example Borough)"
        return TrainingScenario(
            reference: "TRN-0004",
            subject: Subject(name: "Connor Blakey", dateOfBirth: day("2007-05-21")),
            referral: Referral(
                reason: """
                    Over two nights in late August 2026, days after a widely reported terrorist murder in another city, \
                    Connor, 19, sprayed slurs and a far-right symbol on the doors of the Thornhallow mosque and the \
                    gurdwara on Mill Street. He was caught on camera, admitted religiously aggravated criminal damage and \
                    was given a community order. His probation officer referred him to Channel because he told her the \
                    murder "proved" that whole communities were to blame.
                    """,
                receivedOn: day("2026-08-28"), referrer: "Ms Fiona Treadwell",
                referrerRole: "Probation officer (fictional)"),
            lead: worker, openedAt: "2026-08-28T13:00:00Z", openedBy: worker,
            steps: [
                Step(at: "2026-09-04T15:20:00Z", by: worker, summary: "Assessment for the Channel panel") { r in
                    r.status = .assessing
                    r.answers["referral.trigger"] = text(
                        "Criminal damage to two places of worship on 24 and 25 August 2026, four days after the murder, and his remarks to probation on 27 August.",
                        source: "Police case summary; probation", on: "2026-08-27")
                    r.answers["referral.consent-awareness"] = text(
                        "Connor knows about the referral; his probation officer explained Channel is voluntary and separate from his order.",
                        source: "Probation", on: "2026-08-28")
                    r.answers["engagement.group-identification"] = rated(
                        .someConcern, "Follows several accounts of a far-right group online and has shared two of their posts. Not known to attend any meetings.",
                        source: "Police; Connor at interview", on: "2026-09-02")
                    r.answers["engagement.us-and-them"] = rated(
                        .significantConcern, "Blames whole faith communities for the murder and said \"they\" should be made to feel unwelcome.",
                        source: "Connor, at interview", on: "2026-09-02")
                    r.answers["intent.justifying-violence"] = rated(
                        .someConcern, "Posted that the attacker's victims \"would be avenged\". Says now he did not mean violence; the post was up for two days.",
                        source: "Police (screenshot); Connor", on: "2026-08-22")
                    r.answers["intent.target-focus"] = rated(
                        .significantConcern, "Chose two places of worship in his own town and went back on a second night.", source: "Police case summary", on: "2026-08-25")
                    r.answers["intent.grievance"] = rated(
                        .someConcern, "Lost his warehouse job in June and blames \"outsiders\" for it; angry and drinking heavily since.", source: "Connor; probation", on: "2026-09-02")
                    r.answers["capability.previous-violence"] = rated(
                        .someConcern, "No violence to people. The criminal damage is his first offence.", source: "Police national computer check via probation", on: "2026-08-28")
                    r.answers["capability.access-weapons"] = rated(
                        .noConcern, "No known access to weapons; lives with his grandmother.", source: "Police; home visit", on: "2026-09-03")
                    r.answers["needs.health"] = rated(
                        .someConcern, "Drinks heavily at weekends; low mood since losing his job. Not under any service.", source: "Connor", on: "2026-09-02")
                    r.answers["strengths.trusted-adults"] = rated(
                        .noConcern, "Close to his grandmother, who raised him and was upset and ashamed by what he did.", source: "Grandmother; Connor", on: "2026-09-03")
                    r.answers["strengths.willingness"] = rated(
                        .noConcern, "Agreed to meet a mentor and said he wanted to \"sort himself out\".", source: "Connor, at interview", on: "2026-09-02")
                    r.concerns = [
                        concern(1, "Sprayed slurs and a far-right symbol on the doors of the mosque and the gurdwara on two nights", on: "2026-08-25",
                                source: "Police case summary (CCTV)", heading: "intent", .high, at: "2026-09-04T15:20:00Z", by: worker),
                        concern(2, "Posted that the murder victims \"would be avenged\"", on: "2026-08-22", source: "Police (screenshot)",
                                heading: "intent", .medium, at: "2026-09-04T15:20:00Z", by: worker),
                        concern(3, "Shares posts from a far-right group's accounts", on: "2026-08-20", source: "Police",
                                heading: "engagement", .medium, at: "2026-09-04T15:20:00Z", by: worker),
                    ]
                    r.strengths = [
                        strength(1, "Lives with and is close to his grandmother", source: "Home visit", on: "2026-09-03", at: "2026-09-04T15:20:00Z", by: worker),
                        strength(2, "Willing to take part in Channel support", source: "Connor", on: "2026-09-02", at: "2026-09-04T15:20:00Z", by: worker),
                    ]
                    r.agencies = [
                        agency(1, "probation", contact: "Ms F. Treadwell, probation officer", "Supervises the community order; made the referral.", on: "2026-08-28"),
                        agency(2, "police", contact: "Prevent police team", "Screened the referral on 1 September: no further police action beyond the conviction; suitable for Channel.", on: "2026-09-01"),
                    ]
                },
                Step(at: "2026-09-08T09:00:00Z", by: worker, summary: "Shared a summary with the Channel panel") { r in
                    r.opennessLog = [told(
                        1, "Connor", "That the Channel panel will discuss him and see the assessment, that Channel is voluntary, and that he will be asked whether he wants support.",
                        on: "2026-09-02", at: "2026-09-08T09:00:00Z", by: worker)]
                    r.sharing = [
                        SharingRecord(
                            id: 1, recipient: "channel-panel", shared: true,
                            what: "Summary (md) for Channel panel: Case details, Subject, Referral, Agencies, Concerns, Assessment, Strengths, Unknowns, Analysis, Decision, Actions, Consent, Changes; special category data included (religion or belief, political opinions); referrer not named",
                            why: "Panel meeting on 10 September 2026 to consider adoption.",
                            at: time("2026-09-08T09:00:00Z"), by: worker, consent: nil, caseRevision: r.revision,
                            format: "md", file: "(training copy: no file kept)",
                            decision: decision(
                                "Panel meeting on 10 September 2026 to consider adoption.",
                                // Connor is an adult with no needs for care and support: para 18 does not apply; the
                                // panel sits under the Channel duty, a statutory purpose (para 6).
                                condition: "statutory-purposes",
                                sections: [.caseDetails, .subjectIdentity, .referral, .agencies, .concerns, .assessment, .strengths,
                                           .unknowns, .analysis, .decision, .actions, .consent, .changes],
                                entries: ["referral.reason", "concern:1", "concern:2", "concern:3", "strength:1", "strength:2"])),
                    ]
                },
                Step(at: "2026-09-15T12:00:00Z", by: worker, summary: "Panel adopted the case; Connor consented") { r in
                    r.status = .decided
                    r.agreementLog = [agreement(
                        1, .given, by: .person, "Connor Blakey", capacity: "Adult with capacity; agreed for himself after the panel explained the support",
                        service: "Channel support", on: "2026-09-15", at: "2026-09-15T12:00:00Z", by: worker)]
                    r.decision = Decision(
                        threshold: "early-help", route: "channel",
                        rationale: """
                            Targeted hate crime against two faith communities, hostility that blames whole communities, and an \
                            online post approving revenge, with a grievance and heavy drinking behind them: a real risk of being \
                            drawn further. He has no access to weapons, a close grandmother, and he wants help. The panel adopted \
                            the case on 10 September for voluntary support alongside his order; he consented on 15 September.
                            """,
                        decidedBy: "s.marsh", decidedOn: day("2026-09-10"), reviewOn: day("2026-11-18"))
                    r.agencies.append(agency(3, "channel-panel", contact: panel, "Adopted the case on 10 September 2026.", on: "2026-09-10"))
                    r.agencies.append(agency(4, "voluntary-sector", contact: "Mr D. Achterberg, mentor (fictional intervention provider)",
                                             "Weekly mentoring on the ideas he has met online and their effect on others.", on: "2026-09-15"))
                    r.actions = [
                        action(1, "Weekly mentoring sessions", owner: "Mr D. Achterberg (mentor)", due: "2026-11-18"),
                        action(2, "Referral to the alcohol service", owner: worker, due: "2026-09-30", doneOn: "2026-09-24"),
                        action(3, "Employment support through the job centre's youth adviser", owner: "Ms F. Treadwell (probation)", due: "2026-10-15", doneOn: "2026-10-12"),
                    ]
                },
                Step(at: "2026-11-18T16:30:00Z", by: worker, summary: "First panel review: what changed") { r in
                    r.status = .underReview
                    r.answers["analysis.changed"] = text(
                        """
                        Since adoption: nine of ten mentoring sessions attended; started a warehouse apprenticeship in October; \
                        no further posts, and he has unfollowed the group's accounts (he showed the mentor). He met members \
                        of the gurdwara committee in a restorative meeting arranged by probation and apologised. Still \
                        drinks heavily most weekends and missed his first alcohol service appointment.
                        """,
                        source: "Mentor's report; probation; Connor", on: "2026-11-16")
                    r.answers["engagement.group-identification"] = rated(
                        .noConcern, "Has unfollowed the group's accounts and says he wants nothing to do with them.", source: "Mentor (seen); Connor", on: "2026-11-16")
                    r.answers["strengths.education-work"] = rated(
                        .noConcern, "Apprenticeship since 12 October; employer reports good timekeeping.", source: "Probation", on: "2026-11-16")
                    r.answers["analysis.scale"] = ItemAnswer(note: "Risk reduced; drinking is the main worry left.", source: "Panel review", observedOn: day("2026-11-18"), basis: .opinion, scale: 6)
                    r.actions[0].done = true
                    r.actions[0].doneOn = day("2026-11-18")
                    r.actions.append(action(4, "Second alcohol service appointment, with his grandmother's support to attend", owner: worker, due: "2026-12-02"))
                    r.actions.append(action(5, "Panel review: consider exit if progress holds", owner: "Channel panel", due: "2027-02-17"))
                    r.decision?.reviewOn = day("2027-02-17")
                },
            ])
    }
}
