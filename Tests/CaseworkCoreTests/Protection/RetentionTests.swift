#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// Retention rules, legal holds and subject access exports.
@Suite struct RetentionTests {
    let settings = try! SettingsValidator.load(storePath: "/nonexistent/settings.json")
    let today = LocalDate(year: 2040, month: 6, day: 1)!

    @Test func oldFilesWithoutRetentionFieldsStillLoad() throws {
        let store = try Fixture.plainStore()
        let record = try Fixture.makeCase(in: store)
        let text = String(decoding: try #require(Fixture.bytes(store.path(for: record.reference))), as: UTF8.self)
        #expect(!text.contains("legalHold") && !text.contains("retentionRule") && !text.contains("closedOn"))
        #expect(try store.load(record.reference).legalHold == nil)
    }

    @Test func dueDatesFollowTheRules() throws {
        let store = try Fixture.plainStore()
        let child = try Fixture.makeCase(in: store)  // born 2010-03-04, default rule child-record (25 years)
        #expect(RetentionSchedule.status(of: child, settings: settings).dueOn == LocalDate(year: 2035, month: 3, day: 4))
        let adult = try store.update(child.reference, by: "t", summary: "adult") { $0.retentionRule = "adult-record" }
        let open = RetentionSchedule.status(of: adult, settings: settings)
        #expect(open.dueOn == nil)
        #expect(open.note?.contains("closed") == true)
        let closed = try store.update(child.reference, by: "t", summary: "close") {
            $0.status = .closed
            $0.closedOn = LocalDate(year: 2027, month: 1, day: 31)
        }
        #expect(RetentionSchedule.status(of: closed, settings: settings).dueOn == LocalDate(year: 2033, month: 1, day: 31))
        let unknown = try store.update(child.reference, by: "t", summary: "bad rule") { $0.retentionRule = "no-such-rule" }
        #expect(RetentionSchedule.status(of: unknown, settings: settings).note?.contains("not in the settings") == true)
    }

    /// A 19-year-old's case falls under the adult rule unless one is chosen, not under the child's rule
    /// counted from a 25th birthday a few years away (nor, for someone older, one already past).
    @Test func someoneReferredAsAnAdultGetsTheAdultRule() throws {
        let store = try Fixture.plainStore()
        let received = LocalDate(year: 2026, month: 11, day: 1)!
        func referred(born: LocalDate?, age: Int? = nil) throws -> CaseRecord {
            try store.create(
                subject: Subject(name: "Person Example", dateOfBirth: born, approximateAge: age),
                referral: Referral(reason: "r", receivedOn: received), lead: "t", template: Fixture.template, by: "t")
        }
        let nineteen = try referred(born: LocalDate(year: 2007, month: 5, day: 1))
        #expect(RetentionSchedule.rule(for: nineteen, settings: settings)?.id == "adult-record")
        let turnsEighteenTomorrow = try referred(born: LocalDate(year: 2008, month: 11, day: 2))
        #expect(RetentionSchedule.rule(for: turnsEighteenTomorrow, settings: settings)?.id == "child-record")
        let eighteenToday = try referred(born: LocalDate(year: 2008, month: 11, day: 1))
        #expect(RetentionSchedule.rule(for: eighteenToday, settings: settings)?.id == "adult-record")
        let byAge = try referred(born: nil, age: 34)
        #expect(RetentionSchedule.rule(for: byAge, settings: settings)?.id == "adult-record")
        let unknownAge = try referred(born: nil)
        #expect(RetentionSchedule.rule(for: unknownAge, settings: settings)?.id == "child-record")
        // A rule chosen for the case wins.
        let chosen = try store.update(nineteen.reference, by: "t", summary: "rule") { $0.retentionRule = "looked-after-child" }
        #expect(RetentionSchedule.rule(for: chosen, settings: settings)?.id == "looked-after-child")
        // Settings without an adult rule keep the one default.
        var plain = settings
        plain.retention?.adultDefault = nil
        #expect(RetentionSchedule.rule(for: nineteen, settings: plain)?.id == "child-record")
    }

    @Test func aHoldBlocksDeletionAndADueCaseIsDeletedWithItsKeyAndAnAuditEntry() throws {
        let store = try Fixture.encryptedStore()
        let record = try Fixture.makeCase(in: store)
        try RetentionSchedule.placeHold(record.reference, reason: "Inquiry 2039/4", store: store, today: today, by: "dpo")
        #expect(throws: ProtectionError.onHold(reference: record.reference, reason: "Inquiry 2039/4")) {
            try RetentionSchedule.delete(record.reference, store: store, settings: settings, today: today, by: "dpo")
        }
        #expect(store.exists(record.reference))
        try RetentionSchedule.releaseHold(record.reference, reason: "Inquiry closed", store: store, by: "dpo")
        let early = LocalDate(year: 2030, month: 1, day: 1)!
        #expect(throws: ProtectionError.notDue(reference: record.reference, dueOn: LocalDate(year: 2035, month: 3, day: 4))) {
            try RetentionSchedule.delete(record.reference, store: store, settings: settings, today: early, by: "dpo")
        }
        try RetentionSchedule.delete(record.reference, store: store, settings: settings, today: today, by: "dpo")
        #expect(!store.exists(record.reference))
        #expect(access(store.keyPath(for: record.reference), F_OK) != 0)
        let last = try #require(try store.audit.entries().last)
        #expect(last.action == .delete)
        #expect(last.detail == "retention rule child-record due on 2035-03-04")
        #expect(try store.audit.verify().isIntact)
    }

    @Test func theStatusListShowsWhatIsDue() throws {
        let store = try Fixture.plainStore()
        let due = try Fixture.makeCase(in: store)
        let young = try store.create(
            subject: Subject(name: "Young Person", dateOfBirth: LocalDate(year: 2030, month: 1, day: 1)),
            referral: Referral(reason: "r", receivedOn: today), lead: "t", template: Fixture.template, by: "t")
        let statuses = RetentionSchedule.statuses(store: store, settings: settings)
        #expect(statuses.first { $0.reference == due.reference }?.isDue(on: today) == true)
        #expect(statuses.first { $0.reference == young.reference }?.isDue(on: today) == false)
    }

    @Test func aSubjectAccessExportGathersRedactsAndGivesTheDueDate() throws {
        let store = try Fixture.plainStore()
        let mine = try Fixture.makeCase(in: store, name: "Aisha Khan")
        try store.update(mine.reference, by: "t", summary: "agency") {
            $0.agencies.append(AgencyInvolvement(id: 1, agency: "police", contact: "DC Priya Patel", contribution: "Priya Patel checked records", checkedOn: nil))
        }
        try store.update(mine.reference, by: "t", summary: "reason") { $0.referral.reason = "Mr Jones saw posts" }
        let other = try Fixture.makeCase(in: store, name: "Other Child", reason: "Friend of aisha khan")
        _ = try Fixture.makeCase(in: store, name: "Unrelated Person", reason: "nothing to do with it")
        let request = SubjectAccessExport.Request(name: "AISHA  KHAN", receivedOn: LocalDate(year: 2026, month: 1, day: 31)!)
        #expect(request.dueOn == LocalDate(year: 2026, month: 2, day: 28))
        let export = SubjectAccessExport.gather(request, store: store)
        #expect(export.cases.map(\.reference) == [mine.reference])
        #expect(export.mentions == [SubjectAccessExport.Mention(reference: other.reference.rawValue, fields: ["referral.reason"])])
        let text = String(decoding: try export.render(generatedAt: Timestamp.now(), by: "dpo"), as: UTF8.self)
        #expect(text.contains("2026-02-28"))
        #expect(text.contains("Aisha Khan"))
        #expect(!text.contains("Mr Jones"), "the referrer's name survived redaction, history included")
        #expect(!text.contains("Priya Patel"))
        #expect(text.contains(SubjectAccessExport.redactionMark))
        #expect(text.contains("\"auditTrail\""))
        #expect(export.trails[mine.reference.rawValue]?.map(\.action) == [.create, .change, .change])
        #expect(!text.contains("Other Child"))
        let unredacted = SubjectAccessExport.gather(
            SubjectAccessExport.Request(name: "Aisha Khan", receivedOn: request.receivedOn, includeThirdParties: true), store: store)
        #expect(String(decoding: try unredacted.render(generatedAt: Timestamp.now(), by: "dpo"), as: UTF8.self).contains("Mr Jones"))
    }
}
