#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// How the workbench draws itself for this user: a setting of the person at the keyboard, not of the
/// store, so it is a flag or the user's own environment (a screen-reader user sets it once in their
/// shell profile).
struct ScreenOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(
        "For a screen reader or braille display: the cursor visible on the focused row or field, no colour-only information, no decorative lines.",
        discussion: "CASEWORK_ACCESSIBLE=1 in the environment does the same."))
    var accessible = false

    var isAccessible: Bool {
        accessible || (getenv("CASEWORK_ACCESSIBLE").map { String(cString: $0) } ?? "").isOn
    }
}

private extension String {
    var isOn: Bool { ["1", "yes", "true", "on"].contains(lowercased()) }
}
