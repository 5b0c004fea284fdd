#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import CaseworkTestSupport
import Foundation
import Testing

/// The crash loop: runs the `casework-crashtest` helper (which saves two cases of an encrypted store in
/// a loop), kill -9s it at a random moment 0-40 ms after it is ready (CASEWORK_CRASH_MAX_DELAY_MS; one save with its three fsyncs takes ~10-40 ms here), and checks after every kill that
/// each case loads and holds either the last completed save or the one in flight. At the end: no temp
/// file survives a reopen, the audit chain verifies, and the canary written into every save is found in
/// no file under the store or the temp folders. CASEWORK_CRASH_KILLS sets the number of kills (1000).
@Suite(.serialized) struct CrashLoopTests {
    static func helperPath() -> String? {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append((exe as NSString).deletingLastPathComponent + "/casework-crashtest")
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        candidates.append(package + "/.build/debug/casework-crashtest")
        return candidates.first { access($0, X_OK) == 0 }
    }

    /// Reads lines from the helper until it says "ready" (true) or exits (false).
    static func counter(_ record: CaseRecord) -> Int {
        Int(record.referral.reason.split(separator: "=").last ?? "") ?? 0
    }

    @Test func killNineDuringSavesNeverLosesOrTearsACase() throws {
        let helper = try #require(CrashLoopTests.helperPath(), "build the casework-crashtest helper first (swift build)")
        let kills = Int(ProcessInfo.processInfo.environment["CASEWORK_CRASH_KILLS"] ?? "") ?? 1000
        let canary = "CANARY-\(UUID().uuidString)"
        let root = Fixture.folder()
        let work = (root as NSString).deletingLastPathComponent
        let helperTemp = work + "/helper-tmp"
        try FileManager.default.createDirectory(atPath: helperTemp, withIntermediateDirectories: true)
        let passphraseFile = work + "/passphrase"
        try Fixture.passphrase.write(to: URL(fileURLWithPath: passphraseFile))

        // CASEWORK_CRASH_PLAIN=1 runs the same loop on a plain store.
        let encrypted = ProcessInfo.processInfo.environment["CASEWORK_CRASH_PLAIN"] != "1"
        let setup = encrypted ? try Fixture.encryptedStore(root) : try Fixture.plainStore(root)
        func reopen() throws -> CaseStore {
            encrypted ? try CaseStore(root: root, passphrase: { Fixture.passphrase }, keyPolicy: .testing()) : try CaseStore(root: root)
        }
        let references = [try Fixture.makeCase(in: setup).reference, try Fixture.makeCase(in: setup, name: "Second Child").reference]
        var known: [CaseReference: Int] = [:]
        for reference in references { known[reference] = 0 }
        var newVersionInFlight = 0
        var oldVersionInFlight = 0
        var betweenSaves = 0
        let maximumDelay = UInt32(ProcessInfo.processInfo.environment["CASEWORK_CRASH_MAX_DELAY_MS"] ?? "") ?? 40
        var savesCompleted = 0
        var generator = SystemRandomNumberGenerator()
        let started = Date()

        for round in 1...kills {
            var environment = ProcessInfo.processInfo.environment
            environment["TMPDIR"] = helperTemp
            let helperProcess = try ChildProcess(
                helper, [root] + (encrypted ? ["--passphrase-file", passphraseFile, "--test-kdf-n", "1024"] : [])
                    + ["--canary", canary] + references.map(\.rawValue),
                environment: environment, captureError: false)
            let ready = helperProcess.waitForOutput(containing: "ready\n")
            if ready { usleep(UInt32.random(in: 0...(maximumDelay * 1000), using: &generator)) }
            helperProcess.send(SIGKILL)
            let output = helperProcess.finish(timeout: 30).out
            let text = output
            #expect(ready, "round \(round): the helper did not start: \(text.prefix(300))")
            guard ready else { break }
            #expect(!text.contains("\nerror "), "round \(round): \(text.suffix(300))")

            var lastDone: [String: Int] = [:]
            var lastBegin: [String: Int] = [:]
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count == 3, let value = Int(parts[2]) else { continue }
                if parts[0] == "begin" { lastBegin[String(parts[1])] = value }
                if parts[0] == "done" { lastDone[String(parts[1])] = value; savesCompleted += 1 }
            }
            let check = try reopen()
            for reference in references {
                let record = try check.load(reference)
                let found = CrashLoopTests.counter(record)
                let completed = lastDone[reference.rawValue] ?? known[reference]!
                var allowed = [completed]
                if let begun = lastBegin[reference.rawValue], begun != completed {
                    allowed.append(begun)
                    if found == begun { newVersionInFlight += 1 } else { oldVersionInFlight += 1 }
                } else if lastBegin[reference.rawValue] != nil {
                    betweenSaves += 1
                }
                #expect(allowed.contains(found), "round \(round): \(reference) holds \(found), expected one of \(allowed)")
                #expect(record.revision == found + 1)
                known[reference] = found
            }
        }
        let elapsed = Date().timeIntervalSince(started)

        let reopened = try reopen()
        for reference in references { _ = try reopened.load(reference) }
        #expect(Fixture.allFiles(under: root).filter { $0.hasSuffix(".tmp") }.isEmpty)
        let verification = try reopened.audit.verify()
        #expect(verification.isIntact, "\(verification.problem ?? "")")
        _ = reopened.list()
        let leaks = !encrypted ? [] : Fixture.filesContaining(canary, under: root) + Fixture.filesContaining(canary, under: helperTemp)
            + topLevelTempFilesContaining(canary)
        #expect(leaks.isEmpty, "the canary is in clear in \(leaks)")
        print("crash loop (\(encrypted ? "encrypted" : "plain") store): \(kills) kill -9 in \(Int(elapsed)) s; delay 0-\(maximumDelay) ms; \(savesCompleted) saves completed; per case after a kill: \(oldVersionInFlight) in flight and not yet renamed (old version kept), \(newVersionInFlight) renamed but not reported (new version), \(betweenSaves) between saves; audit entries \(verification.entries)")
    }

    /// Files directly in the system temp folder (not recursive: the folder is shared with other work).
    func topLevelTempFilesContaining(_ needle: String) -> [String] {
        let temp = NSTemporaryDirectory()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temp) else { return [] }
        let pattern = Data(needle.utf8)
        return names.map { temp + "/" + $0 }.filter { path in
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size < 8_000_000,
                  let data = FileManager.default.contents(atPath: path) else { return false }
            return data.range(of: pattern) != nil
        }
    }
}
