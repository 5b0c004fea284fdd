import CaseworkCore

/// Opens the full-screen workbench on a workspace.
public enum Workbench {
    public static func run(workspace: Workspace) throws {
        _ = try workspace.templates()
        _ = try workspace.settings()
        throw CaseworkError.invalidArgument(
            "The full-screen workbench is not built yet; use the commands listed by `casework --help`.")
    }
}
