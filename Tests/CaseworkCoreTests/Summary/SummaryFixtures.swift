import CaseworkCore
import Foundation

/// Two fictional cases built in memory with a real change history: one sparse, one rich (wide characters,
/// hostile control characters and markup in its notes). Every name and event is invented. Each rich
/// section carries a MARKER string so tests can prove a section never reaches a profile that lacks it.
enum SummaryFixtures {
    static let now = Timestamp(iso8601: "2026-11-24T09:30:00Z")!
    static let user = "p.okonkwo-vale"

    static let settings: AuthoritySettings = try! SettingsValidator.load(storePath: "/nonexistent/settings.json")
    static let templates: TemplateLibrary = try! TemplateLibrary.load(storeTemplatesFolder: nil)
    /// The screens and summaries here were recorded on template 1.0.0, which existing cases keep.
    static var template: ChecklistTemplate { templates.template(id: TemplateLibrary.defaultTemplateID, version: "1.0.0")! }

    static func date(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }
    static func time(_ text: String) -> Timestamp { Timestamp(iso8601: text)! }

    /// Applies a change the way the store saves one: next revision, history entry with the changed fields.
    static func saved(_ record: CaseRecord, at: String, by: String = user, _ summary: String, _ change: (inout CaseRecord) -> Void) -> CaseRecord {
        var next = record
        change(&next)
        next.revision = record.revision + 1
        next.updatedAt = time(at)
        next.updatedBy = by
        let changes = try! CaseHistory.changes(from: record, to: next)
        next.history.append(HistoryEntry(revision: next.revision, at: next.updatedAt, by: by, summary: summary, changes: changes))
        return next
    }

    static func opened(_ reference: String, subject: Subject, referral: Referral, at: String) -> CaseRecord {
        var record = CaseRecord(
            reference: CaseReference(reference)!, subject: subject, lead: user, referral: referral,
            templateID: template.id, templateVersion: template.version, createdAt: time(at), createdBy: user)
        record.revision = 1
        record.history = [HistoryEntry(revision: 1, at: time(at), by: user, summary: "Case opened", changes: [])]
        return record
    }

    static var sparse: CaseRecord {
        opened(
            "KTR-4827", subject: Subject(name: "Ellis Brackwater", approximateAge: 13),
            referral: Referral(reason: "Teacher heard a remark praising a recent attack (fictional).", receivedOn: date("2026-11-20")),
            at: "2026-11-20T10:00:00Z")
    }

    static let hostile = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07} text \u{202E}gnp.exe\u{202C} \u{200F}rtl\u{9B}31m end"

    static var rich: CaseRecord {
        var record = opened(
            "BXW-2041", subject: Subject(name: "Wen Jie Marrowdene 马文杰", dateOfBirth: date("2011-06-14")),
            referral: Referral(
                reason: "Shared violent extremist clips 🎥 in a class chat (fictional).\nSecond line of the reason.",
                receivedOn: date("2026-09-02"), referrer: "MARKER-REFERRER-NAME Hester Quill", referrerRole: "Head of year"),
            at: "2026-09-02T08:15:00Z")
        record = saved(record, at: "2026-09-05T14:00:00Z", "Assessment") { r in
            r.status = .assessing
            r.answers["referral.referrer"] = ItemAnswer(note: "MARKER-REFERRER-ITEM: known the pupil three years", source: "Referral form")
            r.answers["referral.trigger"] = ItemAnswer(
                note: "MARKER-REFERRAL-TRIGGER clip shared on 1 Sept. \(hostile)", source: "Class chat screenshot",
                observedOn: date("2026-09-01"), basis: .fact)
            r.answers["engagement.group-identification"] = ItemAnswer(
                status: .significantConcern, note: "MARKER-SPECIAL-ENG says he belongs to an online group", source: "Pupil, in interview",
                observedOn: date("2026-09-04"), basis: .fact)
            r.answers["intent.stated-wish"] = ItemAnswer(
                status: .someConcern, note: "MARKER-ASSESS-INTENT said 'they deserve it' =1+1 <script>alert(1)</script>",
                source: "Form tutor", observedOn: date("2026-09-03"), basis: .opinion)
            r.answers["capability.searching-how"] = ItemAnswer(status: .unknown, note: "MARKER-UNKNOWN school to check browsing logs")
            r.answers["strengths.trusted-adults"] = ItemAnswer(
                status: .noConcern, note: "MARKER-STRENGTH-ITEM close to his grandmother, 李奶奶", source: "Home visit", basis: .fact)
            r.answers["strengths.community-faith"] = ItemAnswer(status: .noConcern, note: "MARKER-SPECIAL-FAITH attends a youth club at the temple", source: "Mother")
            r.answers["needs.health"] = ItemAnswer(status: .someConcern, note: "MARKER-SPECIAL-HEALTH waiting for an ADHD assessment", source: "GP letter", observedOn: date("2026-08-20"), basis: .fact)
            r.answers["analysis.worried"] = ItemAnswer(note: "MARKER-ANALYSIS He is watching violent material alone late at night.")
            r.answers["analysis.working-well"] = ItemAnswer(note: "Warm relationship with grandmother; attends school every day.")
            r.answers["analysis.needs-to-happen"] = ItemAnswer(note: "Mentoring; parents to set device limits.\n# not a heading\n- not a list")
            r.answers["analysis.behaviour-or-belief"] = ItemAnswer(note: "Behaviour: sharing violent material, not his views as such.")
            r.answers["analysis.scale"] = ItemAnswer(scale: 4)
            r.concerns = [
                Concern(id: 1, what: "MARKER-CONCERN-ENG joined a chat group that shares hate memes", observedOn: date("2026-09-01"),
                        source: "Screenshot from a classmate", heading: "engagement", nature: .behaviour, severity: .high,
                        recordedAt: time("2026-09-05T14:00:00Z"), recordedBy: user),
                Concern(id: 2, what: "MARKER-CONCERN-INTENT wrote \"=HYPERLINK(\"http://x\")\" and [a link](http://evil) in a post \(hostile)",
                        observedOn: nil, source: "", heading: "intent", nature: .behaviour, severity: .medium, basis: .opinion,
                        recordedAt: time("2026-09-05T14:00:00Z"), recordedBy: user),
                Concern(id: 3, what: "Holds strong views about a conflict abroad and says so in class", observedOn: date("2026-09-02"),
                        source: "History teacher", heading: "family", nature: .belief, severity: .low, basis: .fact,
                        recordedAt: time("2026-09-05T14:00:00Z"), recordedBy: user),
            ]
            r.strengths = [Strength(id: 1, what: "MARKER-STRENGTH plays in a football team ⚽ every week", source: "Father",
                                    observedOn: date("2026-09-04"), recordedAt: time("2026-09-05T14:00:00Z"), recordedBy: user)]
            r.agencies = [AgencyInvolvement(id: 1, agency: "school", contact: "MARKER-AGENCY Ms Dilys Fallowby (DSL)",
                                            contribution: "Attendance 97%; no exclusions.", checkedOn: date("2026-09-04"))]
        }
        record = saved(record, at: "2026-09-06T09:00:00Z", "Recorded openness and agreement") { r in
            r.opennessLog = [OpennessRecord(
                id: 1, told: true, who: "Mother", what: "MARKER-CONSENT that the Channel panel will see the assessment",
                on: date("2026-09-06"), recordedAt: time("2026-09-06T09:00:00Z"), recordedBy: user)]
            r.agreementLog = [ServiceAgreement(
                id: 1, by: .parent, who: "Mrs Lin Marrowdene", capacity: "", status: .given, on: date("2026-09-06"),
                service: "Channel support", recordedAt: time("2026-09-06T09:00:00Z"), recordedBy: user)]
            r.decision = Decision(
                threshold: "early-help", route: "channel", rationale: "MARKER-DECISION Concerns about behaviour online; family engaged.",
                decidedBy: user, decidedOn: date("2026-09-06"), reviewOn: date("2026-12-06"))
            r.actions = [CaseAction(id: 1, what: "MARKER-ACTION Refer to Channel panel", owner: "P. Okonkwo-Vale", due: date("2026-09-10"))]
            r.status = .decided
        }
        record = saved(record, at: "2026-09-07T11:00:00Z", "Shared a summary with Channel panel") { r in
            r.sharing = [SharingRecord(
                id: 1, recipient: "channel-panel", shared: true, what: "Summary (md)", why: "Panel meeting",
                at: time("2026-09-07T11:00:00Z"), by: user, consent: r.consent, caseRevision: 3, format: "md", file: "/tmp/x.md")]
        }
        record = saved(record, at: "2026-10-01T16:00:00Z", "Review") { r in
            r.concerns.append(Concern(
                id: 4, what: "Threatened a classmate after a football match", observedOn: date("2026-09-28"), source: "PE teacher",
                heading: "intent", nature: .behaviour, severity: .high, recordedAt: time("2026-10-01T16:00:00Z"), recordedBy: user))
            r.actions[0].done = true
            r.actions[0].doneOn = date("2026-09-09")
            r.actions.append(CaseAction(id: 2, what: "Mentor to meet him weekly", owner: "Youth service", due: date("2026-10-15")))
            r.decision?.threshold = "child-in-need"
            r.answers["analysis.scale"] = ItemAnswer(scale: 3)
            r.status = .underReview
        }
        return record
    }

    static func profile(_ id: String) -> RecipientProfile { settings.recipient(id: id)! }

    static func summary(_ record: CaseRecord, for profile: String, options: SummaryOptions = SummaryOptions()) -> Summary {
        SummaryGenerator(
            record: record, template: template, settings: settings, profile: self.profile(profile), options: options,
            now: now, user: user
        ).build()
    }
}
