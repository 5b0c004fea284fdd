import CaseworkCore
import CaseworkUI
import Foundation

/// A fixed world for screen tests: the bundled settings and template, a fixed clock and user, and a
/// fictional case with some of everything recorded.
enum Fixtures {
    static let settings: AuthoritySettings = try! SettingsValidator.load(storePath: "/nonexistent/casework-tests/settings.json")
    static let templates: TemplateLibrary = try! TemplateLibrary.load(storeTemplatesFolder: nil)
    /// The screens and summaries here were recorded on template 1.0.0, which existing cases keep.
    static var template: ChecklistTemplate { templates.template(id: TemplateLibrary.defaultTemplateID, version: "1.0.0")! }
    static let now = Timestamp(iso8601: "2026-11-24T09:30:00Z")!
    static let small = Size(columns: 80, rows: 24)
    static let large = Size(columns: 120, rows: 40)

    static func date(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    static func record(name: String = "Zoë Ångström-Ōta", reference: String = "KTR-4827") -> CaseRecord {
        var record = CaseRecord(
            reference: CaseReference(reference)!, subject: Subject(name: name, dateOfBirth: date("2011-03-02")),
            lead: "jsmith",
            referral: Referral(reason: "Form tutor heard remarks praising an attack; searches flagged by the school filter.",
                               receivedOn: date("2026-11-18"), referrer: "A. Teacher", referrerRole: "Form tutor"),
            templateID: template.id, templateVersion: template.version, createdAt: now.adding(seconds: -86_400 * 6), createdBy: "jsmith")
        record.revision = 7
        record.status = .assessing
        record.updatedAt = now.adding(seconds: -3600)
        record.answers = [
            "referral.referrer": ItemAnswer(note: "Form tutor, has known her two years."),
            "engagement.group-identification": ItemAnswer(status: .someConcern, note: "Zoë said 日本 was where the group met; wears its badge daily.", source: "Form tutor", observedOn: date("2026-11-17"), basis: .fact),
            "engagement.us-and-them": ItemAnswer(status: .significantConcern, note: "Calls classmates traitors.", source: "Two pupils"),
            "engagement.belonging": ItemAnswer(status: .noConcern, note: "Plays in the school band."),
            "engagement.extremist-material": ItemAnswer(status: .unknown, note: "Ask the school IT team."),
        ]
        record.concerns = [
            Concern(id: 1, what: "Posted that the group should punish a teacher.", observedOn: date("2026-11-16"), source: "Screenshot",
                    heading: "engagement", nature: .behaviour, severity: .high, recordedAt: now, recordedBy: "jsmith"),
            Concern(id: 2, what: "Says the government lies about everything.", observedOn: nil, source: "Parent",
                    heading: "engagement", nature: .belief, severity: .low, basis: .opinion, recordedAt: now, recordedBy: "jsmith"),
        ]
        record.strengths = [Strength(id: 1, what: "Close to her grandmother, who she talks to every day.", source: "Mother", observedOn: date("2026-11-19"), recordedAt: now, recordedBy: "jsmith")]
        record.agencies = [AgencyInvolvement(id: 1, agency: settings.agencies.first!.id, contact: "Ms Head (DSL)", contribution: "Attendance 92%, no exclusions.", checkedOn: date("2026-11-20"))]
        record.actions = [
            CaseAction(id: 1, what: "Speak to the school IT team about searches", owner: "jsmith", due: date("2026-11-28")),
            CaseAction(id: 2, what: "Home visit with mother", owner: "jsmith", due: date("2026-11-21"), done: true, doneOn: date("2026-11-21")),
        ]
        return record
    }

    static func state(size: Size = small) -> AppState {
        var state = AppState(user: "jsmith", now: now, size: size, settings: settings, templates: templates.templates)
        var second = record(name: "Adam Bell", reference: "BCD-1234")
        second.status = .decided
        second.updatedAt = now.adding(seconds: -86_400 * 3)
        var third = record(name: "李小龍", reference: "MNP-7777")
        third.status = .newReferral
        third.answers = [:]
        third.updatedAt = now.adding(seconds: -86_400 * 10)
        state.listings = [record(), second, third].map(CaseListing.init(record:))
        return state
    }

    /// A state with the fixture case open on the overview.
    static func openState(size: Size = small, record: CaseRecord = Fixtures.record(), readOnly: Bool = false) -> AppState {
        var state = state(size: size)
        let holder = readOnly ? CaseHold.Holder(user: "mpatel", host: "council-vm3", pid: 4242, since: now.adding(seconds: -5400)) : nil
        _ = update(&state, .opened(OpenCase(record: record, template: template, readOnly: readOnly, heldBy: holder)))
        state.message = ""
        return state
    }

    /// Feeds keys one at a time and collects the effects.
    @discardableResult
    static func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    @discardableResult
    static func type(_ state: inout AppState, _ text: String) -> [Effect] {
        update(&state, .paste(text))
    }

    /// In the open recipient picker, moves to the profile with this id and chooses it.
    static func pick(_ state: inout AppState, _ id: String) {
        let index = settings.recipients.firstIndex { $0.id == id }!
        press(&state, .home)
        for _ in 0..<index { press(&state, .down) }
        press(&state, .enter)
    }

    /// The record saved by the last save effect.
    static func savedRecord(_ effects: [Effect]) -> CaseRecord? {
        for effect in effects.reversed() {
            if case .save(let record, _, _) = effect { return record }
        }
        return nil
    }
}
