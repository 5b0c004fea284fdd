extension Key {
    /// The key as a presenter would say it (`Down`, `Enter`, `Ctrl-S`, `F3`), for the training key echo:
    /// the room reads it off a projector, so names are words rather than symbols.
    public var spokenName: String {
        switch self {
        case .char(" "): "Space"
        case .char(let character): String(character)
        case .ctrl(let character): "Ctrl-" + String(character).uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .wordLeft: "Ctrl-Left"
        case .wordRight: "Ctrl-Right"
        case .insert: "Insert"
        case .function(let number): "F\(number)"
        }
    }
}
