#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// Encrypting a store in place and changing its passphrase, with a failure at every call in turn.
@Suite struct WholeStoreFaultInjectionTests {
    @Test func encryptingInPlaceSurvivesAFailureAtEveryCallAndResumes() throws {
        var failAt = 1
        var calls = 0
        while failAt < 400 {
            let root = Fixture.folder()
            let plain = try Fixture.plainStore(root)
            var records: [CaseRecord] = []
            for index in 0..<3 { records.append(try Fixture.makeCase(in: plain, name: "Person \(index)")) }
            _ = plain.list()
            let failing = FailingFileOperations(failAt: failAt)
            failing.arm()
            var finished = false
            do {
                try StoreEncryption.encrypt(root: root, passphrase: Fixture.passphrase, policy: .testing(), by: "t", operations: failing)
                finished = true
            } catch {}
            // Every case is whole: plain (and readable as plain) or sealed (and readable with the key).
            let encrypted = access(root + "/keystore.json", F_OK) == 0
            if encrypted {
                let store = try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
                for record in records {
                    do { #expect(try store.load(record.reference) == record) } catch let error as ProtectionError {
                        #expect(error == .notEncrypted(file: store.path(for: record.reference)), "call \(failAt): \(error)")
                    }
                }
            } else {
                let store = try Fixture.plainStore(root)
                for record in records { #expect(try store.load(record.reference) == record) }
            }
            if !finished {
                // Running it again finishes the job.
                do {
                    try StoreEncryption.encrypt(root: root, passphrase: Fixture.passphrase, policy: .testing(), by: "t")
                } catch ProtectionError.alreadyEncrypted {}
            }
            let store = try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
            for record in records { #expect(try store.load(record.reference) == record, "call \(failAt)") }
            #expect(Fixture.filesContaining("Person 1", under: root).isEmpty, "call \(failAt): plaintext left behind")
            #expect(try store.audit.verify().isIntact)
            guard failing.didFail else {
                calls = failing.log.count
                break
            }
            failAt += 1
        }
        print("encrypt in place: \(calls) file-system calls for 3 cases, each failed in turn")
        #expect(calls > 20)
    }

    @Test func changingThePassphraseSurvivesAFailureAtEveryCall() throws {
        let newPassphrase = Data("the new passphrase".utf8)
        var failAt = 1
        while failAt < 100 {
            let root = Fixture.folder()
            let store = try Fixture.encryptedStore(root)
            let record = try Fixture.makeCase(in: store)
            let failing = FailingFileOperations(failAt: failAt)
            failing.arm()
            do {
                try StoreEncryption.changePassphrase(root: root, old: Fixture.passphrase, new: newPassphrase, policy: .testing(), by: "t", operations: failing)
            } catch {}
            let old = try? CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
            let new = try? CaseStore(root: root, passphrase: { newPassphrase }, keyPolicy: .testing())
            #expect((old == nil) != (new == nil), "call \(failAt): exactly one passphrase must open the store")
            #expect(try (old ?? new)?.load(record.reference) == record)
            guard failing.didFail else {
                #expect(new != nil)
                break
            }
            failAt += 1
        }
        #expect(failAt > 5)
    }
}
