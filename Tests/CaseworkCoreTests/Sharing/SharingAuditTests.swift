import CaseworkCore
import Foundation
import Testing

/// A share is logged in the audit trail (an export naming the recipient and the file) by the service
/// itself, so the command line and the workbench both leave it; a refused share and a decline log none.
@Suite struct SharingAuditTests {
    @Test func aShareLogsOneExportWithTheRecipientAndTheFile() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let path = temp.exportPath("school.md")
        let result = try temp.service().share(ShareRequest(
            reference: record.reference, recipient: "school", format: .markdown, destination: path, why: "Plan meeting",
            options: SummaryOptions(specialCategory: .leaveOut)))
        let exports = try temp.store.audit.trail(for: record.reference).filter { $0.action == .export }
        #expect(exports.count == 1)
        #expect(exports.first?.detail == "summary for school to \(path)")
        #expect(exports.first?.revision == result.sharingRecord.caseRevision)
    }

    @Test func aRefusedShareAndADeclineLogNoExport() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        #expect(throws: SharingRefusal.self) {
            try temp.service().share(ShareRequest(
                reference: record.reference, recipient: "police", format: .markdown, destination: temp.exportPath("p.md"),
                why: "Strategy meeting", options: SummaryOptions(specialCategory: .include)))
        }
        try temp.service().decline(record.reference, recipient: "health", why: "Not involved")
        #expect(try temp.store.audit.trail(for: record.reference).allSatisfy { $0.action != .export })
    }
}
