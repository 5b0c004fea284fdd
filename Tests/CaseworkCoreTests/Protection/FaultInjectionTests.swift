#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// Walks an injected failure through every file-system call of a save, one run per call, and checks that
/// the previous version survives byte for byte (or, once the rename has happened, that the new one is
/// complete), that no temp file is left, that the audit chain still verifies and that the store still saves.
@Suite struct FaultInjectionTests {
    func open(_ root: String, _ operations: any FileOperations, encrypted: Bool) throws -> CaseStore {
        encrypted
            ? try CaseStore(root: root, operations: operations, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
            : try CaseStore(root: root, operations: operations)
    }

    @Test(arguments: [false, true])
    func everyCallOfAnUpdateFailsSafely(encrypted: Bool) throws {
        var failAt = 1
        var callsInASave: [String] = []
        while failAt < 100 {
            let root = Fixture.folder()
            let setup = encrypted ? try Fixture.encryptedStore(root) : try Fixture.plainStore(root)
            let reference = try Fixture.makeCase(in: setup).reference
            let previous = try setup.update(reference, by: "tester", summary: "second") { $0.referral.reason = "version two" }
            let before = try #require(Fixture.bytes(setup.path(for: reference)))

            let failing = FailingFileOperations(failAt: failAt)
            let store = try open(root, failing, encrypted: encrypted)
            failing.arm()
            var saved: CaseRecord?
            do {
                saved = try store.update(reference, by: "tester", summary: "third") { $0.referral.reason = "version three" }
            } catch {
                #expect(!"\(error)".isEmpty)
            }
            guard failing.didFail else {
                #expect(saved?.revision == 3)
                callsInASave = failing.log
                break
            }
            let caseFile = "rename to \(reference.rawValue).json"
            let renamedBeforeFailure = failing.log.prefix(failAt - 1).contains(caseFile)
            let reopened = try open(root, PosixFileOperations(), encrypted: encrypted)
            let now = try reopened.load(reference)
            if renamedBeforeFailure {
                #expect(now.revision == 3, "failure at call \(failAt) (\(failing.failedCall ?? "")) after the rename")
                #expect(now.referral.reason == "version three")
            } else {
                #expect(now == previous, "failure at call \(failAt) (\(failing.failedCall ?? "")) lost the previous version")
                #expect(Fixture.bytes(setup.path(for: reference)) == before)
            }
            let leftovers = Fixture.allFiles(under: root).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty, "temp files left after failing call \(failAt): \(leftovers)")
            #expect(try reopened.audit.verify().isIntact)
            let after = try reopened.update(reference, by: "tester", summary: "again") { $0.referral.reason = "after the failure" }
            #expect(after.referral.reason == "after the failure")
            failAt += 1
        }
        print("fault injection (\(encrypted ? "encrypted" : "plain")): \(callsInASave.count) calls in one save, each failed in turn: \(callsInASave)")
        #expect(callsInASave.count >= 8)
        #expect(failAt == callsInASave.count + 1)
    }

    @Test(arguments: [false, true])
    func everyCallOfACreateFailsSafely(encrypted: Bool) throws {
        var failAt = 1
        while failAt < 100 {
            let root = Fixture.folder()
            let setup = encrypted ? try Fixture.encryptedStore(root) : try Fixture.plainStore(root)
            let existing = try Fixture.makeCase(in: setup)
            let failing = FailingFileOperations(failAt: failAt)
            let store = try open(root, failing, encrypted: encrypted)
            failing.arm()
            var created: CaseRecord?
            do { created = try Fixture.makeCase(in: store, name: "Second Person") } catch {}
            let reopened = try open(root, PosixFileOperations(), encrypted: encrypted)
            #expect(try reopened.load(existing.reference) == existing)
            for reference in reopened.references() where reference != existing.reference {
                // A case that exists after a failed create must be whole.
                #expect(try reopened.load(reference).subject.name == "Second Person")
            }
            #expect(Fixture.allFiles(under: root).filter { $0.hasSuffix(".tmp") }.isEmpty)
            guard failing.didFail else {
                #expect(created != nil)
                break
            }
            failAt += 1
        }
        #expect(failAt > 8)
    }

    @Test func aFailedDeleteKeepsTheCase() throws {
        var failAt = 1
        while failAt < 50 {
            let root = Fixture.folder()
            let setup = try Fixture.encryptedStore(root)
            let record = try Fixture.makeCase(in: setup)
            let failing = FailingFileOperations(failAt: failAt)
            let store = try open(root, failing, encrypted: true)
            failing.arm()
            do { try store.delete(record.reference, by: "tester") } catch {}
            let reopened = try open(root, PosixFileOperations(), encrypted: true)
            if reopened.exists(record.reference), access(reopened.keyPath(for: record.reference), F_OK) == 0 {
                #expect(try reopened.load(record.reference) == record)
            }
            guard failing.didFail else {
                #expect(!reopened.exists(record.reference))
                #expect(access(reopened.keyPath(for: record.reference), F_OK) != 0)
                break
            }
            failAt += 1
        }
    }
}
