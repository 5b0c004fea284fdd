import CaseworkCore
import Foundation
import Testing

/// `casework demo`, the real binary in tmux at 80x24, with `CASEWORK_STORE` pointed at a folder standing in
/// for the practitioner's store and `TMPDIR` at another: the banner on every screen, the walkthrough and the
/// key echo, a real change saved into the training store, and after quitting neither folder holds anything.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct TrainingEndToEndTests {
    static let banner = TrainingOptions.defaultBanner

    /// A folder of its own per test, removed at the end.
    final class Sandbox {
        let folder = NSTemporaryDirectory() + "casework-training-e2e-" + UUID().uuidString
        var realStore: String { folder + "/real-store" }
        var temporary: String { folder + "/tmp" }

        init() throws {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func entries(_ path: String) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }

        func demo(_ arguments: [String] = []) throws -> TmuxSession {
            try TmuxSession(label: "demo", store: realStore, environment: ["TMPDIR": temporary], arguments: ["demo"] + arguments)
        }
    }

    /// Waits for the screen to show `text` and checks the banner is on that same capture; returns the capture.
    @discardableResult
    func capture(_ tmux: TmuxSession, showing text: String, timeout: TimeInterval = 30,
                 sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = tmux.screen()
            if last.contains(text) {
                #expect(last.contains(Self.banner), "no banner on the screen showing \"\(text)\":\n\(last)",
                        sourceLocation: sourceLocation)
                return last
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \"\(text)\". The screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    @Test func demoShowsTheBannerEverywhereAndLeavesNothingBehind() throws {
        let box = try Sandbox()
        let tmux = try box.demo()
        defer { tmux.kill() }

        // The case list of the training store.
        let list = capture(tmux, showing: "TRN-0006")
        for reference in ["TRN-0001", "TRN-0002", "TRN-0003"] { #expect(list.contains(reference)) }
        #expect(list.contains("F3 Guide"))
        #expect(!list.contains("Guide ·"), "the hints start switched off without --guided")
        let stores = box.entries(box.temporary)
        #expect(stores.count == 1 && stores.first?.hasPrefix("casework-training-") == true, "\(stores)")

        // The walkthrough follows the trainee: on here, it explains the case list.
        try tmux.keys("F3")
        capture(tmux, showing: "Guide · The case list")

        // Open TRN-0001 through the filter: the overview.
        try tmux.keys("/")
        capture(tmux, showing: "Filter:")
        try tmux.type("TRN-0001")
        capture(tmux, showing: "1 of 6 cases")
        try tmux.keys("Enter", "Enter")
        capture(tmux, showing: "Opened TRN-0001")
        capture(tmux, showing: "Guide · The case at a glance")

        // The checklist, on the second section, with its own hint; a status set.
        try tmux.keys("c")
        capture(tmux, showing: "Item 1/65")
        capture(tmux, showing: "Guide · Referral and context")
        try tmux.keys("PageDown")
        capture(tmux, showing: "Item 8/65")
        capture(tmux, showing: "Guide · Engagement with a group or cause")
        try tmux.keys("1")
        capture(tmux, showing: "Identification with a group: Some concern.")

        // The change is a real one, saved in the temporary training store (read as a file: saves are atomic
        // renames, and opening a CaseStore beside the running workbench could tidy its files under it).
        let caseFile = box.temporary + "/" + (stores.first ?? "") + "/cases/TRN-0001.json"
        let deadline = Date().addingTimeInterval(30)
        var status: String?
        while Date() < deadline, status != "some-concern" {
            let object = (try? Data(contentsOf: URL(fileURLWithPath: caseFile)))
                .flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any]
            let answers = object?["answers"] as? [String: Any]
            status = (answers?["engagement.group-identification"] as? [String: Any])?["status"] as? String
            if status != "some-concern" { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(status == "some-concern")

        // Help, over the checklist, still under the banner; any key closes it.
        try tmux.keys("F1")
        capture(tmux, showing: "Keys: Checklist")
        capture(tmux, showing: "Training: show or hide the guided walkthrough")
        try tmux.keys("Space")
        capture(tmux, showing: "Guide · Engagement with a group or cause")

        // The key echo, for the room.
        try tmux.keys("F5")
        capture(tmux, showing: "Keys are echoed on the status line")
        try tmux.keys("Down")
        capture(tmux, showing: "Keys: Down")

        // The decision: threshold, then route.
        try tmux.keys("Escape")
        capture(tmux, showing: "Guide · The case at a glance")
        try tmux.keys("d")
        capture(tmux, showing: "Guide · The threshold")
        try tmux.keys("Tab")
        capture(tmux, showing: "Guide · The route")
        capture(tmux, showing: "Keys: Down Esc d Tab")

        // The too-small screen keeps the banner too.
        try TmuxSession.tmux(["resize-window", "-t", tmux.name, "-x", "60", "-y", "20"])
        capture(tmux, showing: "Please make the window at least 80×24")
        try TmuxSession.tmux(["resize-window", "-t", tmux.name, "-x", "80", "-y", "24"])
        capture(tmux, showing: "Guide · The route")

        // Hints off again, then out: the form is left unsaved (Esc twice), back to the list, quit.
        try tmux.keys("F3")
        capture(tmux, showing: "Walkthrough off")
        try tmux.keys("Escape", "Escape")
        capture(tmux, showing: "Guide") // the key bar still offers the walkthrough
        try tmux.keys("Escape")
        capture(tmux, showing: "sorted by")
        try tmux.keys("q")
        #expect(tmux.waitUntilGone(), "the demo did not quit:\n\(tmux.screen())")

        // The practitioner's store was never made, and the throwaway training store is gone.
        #expect(!FileManager.default.fileExists(atPath: box.realStore))
        let deadlineGone = Date().addingTimeInterval(10)
        while Date() < deadlineGone, !box.entries(box.temporary).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        #expect(box.entries(box.temporary).isEmpty, "left behind: \(box.entries(box.temporary))")
    }

    @Test func guidedAndEchoKeysStartSwitchedOn() throws {
        let box = try Sandbox()
        let tmux = try box.demo(["--guided", "--echo-keys"])
        defer { tmux.kill() }
        capture(tmux, showing: "Guide · The case list")
        try tmux.keys("Down", "n")
        capture(tmux, showing: "Guide · Recording a referral")
        capture(tmux, showing: "Keys: Down n")
        try tmux.type("Practice name")
        capture(tmux, showing: "Keys: Down n (typing)")
        try tmux.keys("Escape", "Escape")
        capture(tmux, showing: "Guide · The case list")
        try tmux.keys("q")
        #expect(tmux.waitUntilGone(), "the demo did not quit:\n\(tmux.screen())")
        #expect(!FileManager.default.fileExists(atPath: box.realStore))
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !box.entries(box.temporary).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        #expect(box.entries(box.temporary).isEmpty, "left behind: \(box.entries(box.temporary))")
    }
}
