#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Who is at the keyboard, and from where.
public enum CaseworkEnvironment {
    /// The OS user name: recorded as the actor of every change and the default lead practitioner.
    public static func currentUser() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid\(geteuid())"
    }

    /// The SSH client's address, when the session came in over SSH.
    public static func sshClientAddress() -> String? {
        guard let value = ProcessInfo.processInfo.environment["SSH_CLIENT"], !value.isEmpty else { return nil }
        return value.split(separator: " ").first.map(String.init)
    }

    public static func hostName() -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown host" }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }
}
