import FoundationEssentials

extension SettingsValidator {
    /// The store's `settings.json` if there is one, else the bundled default.
    public static func load(storePath: String) throws -> AuthoritySettings {
        let files = DurableFile()
        if let data = try files.read(storePath) {
            return try load(data: data, file: storePath)
        }
        let bundled = try BundledResources.defaultSettingsPath()
        guard let data = try files.read(bundled) else {
            throw CaseworkError.invalidArgument(
                "The bundled settings file \(bundled) is missing. Reinstall Casework, or set CASEWORK_RESOURCES.")
        }
        return try load(data: data, file: bundled)
    }
}
