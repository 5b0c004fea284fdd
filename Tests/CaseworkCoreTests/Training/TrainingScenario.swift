import CaseworkCore
import Foundation

/// One fictional training case as a script: who opened it, and each later change with its time and author.
///
/// The bundled training cases are built from these through the real store (`TrainingCaseBuilder`), so the
/// files are valid case records with a true history, and `TrainingCaseFilesTests` fails if a committed
/// file drifts from its script. Every name, place and event here is invented.
struct TrainingScenario {
    /// One saved change: applied with `CaseStore.update` at `at`, by `by`.
    struct Step {
        var at: String
        var by: String
        var summary: String
        var change: (inout CaseRecord) -> Void
    }

    var reference: String
    var subject: Subject
    var referral: Referral
    var lead: String
    var openedAt: String
    var openedBy: String
    var steps: [Step]

    /// Every training case, in the order of the trainer's notes.
    static var all: [TrainingScenario] {
        [explosivesSearches, parentInMovement, siblingsFootage, defacedPlacesOfWorship, beliefsOnly, protectiveFactors]
    }

    // MARK: Helpers that keep the scripts readable

    static func day(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    static func time(_ text: String) -> Timestamp { Timestamp(iso8601: text)! }

    /// A rated item: the judgement, the evidence, where it came from and when.
    static func rated(
        _ status: AnswerStatus, _ note: String, source: String, on date: String, _ basis: EvidenceBasis = .fact
    ) -> ItemAnswer {
        ItemAnswer(status: status, note: note, source: source, observedOn: day(date), basis: basis)
    }

    /// A narrative item: the text itself, with its source.
    static func text(_ note: String, source: String, on date: String, _ basis: EvidenceBasis = .fact) -> ItemAnswer {
        ItemAnswer(note: note, source: source, observedOn: day(date), basis: basis)
    }

    static func concern(
        _ id: Int, _ what: String, on date: String?, source: String, heading: String, _ severity: ConcernSeverity,
        nature: ConcernNature = .behaviour, basis: EvidenceBasis = .fact, at: String, by: String
    ) -> Concern {
        Concern(id: id, what: what, observedOn: date.map(day), source: source, heading: heading, nature: nature,
                severity: severity, basis: basis, recordedAt: time(at), recordedBy: by)
    }

    static func strength(_ id: Int, _ what: String, source: String, on date: String, at: String, by: String) -> Strength {
        Strength(id: id, what: what, source: source, observedOn: day(date), recordedAt: time(at), recordedBy: by)
    }

    static func agency(_ id: Int, _ agency: String, contact: String, _ contribution: String, on date: String) -> AgencyInvolvement {
        AgencyInvolvement(id: id, agency: agency, contact: contact, contribution: contribution, checkedOn: day(date))
    }

    static func action(_ id: Int, _ what: String, owner: String, due: String, doneOn: String? = nil) -> CaseAction {
        CaseAction(id: id, what: what, owner: owner, due: day(due), done: doneOn != nil, doneOn: doneOn.map(day))
    }

    /// What the person or family was told about sharing (or, with `whyNot`, why not).
    static func told(_ id: Int, _ who: String, _ what: String = "", whyNot: String = "", on date: String?, at: String, by: String) -> OpennessRecord {
        OpennessRecord(id: id, told: whyNot.isEmpty, who: who, what: what, whyNot: whyNot, on: date.map(day), recordedAt: time(at), recordedBy: by)
    }

    /// Agreement to receive a service, as recorded at a visit or panel.
    static func agreement(
        _ id: Int, _ status: AgreementStatus, by party: AgreementParty, _ who: String, capacity: String = "", service: String,
        on date: String, at: String, by worker: String
    ) -> ServiceAgreement {
        ServiceAgreement(
            id: id, by: party, who: who, capacity: capacity, status: status, on: day(date), service: service, recordedAt: time(at),
            recordedBy: worker)
    }

    /// The decision behind a training share: public task, as the advice describes, and the Article 9
    /// condition only when special category data went. The bundled settings' labels are copied, as the
    /// service copies them.
    static func decision(
        _ purpose: String, condition: String? = nil, told: Bool? = true, notToldReason: String? = nil,
        method: ShareMethod = .file, madeOn: String? = nil, sections: [SummarySection], entries: [String]
    ) -> ShareDecision {
        let bases = try! SettingsValidator.load(storePath: "/nonexistent/settings.json").sharingBases!
        return ShareDecision(
            purpose: purpose, article6: "public-task", article6Label: bases.basis(id: "public-task")!.label,
            article9: condition, article9Label: condition.flatMap { bases.condition(id: $0)?.label }, told: told,
            notToldReason: notToldReason, method: method, madeOn: madeOn.map(day), sections: sections.map(\.rawValue),
            entries: entries)
    }
}
