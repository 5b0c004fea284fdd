#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few path operations Casework needs, on plain strings.
///
/// Why not `NSString`'s path methods: they live in the full Foundation, and one use of it links that whole
/// library and ICU's 30 MB of locale data into the binary (measured: 104 MB and 17 MB resident for
/// `casework --version`); everything else here needs only FoundationEssentials.
public enum PathText {
    /// The folder part: "/a/b/c.json" -> "/a/b", "c.json" -> "", "/c" -> "/".
    public static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return withoutTrailingSlashes(String(trimmed[..<slash]))
    }

    /// The last part: "/a/b/c.json" -> "c.json".
    public static func lastComponent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        if trimmed == "/" { return "/" }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// Removes "." parts, empty parts and "a/.." pairs (without following links), as `standardizingPath`
    /// does for an absolute path.
    public static func standardized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !absolute { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `$TMPDIR` when set (without a trailing slash), else /tmp.
    public static func temporaryFolder(environment: [String: String]) -> String {
        let value = withoutTrailingSlashes(environment["TMPDIR"] ?? "")
        return value.isEmpty ? "/tmp" : value
    }

    /// True when `path` names a folder (following a link).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var result = Substring(path)
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return String(result)
    }
}
