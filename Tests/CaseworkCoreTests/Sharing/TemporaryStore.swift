import CaseworkCore
import Foundation

/// A case store in a fresh temporary folder, removed when the test is done with it.
final class TemporaryStore {
    let folder: String
    let store: CaseStore

    init() throws {
        folder = NSTemporaryDirectory() + "casework-test-" + UUID().uuidString
        store = try CaseStore(root: folder + "/store", now: { SummaryFixtures.now })
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func service(now: Timestamp = SummaryFixtures.now) -> SharingService {
        SharingService(store: store, settings: SummaryFixtures.settings, templates: SummaryFixtures.templates, user: SummaryFixtures.user, now: now)
    }

    /// A fictional case with a concern under a special category heading and one under intent.
    func makeCase(dateOfBirth: String = "2012-02-29") throws -> CaseRecord {
        let record = try store.create(
            subject: Subject(name: "Rosen Kilnsey", dateOfBirth: LocalDate(iso8601: dateOfBirth)),
            referral: Referral(reason: "Drew a violent symbol on a locker (fictional).", receivedOn: LocalDate(iso8601: "2026-10-12")!,
                               referrer: "Mr Perrin Dunmere", referrerRole: "Teacher"),
            lead: SummaryFixtures.user, template: SummaryFixtures.template, by: SummaryFixtures.user)
        return try store.update(record.reference, by: SummaryFixtures.user, summary: "Assessment") { r in
            r.concerns = [
                Concern(id: 1, what: "Repeats slogans of an extremist group", observedOn: nil, source: "Teacher", heading: "engagement",
                        nature: .behaviour, severity: .medium, recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user),
                Concern(id: 2, what: "Said he wants to hurt a named pupil", observedOn: nil, source: "Pupil", heading: "intent",
                        nature: .behaviour, severity: .high, recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user),
            ]
        }
    }

    func addAgreement(_ reference: CaseReference, _ status: AgreementStatus, on day: String) throws {
        try store.update(reference, by: SummaryFixtures.user, summary: "Agreement") { r in
            r.agreementLog.append(ServiceAgreement(
                id: r.agreementLog.nextID, by: .parent, who: "Mother (fictional)", status: status, on: LocalDate(iso8601: day),
                service: "Channel support", recordedAt: SummaryFixtures.now, recordedBy: SummaryFixtures.user))
        }
    }

    func exportPath(_ name: String) -> String { folder + "/" + name }
}
