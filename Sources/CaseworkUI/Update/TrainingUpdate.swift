import CaseworkCore

extension AppState {
    /// Training mode's part of an event, run before the screen's own handling.
    ///
    /// Returns effects when the event was training's alone (a toggle key), or nil to let the screen handle it
    /// exactly as in real work: the echo only watches keys go by, so training never changes what a key does.
    mutating func trainingEvent(_ event: Event) -> [Effect]? {
        guard var mode = training else { return nil }
        switch event {
        case .key(TrainingMode.hintsKey):
            mode.hintsShown.toggle()
            training = mode
            say(mode.hintsShown
                ? "Walkthrough on: the hint follows you from screen to screen (F3 hides it)."
                : "Walkthrough off (F3 shows it again).")
            return []
        case .key(TrainingMode.echoKey):
            mode.echoShown.toggle()
            mode.echo.clear()
            training = mode
            say(mode.echoShown ? "Keys are echoed on the status line (F5 stops it)." : "Key echo off (F5 turns it on).")
            return []
        case .key(let key):
            guard mode.echoShown else { return nil }
            var isText = false
            if case .char = key, acceptsText { isText = true }
            mode.echo.record(key.spokenName, isText: isText)
        case .paste(let text):
            // Pasted text that is not typed into a field arrives again as keys, and is echoed then.
            guard mode.echoShown, acceptsText, !text.isEmpty else { return nil }
            mode.echo.record("paste", isText: true)
        default:
            return nil
        }
        training = mode
        return nil
    }
}
