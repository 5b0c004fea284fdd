import Foundation
import Testing

/// Drives `casework demo` through the real binary with `CASEWORK_STORE` pointed at a folder standing in for
/// the practitioner's store, and `TMPDIR` at a folder of its own, to show that the demo leaves the first
/// untouched and nothing behind in the second.
@Suite struct DemoCommandTests {
    final class Sandbox {
        let folder = NSTemporaryDirectory() + "casework-demo-e2e-" + UUID().uuidString
        var realStore: String { folder + "/real-store" }
        var temporary: String { folder + "/tmp" }

        init() throws {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// Runs the binary with no terminal (stdin from /dev/null); stopped with SIGTERM after `timeout`.
        func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> CaseworkProcess.Result {
            try CaseworkProcess.run(arguments, store: realStore, in: folder, environment: ["TMPDIR": temporary], timeout: timeout)
        }

        func entries(_ path: String) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }
    }

    @Test func listPrintsTheCasesAndNotesAndTouchesNoStore() throws {
        let box = try Sandbox()
        let run = try box.run(["demo", "--list"])
        #expect(run.status == 0, "\(run.err)")
        for reference in ["TRN-0001", "TRN-0002", "TRN-0003", "TRN-0004", "TRN-0005", "TRN-0006"] {
            #expect(run.out.contains(reference))
        }
        for stage in ["New referral", "Assessing", "Decided", "Under review", "Closed"] {
            #expect(run.out.contains(stage))
        }
        #expect(run.out.contains("Teaches: ") && run.out.contains("Ask the room:"))
        #expect(run.out.hasPrefix("Training cases (fictional"))
        #expect(!FileManager.default.fileExists(atPath: box.realStore))
        #expect(box.entries(box.temporary).isEmpty)
    }

    @Test func theDemoLeavesNoTemporaryStoreAndNeverOpensTheRealOne() throws {
        let box = try Sandbox()
        // A store left by a demo that was killed: its removal shows the binary really worked in TMPDIR.
        let abandoned = box.temporary + "/casework-training-Abc123"
        try FileManager.default.createDirectory(atPath: abandoned, withIntermediateDirectories: false)
        try Data("Casework training store (fictional cases only), temporary.\npid 4194305\n".utf8)
            .write(to: URL(fileURLWithPath: abandoned + "/.casework-training"))
        // Whatever the workbench does without a terminal (fails, or is stopped), the throwaway store goes.
        let run = try box.run(["demo", "--guided", "--echo-keys"], timeout: 20)
        // With no terminal the workbench stops at once with one sentence, rather than waiting to be killed.
        #expect(run.status != 0)
        #expect(run.err.contains("The workbench needs a terminal"), "\(run.err)")
        #expect(box.entries(box.temporary).isEmpty, "left behind: \(box.entries(box.temporary))")
        #expect(!FileManager.default.fileExists(atPath: box.realStore))
    }

    @Test func keepKeepsTheTrainingStoreAndResetStartsItOver() throws {
        let box = try Sandbox()
        let kept = box.folder + "/kept"
        _ = try box.run(["demo", "--keep", kept], timeout: 20)
        #expect(box.entries(kept + "/cases").sorted() == (1...6).map { "TRN-000\($0).json" })
        let original = try Data(contentsOf: URL(fileURLWithPath: kept + "/cases/TRN-0001.json"))

        // A change made in the training store with the ordinary commands stays there ...
        let added = try box.run(["concern", "add", "TRN-0001", "--what", "Practice concern", "--heading", "capability",
                                 "--source", "Trainee", "--store", kept])
        #expect(added.status == 0, "\(added.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept + "/cases/TRN-0001.json")) != original)
        _ = try box.run(["demo", "--keep", kept], timeout: 20)
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept + "/cases/TRN-0001.json")) != original)

        // ... until --reset.
        _ = try box.run(["demo", "--keep", kept, "--reset"], timeout: 20)
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept + "/cases/TRN-0001.json")) == original)
        #expect(!FileManager.default.fileExists(atPath: box.realStore))
    }

    @Test func keepRefusesARealStore() throws {
        let box = try Sandbox()
        let made = try box.run(["new", "--subject", "Quill Example", "--reason", "Fictional", "--store", box.realStore])
        #expect(made.status == 0, "\(made.err)")
        let before = box.entries(box.realStore + "/cases")
        let refused = try box.run(["demo", "--keep", box.realStore, "--reset"])
        #expect(refused.status != 0)
        #expect(refused.err.contains("is not a training store"))
        #expect(box.entries(box.realStore + "/cases") == before)
    }
}
