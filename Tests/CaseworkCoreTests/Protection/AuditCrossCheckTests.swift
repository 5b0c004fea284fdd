#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// The cross-check between case files and the trail.
@Suite struct AuditCrossCheckTests {
    @Test func aRolledBackCaseAndAnUnloggedDeletionAreNamed() throws {
        let store = try Fixture.encryptedStore()
        let record = try Fixture.makeCase(in: store)
        let gone = try Fixture.makeCase(in: store, name: "Gone Child")
        #expect(try AuditCrossCheck.run(store: store).isEmpty)
        let old = try #require(Fixture.bytes(store.path(for: record.reference)))
        try store.update(record.reference, by: "t", summary: "more") { $0.lead = "someone" }
        try old.write(to: URL(fileURLWithPath: store.path(for: record.reference)))
        #expect(try store.load(record.reference).revision == 1)
        unlink(store.path(for: gone.reference))
        let findings = try AuditCrossCheck.run(store: store)
        #expect(findings.count == 2)
        #expect(findings.contains { $0.reference == record.reference.rawValue && $0.message.contains("trail records revision 2") })
        #expect(findings.contains { $0.reference == gone.reference.rawValue && $0.message.contains("no deletion was logged") })
    }
}
