import CaseworkResources
import FoundationEssentials

/// Finds the data shipped with Casework: the default template, settings and training cases.
///
/// Looked for, in order: `$CASEWORK_RESOURCES`; the `casework_CaseworkResources.resources` folder SwiftPM
/// copies beside the binary; `../share/casework` beside the binary (an installed copy); the source tree.
/// SwiftPM's own `Bundle.module` is not used because it stops the program when the folder is missing,
/// where a clear sentence is wanted.
public enum BundledResources {
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        for candidate in candidates(environment: environment) {
            if PathText.isFolder(candidate + "/templates") {
                return candidate
            }
        }
        throw CaseworkError.invalidArgument(
            "The bundled templates and settings were not found beside the casework binary. Reinstall Casework, or set CASEWORK_RESOURCES to the folder that holds templates/ and settings/.")
    }

    static func candidates(environment: [String: String]) -> [String] {
        var list: [String] = []
        if let explicit = environment["CASEWORK_RESOURCES"], !explicit.isEmpty { list.append(explicit) }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? ""
        let binFolder = PathText.folder(of: executable)
        list.append(binFolder + "/casework_CaseworkResources.resources")
        list.append(binFolder + "/../share/casework")
        list.append(caseworkResourcesSourceFolder)
        return list
    }

    public static func defaultTemplatePath() throws -> String {
        try folder() + "/templates/casework-standard.json"
    }

    public static func defaultSettingsPath() throws -> String {
        try folder() + "/settings/default-settings.json"
    }

    public static func trainingFolder() throws -> String {
        try folder() + "/training"
    }
}
