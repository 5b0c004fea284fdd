/// Where the case store lives: `--store DIR`, else `CASEWORK_STORE`, else `$XDG_DATA_HOME/casework`,
/// else `~/.local/share/casework`.
public enum StoreLocation {
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let store = environment["CASEWORK_STORE"], !store.isEmpty { return store }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/casework" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.local/share/casework"
    }
}
