import CaseworkCore
import Foundation
import Testing

/// A share that fails at any file system call is not recorded as done: no file is left, the case holds no
/// sharing record, and any export the trail logged is followed by its withdrawal (unless the case was
/// saved before the failure, when the file stays with its sharing record). A path into the store is
/// refused by the service itself, so the workbench is covered as the command line is.
@Suite struct ShareFailureTests {
    func share(_ service: SharingService, _ reference: CaseReference, to path: String) throws -> ShareResult {
        try service.share(ShareRequest(
            reference: reference, recipient: "police", format: .markdown, destination: path, why: "Strategy meeting",
            options: SummaryOptions(specialCategory: .include), choices: ShareChoices(condition: "safeguarding")))
    }

    @Test func aFailureAtAnyStepLeavesNoFileAndNoRecordOfADoneExport() throws {
        var succeeded = false
        for failAt in 1...60 {
            let temp = try TemporaryStore()
            let record = try temp.makeCase()
            let failing = FailingFileOperations(failAt: failAt)
            let store = try CaseStore(root: temp.store.root, operations: failing, now: { SummaryFixtures.now })
            let service = SharingService(
                store: store, settings: SummaryFixtures.settings, templates: SummaryFixtures.templates, user: SummaryFixtures.user,
                now: SummaryFixtures.now)
            let path = temp.exportPath("police-\(failAt).md")
            failing.arm()
            let result = try? share(service, record.reference, to: path)
            let exports = try temp.store.audit.trail(for: record.reference).filter { $0.action == .export }
            if let result {
                #expect(FileManager.default.fileExists(atPath: path))
                #expect(result.record.sharing.count == 1)
                #expect(exports.count == 1)
                succeeded = true
                break
            }
            #expect(failing.didFail)
            let kept = try temp.store.load(record.reference).sharing
            if !kept.isEmpty {
                // The case was saved before the failure (flushing its folder): the file stays with its record.
                #expect(FileManager.default.fileExists(atPath: path), "step \(failAt): a sharing record without its file")
                #expect(kept.first?.file == path)
                continue
            }
            #expect(!FileManager.default.fileExists(atPath: path), "step \(failAt) (\(failing.failedCall ?? "?")) left the file")
            let done = exports.filter { !($0.detail ?? "").hasPrefix("withdrawn") }
            let withdrawn = exports.filter { ($0.detail ?? "").hasPrefix("withdrawn") }
            #expect(done.count == withdrawn.count, "step \(failAt) (\(failing.failedCall ?? "?")): \(exports.map { $0.detail ?? "" })")
        }
        #expect(succeeded, "the share never got past the injected failures")
    }

    @Test func thePathOfAStoreFileIsRefusedByTheService() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let file = temp.store.root + "/cases/\(record.reference).json"
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(throws: SharingRefusal.self) { try share(temp.service(), record.reference, to: file) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(try temp.store.audit.trail(for: record.reference).allSatisfy { $0.action != .export })
    }
}
