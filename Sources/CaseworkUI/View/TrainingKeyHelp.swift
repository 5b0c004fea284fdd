import CaseworkCore

extension AppState {
    /// The keys that work right now: the screen's own, with training mode's toggles after F1 so the bar
    /// shows the walkthrough key while there is room, and F1 lists both.
    public var keyHelp: [KeyHelp] {
        var keys = screenKeyHelp
        guard training != nil else { return keys }
        let toggles: [KeyHelp] = [
            KeyHelp("F3", "Guide",
                    "Training: show or hide the guided walkthrough, a hint on what this step is for and why"),
            KeyHelp("F5", "Echo keys", "Training: echo the keys pressed on the status line, for the room to follow", bar: false),
        ]
        keys.insert(contentsOf: toggles, at: min(1, keys.count))
        return keys
    }
}
