#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A program the tests start (the `casework` binary, tmux, the crash-test helper), with posix_spawn rather
/// than Foundation's `Process`.
///
/// Why not `Process`: on Linux it learns that a child ended from a socket it leaks into the child, so when
/// the child leaves a daemon behind (`tmux new-session` starting the tmux server) `waitUntilExit()` never
/// returns; and it spawns from a dispatch thread whose signal mask blocks SIGCHLD, SIGHUP and SIGTERM, which
/// the tmux server and every workbench under it then inherited. Both were measured here: a fresh-clone CI
/// run hung for good in `waitUntilExit()` on a zombie tmux client. This runner gives the child a clean
/// signal mask and default handlers, only the three descriptors it asks for, its own process group, and a
/// deadline after which the group is killed, so no test can wait forever.
public final class ChildProcess {
    /// How a finished child ended, with everything it printed.
    public struct Result: Sendable {
        /// The exit code, or the signal number when a signal ended it (as `Process.terminationStatus`).
        public var status: Int32
        /// The signal that ended it, if one did.
        public var signal: Int32?
        public var out: String
        public var err: String
        /// True when the deadline passed and the runner killed it.
        public var timedOut: Bool
    }

    public enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        case pipe(Int32)

        public var description: String {
            switch self {
            case .spawn(let path, let code): "could not start \(path): \(String(cString: strerror(code)))"
            case .pipe(let code): "could not make a pipe: \(String(cString: strerror(code)))"
            }
        }
    }

    public let pid: pid_t
    private var outRead: Int32
    private var errRead: Int32
    private var inWrite: Int32
    private var pendingInput: [UInt8]
    private var outData: [UInt8] = []
    private var errData: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts `executable` (a path) with exactly `environment`. `input` is written to its standard input and
    /// then closed; nil gives it /dev/null. `directory` is its working folder.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String? = nil,
        input: Data? = nil, captureError: Bool = true
    ) throws {
        let (outR, outW) = try ChildProcess.makePipe()
        let (errR, errW) = captureError ? try ChildProcess.makePipe() : (-1, -1)
        let (inR, inW) = input == nil ? (-1, -1) : try ChildProcess.makePipe()

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if inR >= 0 {
            posix_spawn_file_actions_adddup2(&actions, inR, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outW, 1)
        if errW >= 0 {
            posix_spawn_file_actions_adddup2(&actions, errW, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        if let directory {
            guard let addChdir = GNU.addChdir else { throw Failure.spawn(executable, ENOSYS) }
            _ = addChdir(&actions, directory)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        for fd in [outW, errW, inR] where fd >= 0 { close(fd) }
        guard code == 0 else {
            for fd in [outR, errR, inW] where fd >= 0 { close(fd) }
            throw Failure.spawn(executable, code)
        }
        pid = child
        outRead = outR
        errRead = errR
        inWrite = inW
        pendingInput = input.map { [UInt8]($0) } ?? []
        if inWrite >= 0 {
            _ = fcntl(inWrite, F_SETFL, fcntl(inWrite, F_GETFL) | O_NONBLOCK)
            if pendingInput.isEmpty { closeInput() }
        }
    }

    deinit {
        if exitStatus == nil {
            Glibc.kill(-pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        for fd in [outRead, errRead, inWrite] where fd >= 0 { close(fd) }
    }

    /// Runs to the end (or the deadline) and returns what happened.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String? = nil,
        input: Data? = nil, timeout: TimeInterval = 120, stopSignal: Int32 = SIGKILL
    ) throws -> Result {
        let child = try ChildProcess(executable, arguments, environment: environment, directory: directory, input: input)
        return child.finish(timeout: timeout, stopSignal: stopSignal)
    }

    /// Finds a program on the PATH, as a shell would.
    public static func locate(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// Sends a signal to the child alone.
    public func send(_ signal: Int32) {
        guard exitStatus == nil else { return }
        Glibc.kill(pid, signal)
    }

    /// Waits until standard output holds `marker` (true), or the output ends or the deadline passes (false).
    public func waitForOutput(containing marker: String, timeout: TimeInterval = 60) -> Bool {
        let pattern = [UInt8](marker.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if outData.count >= pattern.count, ChildProcess.contains(outData, pattern) { return true }
            if outRead < 0 { return false }
            pump(waitingMilliseconds: 50)
        }
        return false
    }

    /// Everything printed so far on standard output.
    public var outputSoFar: String { String(decoding: outData, as: UTF8.self) }

    /// Reads both outputs until the child ends, killing its process group with `stopSignal` (then SIGKILL)
    /// once `timeout` has passed; always reaps it.
    public func finish(timeout: TimeInterval = 120, stopSignal: Int32 = SIGKILL) -> Result {
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        var stoppedAt: Date?
        while exitStatus == nil {
            pump(waitingMilliseconds: 20)
            reap()
            guard exitStatus == nil else { break }
            let now = Date()
            if now >= deadline, stoppedAt == nil {
                timedOut = true
                stoppedAt = now
                Glibc.kill(-pid, stopSignal)
                Glibc.kill(pid, stopSignal)
            } else if let stoppedAt, now.timeIntervalSince(stoppedAt) > 5 {
                Glibc.kill(-pid, SIGKILL)
                Glibc.kill(pid, SIGKILL)
            }
        }
        // What it wrote before it ended; a grandchild that kept the pipe open is not waited for.
        let drainUntil = Date().addingTimeInterval(0.5)
        while (outRead >= 0 || errRead >= 0), Date() < drainUntil { pump(waitingMilliseconds: 20) }
        for fd in [outRead, errRead, inWrite] where fd >= 0 { close(fd) }
        outRead = -1
        errRead = -1
        inWrite = -1
        let raw = exitStatus ?? 0
        let signal = raw & 0x7f
        return Result(
            status: signal == 0 ? (raw >> 8) & 0xff : signal,
            signal: signal == 0 ? nil : signal,
            out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData, as: UTF8.self),
            timedOut: timedOut
        )
    }

    // MARK: - Plumbing

    private func reap() {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid { exitStatus = status }
        // Reaped elsewhere: the status is lost, so report exit 255 rather than a success.
        if result < 0 && errno == ECHILD { exitStatus = exitStatus ?? 0xff00 }
    }

    /// One poll over the open descriptors: reads what is there, writes what input it can.
    private func pump(waitingMilliseconds: Int32) {
        var fds: [pollfd] = []
        if outRead >= 0 { fds.append(pollfd(fd: outRead, events: Int16(POLLIN), revents: 0)) }
        if errRead >= 0 { fds.append(pollfd(fd: errRead, events: Int16(POLLIN), revents: 0)) }
        if inWrite >= 0 { fds.append(pollfd(fd: inWrite, events: Int16(POLLOUT), revents: 0)) }
        guard !fds.isEmpty else {
            usleep(UInt32(waitingMilliseconds) * 1000)
            return
        }
        let ready = poll(&fds, nfds_t(fds.count), waitingMilliseconds)
        guard ready > 0 else { return }
        for entry in fds where entry.revents != 0 {
            if entry.fd == inWrite {
                writeInput()
            } else if entry.fd == outRead {
                if !read(from: outRead, into: &outData) { close(outRead); outRead = -1 }
            } else if entry.fd == errRead {
                if !read(from: errRead, into: &errData) { close(errRead); errRead = -1 }
            }
        }
    }

    /// False at end of file.
    private func read(from fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = Glibc.read(fd, &chunk, chunk.count)
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        return count < 0 && (errno == EINTR || errno == EAGAIN)
    }

    private func writeInput() {
        let written = pendingInput.withUnsafeBytes { Glibc.write(inWrite, $0.baseAddress, $0.count) }
        if written > 0 { pendingInput.removeFirst(written) }
        if pendingInput.isEmpty || (written < 0 && errno != EAGAIN && errno != EINTR) { closeInput() }
    }

    private func closeInput() {
        close(inWrite)
        inWrite = -1
    }

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        // Close-on-exec from the start, so a program another test starts meanwhile cannot inherit the pipe.
        var fds: [Int32] = [-1, -1]
        guard let pipe2 = GNU.pipe2 else { throw Failure.pipe(ENOSYS) }
        guard pipe2(&fds, O_CLOEXEC) == 0 else { throw Failure.pipe(errno) }
        return (fds[0], fds[1])
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}

/// glibc functions Swift's Glibc module leaves out (they are GNU extensions), looked up once by name.
private enum GNU {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    nonisolated(unsafe) static let library = dlopen(nil, RTLD_NOW)
    static let pipe2: Pipe2? = dlsym(library, "pipe2").map { unsafeBitCast($0, to: Pipe2.self) }
    static let addChdir: AddChdir? = dlsym(library, "posix_spawn_file_actions_addchdir_np").map { unsafeBitCast($0, to: AddChdir.self) }
}
