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

    /// The lawful basis every training case uses: public task, and the safeguarding condition for
    /// special category data.
    static let article6 = "6(1)(e) public task"
    static let article9 = "9(2)(g) substantial public interest, DPA 2018 Sch.1 para 18 (safeguarding of children and individuals at risk)"
}
