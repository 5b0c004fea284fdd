#if canImport(Glibc)
import Glibc
#endif
import CaseworkCore
import CaseworkUI
import FoundationEssentials

/// Opens the full-screen workbench on a workspace: the input loop between the terminal and CaseworkUI.
public enum Workbench {
    /// `training` (from `casework demo`) only adds what training mode shows; the loop is the same.
    /// `accessible`: the cursor visible on the focus, no colour-only information, no decorative lines
    /// (`casework --accessible`, or CASEWORK_ACCESSIBLE=1 in the environment).
    public static func run(workspace: Workspace, training: TrainingOptions? = nil, accessible: Bool = false) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CaseworkError.invalidArgument(
                "The workbench needs a terminal; from a script use the commands listed by `casework --help`.")
        }
        let signals = SignalWatcher()
        let runner = EffectRunner(workspace: workspace, pid: getpid())
        var state = try runner.initialState(size: Size(columns: 80, rows: 24), fromIndex: true)
        // The first screen is drawn from the index; right after it, every case file is checked against it.
        var listChecked = false
        state.training = training.map(TrainingMode.init(options:))
        let screen = try TerminalScreen(colours: !accessible)
        defer { screen.close() }
        let painter = GridPainter(screen: screen, accessible: accessible)
        state.size = screen.size
        var lastTick = Date()
        var immediateFailures = 0
        var drawn: AppState?
        while !state.quitting {
            if signals.signal != nil {
                runner.perform(update(&state, .hangup), on: &state)
                break
            }
            // Draw only when something on screen may have changed (the clock alone changes the day at most).
            var probe = state
            if let drawn { probe.now = drawn.now }
            if drawn == nil || probe != drawn || drawn?.today != state.today || painter.needsPaint {
                painter.paint(view(state, size: state.size))
                drawn = state
            }
            if !listChecked {
                listChecked = true
                runner.perform([.listCases], on: &state)
                continue
            }
            let started = Date()
            let input = screen.read()
            var event: Event?
            switch input {
            case .key(.ctrl("l"))?:
                painter.invalidate()
            case .key(let key)?: event = .key(key)
            case .text(let text)?: event = .paste(text)
            case .pasteStart?, .pasteEnd?:
                break
            case .resize(let size)?:
                painter.invalidate()
                event = .resize(size)
            case nil:
                // A closed terminal returns at once, forever: treat that like a hangup.
                immediateFailures = Date().timeIntervalSince(started) < 0.01 ? immediateFailures + 1 : 0
                if immediateFailures > 200 {
                    runner.perform(update(&state, .hangup), on: &state)
                    return
                }
            }
            if input != nil { immediateFailures = 0 }
            if let event { runner.perform(update(&state, event), on: &state) }
            if Date().timeIntervalSince(lastTick) >= 0.25 {
                lastTick = Date()
                runner.perform(update(&state, .tick(Timestamp.now())), on: &state)
            }
        }
    }
}
