#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// Encryption at rest: tampering of any kind fails to open with a clear sentence, a canary never
/// reaches the disk in clear, the KDF settings are policed, and passphrases behave.
@Suite struct EncryptionTests {
    @Test func flippingAnySingleBitOfAnEncryptedCaseFileIsRefused() throws {
        let store = try Fixture.encryptedStore()
        let record = try Fixture.makeCase(in: store)
        let path = store.path(for: record.reference)
        let original = try #require(Fixture.bytes(path))
        var refused = 0
        for byte in 0..<original.count {
            for bit in 0..<8 {
                var damaged = original
                damaged[byte] ^= UInt8(1 << bit)
                Fixture.overwrite(path, with: damaged)
                do {
                    _ = try store.load(record.reference)
                    Issue.record("bit \(bit) of byte \(byte) flipped and the file still opened")
                } catch {
                    #expect("\(error)".contains(path))
                    refused += 1
                }
            }
        }
        Fixture.overwrite(path, with: original)
        #expect(try store.load(record.reference) == record)
        #expect(refused == original.count * 8)
        print("bit flips: all \(refused) single-bit flips of a \(original.count)-byte sealed case refused")
    }

    @Test func truncatingAnEncryptedCaseFileAtAnyLengthIsRefused() throws {
        let store = try Fixture.encryptedStore()
        let record = try Fixture.makeCase(in: store)
        let path = store.path(for: record.reference)
        let original = try #require(Fixture.bytes(path))
        for length in 0..<original.count {
            Fixture.overwrite(path, with: original.prefix(length))
            #expect(throws: (any Error).self) { _ = try store.load(record.reference) }
        }
        var extended = original
        extended.append(0)
        Fixture.overwrite(path, with: extended)
        #expect(throws: (any Error).self) { _ = try store.load(record.reference) }
    }

    @Test func swappingTwoCaseFilesOrKeyFilesIsRefused() throws {
        let store = try Fixture.encryptedStore()
        let first = try Fixture.makeCase(in: store)
        let second = try Fixture.makeCase(in: store, name: "Second Child")
        let a = store.path(for: first.reference), b = store.path(for: second.reference)
        let bytesA = try #require(Fixture.bytes(a)), bytesB = try #require(Fixture.bytes(b))
        Fixture.overwrite(a, with: bytesB)
        Fixture.overwrite(b, with: bytesA)
        for reference in [first.reference, second.reference] {
            do {
                _ = try store.load(reference)
                Issue.record("a swapped file opened")
            } catch {
                #expect("\(error)".contains("swapped or renamed"), "\(error)")
            }
        }
        Fixture.overwrite(a, with: bytesA)
        Fixture.overwrite(b, with: bytesB)
        let keyA = try #require(Fixture.bytes(store.keyPath(for: first.reference)))
        let keyB = try #require(Fixture.bytes(store.keyPath(for: second.reference)))
        Fixture.overwrite(store.keyPath(for: first.reference), with: keyB)
        #expect(throws: ProtectionError.self) { _ = try store.load(first.reference) }
        Fixture.overwrite(store.keyPath(for: first.reference), with: keyA)
        #expect(try store.load(first.reference) == first)
    }

    @Test func anOlderRevisionWithAnEditedHeaderIsRefused() throws {
        let store = try Fixture.encryptedStore()
        let record = try Fixture.makeCase(in: store)
        let path = store.path(for: record.reference)
        let sealed = try #require(Fixture.bytes(path))
        let text = String(decoding: sealed.prefix(400), as: UTF8.self)
        #expect(text.hasPrefix("CASEWORK-SEALED 1\n{"))
        #expect(text.contains("\"revision\":1"))
        var edited = sealed
        let range = try #require(edited.range(of: Data("\"revision\":1".utf8)))
        edited.replaceSubrange(range, with: Data("\"revision\":9".utf8))
        Fixture.overwrite(path, with: edited)
        #expect(throws: ProtectionError.self) { _ = try store.load(record.reference) }
    }

    @Test func randomSealedLookingFilesAreRefusedWithoutCrashing() throws {
        let store = try Fixture.encryptedStore()
        let record = try Fixture.makeCase(in: store)
        let path = store.path(for: record.reference)
        let genuine = try #require(Fixture.bytes(path))
        let headerEnd = try #require(genuine.dropFirst(SealedEnvelope.magic.count).firstIndex(of: 0x0A))
        let genuineHeader = genuine[..<(headerEnd + 1)]
        var generator = SystemRandomNumberGenerator()
        func randomBytes(_ count: Int) -> Data { Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }) }
        for round in 0..<3000 {
            var data: Data
            switch round % 3 {
            case 0: data = SealedEnvelope.magic + randomBytes(Int.random(in: 0...600, using: &generator))
            case 1: data = Data(genuineHeader) + randomBytes(Int.random(in: 0...2000, using: &generator))
            default:
                data = SealedEnvelope.magic + Data("{\"format\":\"casework-sealed-case\",\"formatVersion\":1,\"cipher\":\"AES-256-GCM\",\"reference\":\"\(record.reference)\"".utf8)
                    + randomBytes(Int.random(in: 0...80, using: &generator)) + Data("}\n".utf8) + randomBytes(64)
            }
            Fixture.overwrite(path, with: data)
            do {
                _ = try store.load(record.reference)
                Issue.record("random input \(round) opened")
            } catch {
                #expect("\(error)".contains(path))
            }
        }
    }

    @Test func aCanaryIsNowhereInClearUnderTheStoreOrTheTempFolder() throws {
        let canary = "CANARY-\(UUID().uuidString)"
        let root = Fixture.folder()
        let store = try Fixture.encryptedStore(root)
        let record = try Fixture.makeCase(in: store, name: canary, reason: "reason \(canary)")
        try store.update(record.reference, by: "tester", summary: "note") { $0.referral.referrer = canary }
        // A save that fails half-way (after the temp file is written) leaves nothing in clear either.
        let failing = FailingFileOperations(failAt: 8)
        let broken = try CaseStore(root: root, operations: failing, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
        failing.arm()
        _ = try? broken.update(record.reference, by: "tester", summary: "x") { $0.lead = canary }
        _ = store.list()
        #expect(store.list().first?.subjectName == canary)
        let index = try #require(Fixture.bytes(store.indexPath))
        #expect(SealedEnvelope.isSealed(index))
        #expect(Fixture.filesContaining(canary, under: root).isEmpty)
        #expect(Fixture.filesContaining(canary, under: (root as NSString).deletingLastPathComponent).isEmpty)
        #expect(try store.load(record.reference).subject.name == canary)
    }

    @Test func aWrongPassphraseIsOneClearSentence() throws {
        let root = Fixture.folder()
        _ = try Fixture.encryptedStore(root)
        do {
            _ = try CaseStore(root: root, passphrase: { Data("not the passphrase".utf8) }, keyPolicy: .testing())
            Issue.record("a wrong passphrase opened the store")
        } catch let error as ProtectionError {
            #expect(error == .wrongPassphrase)
            #expect(error.description == "The passphrase is wrong for this store; nothing was opened or changed, so try again.")
        }
        #expect(throws: ProtectionError.passphraseNeeded(store: root)) { _ = try CaseStore(root: root) }
    }

    @Test func theRealPolicyRefusesATestStrengthKeyFile() throws {
        let root = Fixture.folder()
        _ = try Fixture.encryptedStore(root)
        do {
            _ = try CaseStore(root: root, passphrase: { Fixture.passphrase })
            Issue.record("N = 2^10 was accepted by the standard policy")
        } catch let error as ProtectionError {
            #expect("\(error)".contains("below the minimum 131072"))
        }
    }

    @Test(arguments: [
        (1 << 40, 8, 1, "above the maximum"), (1 << 22, 8, 1, "more than"), (3 << 17, 8, 1, "not a power of two"),
        (1 << 17, 0, 1, "r = 0"), (1 << 17, 8, 1 << 20, "p = "), (1 << 17, 1 << 30, 1 << 30, "r = "), (1 << 16, 8, 1, "below the minimum"),
    ])
    func absurdOrWeakKDFSettingsAreRefusedBeforeAllocating(n: Int, r: Int, p: Int, expected: String) throws {
        let root = Fixture.folder()
        _ = try Fixture.encryptedStore(root)
        let keyFile = root + "/keystore.json"
        var file = try StoreKeyFile.decode(try #require(Fixture.bytes(keyFile)), file: keyFile, policy: .testing())
        file.kdf.n = n
        file.kdf.r = r
        file.kdf.p = p
        try CaseCodec.encode(file).write(to: URL(fileURLWithPath: keyFile))
        do {
            _ = try CaseStore(root: root, passphrase: { Fixture.passphrase })
            Issue.record("N=\(n) r=\(r) p=\(p) accepted")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
            #expect("\(error)".contains(keyFile))
        }
    }

    @Test func loweringNInTheKeyFileBreaksTheWrap() throws {
        let root = Fixture.folder()
        _ = try Fixture.encryptedStore(root)
        let keyFile = root + "/keystore.json"
        var file = try StoreKeyFile.decode(try #require(Fixture.bytes(keyFile)), file: keyFile, policy: .testing())
        file.kdf.n = 1 << 9
        try CaseCodec.encode(file).write(to: URL(fileURLWithPath: keyFile))
        #expect(throws: ProtectionError.wrongPassphrase) {
            _ = try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing(n: 1 << 9))
        }
    }

    @Test func theDefaultSettingsAreAtLeastTwoToTheSeventeen() throws {
        #expect(KeyPolicy.standard.newSettings.n >= 1 << 17)
        #expect(KeyPolicy.standard.minimumN >= 1 << 17)
        #expect(ScryptSettings().n == 1 << 17)
    }

    @Test func changingThePassphraseRewrapsWithoutTouchingCases() throws {
        let root = Fixture.folder()
        let store = try Fixture.encryptedStore(root)
        let record = try Fixture.makeCase(in: store)
        let caseBytes = Fixture.bytes(store.path(for: record.reference))
        let newPassphrase = Data("a much better passphrase".utf8)
        try StoreEncryption.changePassphrase(root: root, old: Fixture.passphrase, new: newPassphrase, policy: .testing(), by: "tester")
        #expect(Fixture.bytes(store.path(for: record.reference)) == caseBytes)
        #expect(throws: ProtectionError.wrongPassphrase) {
            _ = try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
        }
        let reopened = try CaseStore(root: root, passphrase: { newPassphrase }, keyPolicy: .testing())
        #expect(try reopened.load(record.reference) == record)
        #expect(throws: ProtectionError.wrongPassphrase) {
            try StoreEncryption.changePassphrase(root: root, old: Fixture.passphrase, new: newPassphrase, policy: .testing(), by: "tester")
        }
    }

    @Test func encryptingAPlainStoreInPlaceSealsEverythingAndCanResume() throws {
        let canary = "CANARY-\(UUID().uuidString)"
        let root = Fixture.folder()
        let plain = try Fixture.plainStore(root)
        var records: [CaseRecord] = []
        for index in 0..<5 { records.append(try Fixture.makeCase(in: plain, name: "\(canary) \(index)")) }
        _ = plain.list()
        // A store listed by an older version still has the JSON index, with the names in clear.
        try Data("{\"entries\":{\"name\":\"\(canary)\"}}".utf8).write(to: URL(fileURLWithPath: root + "/index.json"))
        #expect(!Fixture.filesContaining(canary, under: root).isEmpty)

        // Interrupt the first run part-way: the store must stay readable case by case.
        let failing = FailingFileOperations(failAt: 14)
        failing.arm()
        #expect(throws: (any Error).self) {
            try StoreEncryption.encrypt(root: root, passphrase: Fixture.passphrase, policy: .testing(), by: "tester", operations: failing)
        }
        let partial = try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
        var sealedSoFar = 0
        for record in records {
            do {
                #expect(try partial.load(record.reference) == record)
                sealedSoFar += 1
            } catch let error as ProtectionError {
                #expect(error == .notEncrypted(file: partial.path(for: record.reference)))
            }
        }
        #expect(sealedSoFar < records.count)

        let report = try StoreEncryption.encrypt(root: root, passphrase: Fixture.passphrase, policy: .testing(), by: "tester")
        #expect(report.sealed + report.alreadySealed == records.count)
        #expect(report.failures.isEmpty)
        #expect(Fixture.filesContaining(canary, under: root).isEmpty, "nothing in clear straight after encrypting, before any listing")
        let store = try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing())
        for record in records { #expect(try store.load(record.reference) == record) }
        #expect(store.list().count == records.count)
        #expect(Fixture.filesContaining(canary, under: root).isEmpty)
        #expect(throws: ProtectionError.alreadyEncrypted(store: root)) {
            try StoreEncryption.encrypt(root: root, passphrase: Fixture.passphrase, policy: .testing(), by: "tester")
        }
        #expect(try store.audit.verify().isIntact)
    }

    @Test func deletingAnEncryptedCaseRemovesItsKey() throws {
        let store = try Fixture.encryptedStore()
        let record = try Fixture.makeCase(in: store)
        #expect(access(store.keyPath(for: record.reference), F_OK) == 0)
        try store.delete(record.reference, by: "tester")
        #expect(!store.exists(record.reference))
        #expect(access(store.keyPath(for: record.reference), F_OK) != 0)
    }

    @Test func filesAndFoldersArePrivate() throws {
        let root = Fixture.folder()
        let store = try Fixture.encryptedStore(root)
        _ = try Fixture.makeCase(in: store)
        _ = store.list()
        for path in Fixture.allFiles(under: root) where !path.contains("/locks/") {
            var info = stat()
            stat(path, &info)
            #expect(info.st_mode & 0o777 == 0o600, "\(path)")
        }
        var info = stat()
        stat(store.keysFolder, &info)
        #expect(info.st_mode & 0o777 == 0o700)
    }
}
