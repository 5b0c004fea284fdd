#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a process that left something behind (a temp file, a training store) may still be using it.
public enum ProcessLiveness {
    /// True while the process exists; EPERM means it exists but belongs to someone else, which still counts.
    public static func isAlive(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
