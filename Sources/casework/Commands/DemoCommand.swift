import ArgumentParser
import CaseworkCore
import CaseworkTerminal

/// `casework demo`: the workbench on a throwaway copy of the fictional training cases.
///
/// Trainers show this on a projector, often from a practitioner's own laptop, so it never opens the real
/// store: it takes no `--store`, ignores `CASEWORK_STORE`, and works in a private temporary store that is
/// removed on the way out, even when the workbench fails.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Practise on fictional training cases, in a throwaway store (never your real one).",
        discussion: """
            Opens the workbench on a fresh copy of the bundled training cases in a private temporary folder, \
            removed when you quit. Every screen shows the banner "\(TrainingOptions.defaultBanner)". Your real \
            case store (--store, $CASEWORK_STORE) is never opened. --keep DIR keeps the training store in DIR \
            between sessions; --reset with --keep starts it over. --list prints the cases and the trainer's notes.
            """)

    @Flag(help: "Start with the guided walkthrough's hints switched on.") var guided = false
    @Flag(name: .customLong("echo-keys"), help: "Echo each key pressed on the status line, for a room to follow.")
    var echoKeys = false
    @Option(help: ArgumentHelp("Keep the training store in this folder (new, empty, or one made by --keep before).", valueName: "dir"))
    var keep: String?
    @Flag(help: "Start over: wipe the kept training store and copy the training cases in again.") var reset = false
    @OptionGroup var screenOptions: ScreenOptions
    @Flag(help: "Print the training cases and the trainer's notes, and exit.") var list = false

    func run() throws {
        if list {
            for line in TrainingHandout.lines(try TrainingCatalog.load()) { print(line) }
            return
        }
        let session = try TrainingSession.start(keep: keep, reset: reset)
        defer {
            do {
                try session.finish()
            } catch {
                printError("The temporary training store \(session.root) could not be removed: \(error). It holds fictional cases only; delete it by hand.")
            }
            if session.isKept {
                printError("Training store kept in \(session.root). `casework demo --keep \(session.root) --reset` starts it over.")
            }
        }
        try Self.openWorkbench(
            on: session.workspace, training: TrainingOptions(guided: guided, echoKeys: echoKeys),
            accessible: screenOptions.isAccessible)
    }

    /// The one place the demo hands over to the workbench: the same workbench as real work, with the
    /// training options (banner, guided hints, key echo) as the only difference.
    static func openWorkbench(on workspace: Workspace, training: TrainingOptions, accessible: Bool = false) throws {
        try Workbench.run(workspace: workspace, training: training, accessible: accessible)
    }
}
