#if canImport(Glibc)
import Glibc
#endif
import CaseworkCore
import CaseworkTestSupport
import Foundation
import Testing

/// The real `casework` binary running in a detached tmux session of a fixed size, driven by keys and
/// read back with capture-pane. Each test has its own session name and its own store.
final class TmuxSession {
    let name: String
    let store: String

    /// The binary built beside the test bundle.
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("casework").path
    }

    static var tmuxAvailable: Bool { ChildProcess.locate("tmux") != nil }

    /// `arguments` are given to the binary (`demo`, ...); none opens the workbench.
    init(label: String, store: String? = nil, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:],
         arguments: [String] = []) throws {
        name = "cw-\(label)-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
        if let store {
            self.store = store
        } else {
            self.store = NSTemporaryDirectory() + "casework-e2e-\(name)"
            try? FileManager.default.removeItem(atPath: self.store)
        }
        var env = ["CASEWORK_STORE": self.store, "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // `exec`, so the pane's process is casework itself whatever the user's shell (dash, a login shell
        // of /bin/sh, would otherwise stay in between and take the signals a test sends to the pane).
        let command = "exec " + (["env"] + assignments + [TmuxSession.binary] + arguments).map(TmuxSession.quote).joined(separator: " ")
        try TmuxSession.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
    }

    static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// This test run's own tmux server (its own socket, no user configuration), so the tests never touch a
    /// server the person running them is using, and it goes away with the last session.
    static let socketName: String = {
        removeSocketsOfEndedRuns()
        return "casework-tests-\(getpid())"
    }()

    /// tmux leaves its socket file behind when the server ends; those of test runs that have ended are
    /// removed, so /tmp/tmux-UID does not fill up with one per run.
    private static func removeSocketsOfEndedRuns() {
        let folder = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix("casework-tests-") {
            guard let pid = pid_t(name.dropFirst("casework-tests-".count)), !ProcessLiveness.isAlive(pid) else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// Runs one tmux command through ChildProcess (see there for why not Foundation's Process: the first
    /// `new-session` leaves the tmux server behind, which made `waitUntilExit()` hang for good in CI).
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        guard let executable = ChildProcess.locate("tmux") else { throw TmuxError.failed("tmux is not installed", -1) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        let result = try ChildProcess.run(executable, ["-L", socketName, "-f", "/dev/null"] + arguments,
                                          environment: environment, timeout: 30)
        guard result.status == 0, !result.timedOut else {
            throw TmuxError.failed(arguments.joined(separator: " ") + ": " + result.err, result.status)
        }
        return result.out
    }

    /// Named keys (Enter, Escape, Tab, Down, F1...).
    func keys(_ names: String...) throws {
        try TmuxSession.tmux(["send-keys", "-t", name] + names)
    }

    /// Literal text, sent as typed.
    func type(_ text: String) throws {
        try TmuxSession.tmux(["send-keys", "-t", name, "-l", text])
    }

    func screen() -> String {
        (try? TmuxSession.tmux(["capture-pane", "-p", "-t", name])) ?? ""
    }

    /// Where the terminal cursor is (what a screen reader follows), and whether it is shown.
    func cursor() -> (x: Int, y: Int, visible: Bool)? {
        let text = (try? TmuxSession.tmux(["display-message", "-p", "-t", name, "#{cursor_x},#{cursor_y},#{cursor_flag}"])) ?? ""
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return (parts[0], parts[1], parts[2] == 1)
    }

    /// The screen line the cursor is on.
    func cursorLine() -> String {
        guard let cursor = cursor() else { return "" }
        let lines = screen().components(separatedBy: "\n")
        return lines.indices.contains(cursor.y) ? lines[cursor.y] : ""
    }

    /// Waits until the cursor's line holds the text (the cursor is moved last in a frame, so a test that
    /// reads it at once can catch a frame half drawn).
    @discardableResult
    func waitForCursor(on text: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = cursorLine()
            if last.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("The cursor is not on \"\(text)\"; its line: \"\(last)\". The screen:\n\(screen())", sourceLocation: sourceLocation)
        return false
    }

    var isRunning: Bool { (try? TmuxSession.tmux(["has-session", "-t", name])) != nil }

    /// Waits until the screen shows the text; the last screen is in the failure message.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if last.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \"\(text)\". The screen:\n\(last)", sourceLocation: sourceLocation)
        return false
    }

    func waitUntilGone(timeout: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Sends a signal to the program in the pane (casework itself: the command is exec'd); false if it could
    /// not be sent.
    func signalProgram(_ signal: Int32) throws -> Bool {
        let text = try TmuxSession.tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text) else { return false }
        return Glibc.kill(pid, signal) == 0
    }

    func kill() {
        _ = try? TmuxSession.tmux(["kill-session", "-t", name])
    }

    deinit { kill() }
}

enum TmuxError: Error {
    case failed(String, Int32)
}
