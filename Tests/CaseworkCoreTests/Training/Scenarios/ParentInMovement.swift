import CaseworkCore

extension TrainingScenario {
    /// Half assessed: a 12-year-old whose father organises for an extremist street movement, and whose home
    /// and person have been targeted by hate crime. Capability is deliberately not yet assessed. Fictional.
    static var parentInMovement: TrainingScenario {
        let worker = "k.adeyemi"
        let school = "Mr T. Glanville, designated safeguarding lead, Saltmere Park School (fictional)"
        return TrainingScenario(
            reference: "TRN-0002",
            subject: Subject(name: "Lily-Mae Dunstan", dateOfBirth: day("2014-06-02")),
            referral: Referral(
                reason: """
                    On 15 October 2026 Lily-Mae, 12, told a classmate of Pakistani heritage that "people like you will be \
                    sent back soon", a phrase used by Hearthwatch, a street movement her father helps to run in \
                    Saltmere. The same week she told her form tutor she was scared to walk home: in September the family \
                    home had its front window smashed and "NAZI SCUM" painted on the door, and she has been pushed and \
                    called names in the corridor since her father appeared in the local paper.
                    """,
                receivedOn: day("2026-10-19"), referrer: "Mr Tobias Glanville",
                referrerRole: "Designated safeguarding lead, Saltmere Park School (fictional)"),
            lead: worker, openedAt: "2026-10-19T10:20:00Z", openedBy: worker,
            steps: [
                Step(at: "2026-10-19T11:05:00Z", by: worker, summary: "Referral facts recorded") { r in
                    r.status = .assessing
                    r.answers["referral.referrer"] = text(
                        "Mr Glanville, the school's designated safeguarding lead, has known Lily-Mae since she started in Year 7.",
                        source: "Referral form", on: "2026-10-19")
                    r.answers["referral.trigger"] = text(
                        "The remark to a classmate on 15 October, witnessed by the form tutor, and Lily-Mae's own account the same week of being frightened on the way home.",
                        source: "Form tutor's written account", on: "2026-10-15")
                    r.answers["referral.feared-outcome"] = text(
                        "The school fears Lily-Mae is being drawn into her father's movement's views of other pupils, and that she will be hurt by people who target the family.",
                        source: "Referral form", on: "2026-10-19", .opinion)
                    r.answers["referral.consent-awareness"] = text(
                        "The school told Lily-Mae's mother about the referral by phone on 16 October; she did not object. The father has not been spoken to.",
                        source: "Mr Glanville", on: "2026-10-16")
                    r.answers["referral.immediate-safety"] = rated(
                        .someConcern,
                        "No one is known to be planning to harm anyone, but the family home was attacked five weeks ago and Lily-Mae is frightened on her walk home. Police are aware.",
                        source: "School; police crime report", on: "2026-10-19")
                    r.concerns = [
                        concern(1, "Told a classmate \"people like you will be sent back soon\"", on: "2026-10-15",
                                source: "Form tutor (witnessed)", heading: "engagement", .low, at: "2026-10-19T11:05:00Z", by: worker),
                        concern(2, "Family home attacked: front window smashed and \"NAZI SCUM\" painted on the door", on: "2026-09-12",
                                source: "Police crime report (fictional reference SM/26/4471)", heading: "family", .high,
                                at: "2026-10-19T11:05:00Z", by: worker),
                        concern(3, "Pushed and called names in the school corridor on at least two occasions", on: "2026-10-08",
                                source: "Lily-Mae, to her form tutor", heading: "needs", .medium, at: "2026-10-19T11:05:00Z", by: worker),
                    ]
                },
                Step(at: "2026-10-23T15:30:00Z", by: worker, summary: "Home visit and school discussion: consent, strengths, first ratings") { r in
                    r.opennessLog = [told(
                        1, "Mother, Ms Joanne Dunstan (father present)", "What the school reported and that the assessment may be shared with the school and the police.",
                        on: "2026-10-23", at: "2026-10-23T15:30:00Z", by: worker)]
                    r.agreementLog = [agreement(
                        1, .given, by: .parent, "Ms Joanne Dunstan", service: "Early help assessment", on: "2026-10-23",
                        at: "2026-10-23T15:30:00Z", by: worker)]
                    r.answers["engagement.group-identification"] = rated(
                        .someConcern,
                        "Lily-Mae has been to two Hearthwatch marches with her father this year and wears the movement's badge on her coat. She talks about \"our side\" but could not say what the movement wants.",
                        source: "Home visit: Lily-Mae and her mother", on: "2026-10-23")
                    r.answers["engagement.us-and-them"] = rated(
                        .someConcern,
                        "She repeats phrases that divide pupils into those who belong and those who should leave. In my view these are her father's words more than her own settled view.",
                        source: "Form tutor; home visit", on: "2026-10-23", .opinion)
                    r.answers["engagement.extremist-material"] = rated(
                        .unknown, "Not yet known what material she sees at home or online; to ask at the next visit and to check with the school's filter log.",
                        source: "Home visit", on: "2026-10-23")
                    r.answers["engagement.violent-contacts"] = rated(
                        .unknown, "Police have been asked who attends the movement's events; no answer yet.",
                        source: "Request to police Prevent team", on: "2026-10-22")
                    r.answers["intent.stated-wish"] = rated(
                        .noConcern, "No wish to harm anyone has been heard or reported. She says she wants the people who attacked the house to be caught.",
                        source: "Form tutor; home visit", on: "2026-10-23")
                    r.answers["needs.vulnerability"] = rated(
                        .significantConcern,
                        "She is the target of hate crime at home and bullying at school because of her father's public role. She has stopped going to the park with friends.",
                        source: "Police crime report; Lily-Mae", on: "2026-10-23")
                    r.answers["needs.emotional-behavioural"] = rated(
                        .someConcern, "Her mother says she sleeps badly since the attack and checks the door locks at night.",
                        source: "Mother, at home visit", on: "2026-10-23")
                    r.answers["parenting.emotional-warmth"] = rated(
                        .noConcern, "Both parents are warm and attentive with her; she sat with her father and he comforted her when she became upset.",
                        source: "Home visit (observed)", on: "2026-10-23")
                    r.answers["parenting.parent-views"] = rated(
                        .significantConcern,
                        "Her father takes her to marches where speakers have called for people to be \"driven out\". His views are lawful; the concern is that she is brought to events where hostility is stirred and where the family has been filmed and then targeted.",
                        source: "Father's public posts; police", on: "2026-10-23", .opinion)
                    r.answers["parenting.ensuring-safety"] = rated(
                        .unknown, "Not yet clear how the parents weigh the risk to Lily-Mae of going to the marches; to discuss with both parents.",
                        source: "Home visit", on: "2026-10-23")
                    r.strengths = [
                        strength(1, "Close to her maternal grandmother, who lives nearby and collects her from school twice a week",
                                 source: "Mother; grandmother by phone", on: "2026-10-23", at: "2026-10-23T15:30:00Z", by: worker),
                        strength(2, "Swims with Saltmere swimming club three times a week and has friends there from several backgrounds",
                                 source: "Mother; club coach by phone", on: "2026-10-23", at: "2026-10-23T15:30:00Z", by: worker),
                    ]
                },
                Step(at: "2026-10-26T09:45:00Z", by: worker, summary: "Agencies contacted and next steps agreed") { r in
                    r.agencies = [
                        agency(1, "school", contact: school,
                               "Made the referral. Has moved Lily-Mae's lessons away from the corridor where she was pushed and given her a staff member to go to.",
                               on: "2026-10-26"),
                        agency(2, "police", contact: "PC A. Rowe, hate crime officer (fictional)",
                               "Investigating the attack on the house as a hate crime; no arrest yet. Has added a marker to the address.",
                               on: "2026-10-26"),
                    ]
                    r.answers["agencies.police"] = rated(
                        .someConcern, "Police know the father from organising marches; no offences recorded against him. The attack on the home is under investigation.",
                        source: "PC A. Rowe", on: "2026-10-26")
                    r.answers["agencies.school"] = rated(
                        .someConcern, "Attendance 96%. Two incidents of being pushed; one remark to a classmate. No other behaviour incidents.",
                        source: "Mr Glanville", on: "2026-10-26")
                    r.answers["agencies.health"] = rated(
                        .unknown, "GP not yet asked about her sleep and anxiety.", source: "Not yet asked", on: "2026-10-26")
                    r.actions = [
                        action(1, "Second home visit with both parents: talk about the marches and how Lily-Mae is kept safe at them",
                               owner: worker, due: "2026-11-06"),
                        action(2, "Ask the GP whether Lily-Mae's sleep problems and anxiety are known", owner: worker, due: "2026-11-02"),
                        action(3, "School to put restorative work in place with the classmate, if the classmate's family agrees",
                               owner: "Mr T. Glanville (school)", due: "2026-11-13"),
                        action(4, "Assess the capability items only once what she sees at home is known", owner: worker, due: "2026-11-13"),
                    ]
                },
            ])
    }
}
