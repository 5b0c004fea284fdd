#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// Turns SIGHUP (a dropped SSH session), SIGTERM and SIGINT into a flag the input loop checks.
///
/// The signals are ignored first and then watched through dispatch sources, so nothing runs inside a
/// signal handler: the loop sees the flag within one input timeout, saves and restores the terminal.
final class SignalWatcher: @unchecked Sendable {
    private let received = Atomic<Int32>(0)
    private var sources: [any DispatchSourceSignal] = []

    init() {
        for number in [SIGHUP, SIGTERM, SIGINT] {
            _ = Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.received.store(number, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
        _ = Glibc.signal(SIGPIPE, SIG_IGN)
        // A parent can start us with signals blocked (measured: programs started by Foundation's Process
        // inherit a mask with SIGWINCH, SIGTSTP and SIGCONT blocked), and ncurses needs these three to
        // follow resizes and suspend/resume. The watched signals above stay as dispatch set them.
        var needed = sigset_t()
        sigemptyset(&needed)
        for number in [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&needed, number) }
        _ = pthread_sigmask(SIG_UNBLOCK, &needed, nil)
    }

    /// The signal that arrived, or nil.
    var signal: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
