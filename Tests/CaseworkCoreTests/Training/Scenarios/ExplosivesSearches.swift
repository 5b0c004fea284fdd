import CaseworkCore

extension TrainingScenario {
    /// A new referral: a 13-year-old's searches for how to make an explosive, flagged by a school web filter.
    /// Nothing is assessed yet; the trainee decides what to do first. Fictional throughout.
    static var explosivesSearches: TrainingScenario {
        let worker = "r.whitlow"
        return TrainingScenario(
            reference: "TRN-0001",
            subject: Subject(name: "Owen Thackeray", dateOfBirth: day("2013-03-14")),
            referral: Referral(
                reason: """
                    On Friday 20 November 2026, during a lunchtime computing club at Brackenfold Academy, the school's web \
                    filter flagged searches on a school laptop logged in as Owen for how to make an explosive device at \
                    home and for where to buy two of the chemicals named. When his teacher asked him about it, Owen said \
                    he was "just curious" after watching a video about a quarry blast. He has no known history of \
                    violence and is not known to children's social care. His parents have not yet been told.
                    """,
                receivedOn: day("2026-11-23"), referrer: "Mrs Delia Fairbrook",
                referrerRole: "Designated safeguarding lead, Brackenfold Academy (fictional)"),
            lead: worker, openedAt: "2026-11-23T16:05:00Z", openedBy: worker,
            steps: [
                Step(at: "2026-11-23T16:40:00Z", by: worker, summary: "Duty call with the school: agency and first actions recorded") { r in
                    r.agencies = [
                        agency(1, "school", contact: "Mrs D. Fairbrook, designated safeguarding lead",
                               "Reported the filter alert by phone. Is sending the filter log and the computing teacher's written account. Says Owen is quiet, attends well and has two close friends.",
                               on: "2026-11-23"),
                    ]
                    r.actions = [
                        action(1, "Discuss with the team manager today: is there any sign of imminent danger, and who tells the parents?",
                               owner: worker, due: "2026-11-23"),
                        action(2, "Get the web filter log and the teacher's written account from the school",
                               owner: worker, due: "2026-11-25"),
                        action(3, "Ask the police Prevent team whether Owen or the household is known to them",
                               owner: worker, due: "2026-11-26"),
                        action(4, "Agree with the school who speaks to Owen's parents, and when",
                               owner: "Mrs D. Fairbrook (school)", due: "2026-11-24"),
                    ]
                },
                Step(at: "2026-11-23T17:10:00Z", by: "s.marsh", summary: "Duty discussion held with the team manager") { r in
                    r.actions[0].what += " Outcome (S. Marsh, team manager): nothing so far suggests imminent harm; gather the facts before choosing a route, and review tomorrow."
                    r.actions[0].done = true
                    r.actions[0].doneOn = day("2026-11-23")
                },
            ])
    }
}
