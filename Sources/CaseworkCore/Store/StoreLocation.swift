#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the case store lives: `--store DIR`, else `CASEWORK_STORE`, else `$XDG_DATA_HOME/casework`,
/// else `~/.local/share/casework` (HOME, else the home folder the system has for the user, as a login
/// would). Never a shared folder such as /tmp: there another user could have made the folder first.
public enum StoreLocation {
    public static func resolve(
        explicit: String?, environment: [String: String], systemHome: () -> String? = StoreLocation.systemHome
    ) throws -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let store = environment["CASEWORK_STORE"], !store.isEmpty { return store }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/casework" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/share/casework" }
        if let home = systemHome(), home.hasPrefix("/"), home != "/" { return home + "/.local/share/casework" }
        throw StoreError.noStoreLocation
    }

    /// The user's home folder from the password database, when it has one.
    public static func systemHome() -> String? {
        guard let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }
}
