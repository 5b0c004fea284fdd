import CaseworkCore

/// Training mode as the workbench carries it: the options `casework demo` passed in, and the two toggles.
///
/// It is only ever something shown (the banner, the walkthrough's hints, the key echo) and never a second
/// path through the screens: training runs the same update and view as real work, so what is taught is
/// what is used. `nil` in `AppState.training` means real work, where none of this is drawn.
public struct TrainingMode: Hashable, Sendable {
    /// Toggles the guided walkthrough's hints. F3, because F1 (help), F2 (save a form) and F4 (names) are
    /// taken, and a function key can never be typed into a text field by mistake.
    public static let hintsKey = Key.function(3)
    /// Toggles the key echo on the status line, for a presenter; F5 for the same reasons.
    public static let echoKey = Key.function(5)

    public var options: TrainingOptions
    /// Whether the hints are on now (starts as `options.guided`).
    public var hintsShown: Bool
    /// Whether the key echo is on now (starts as `options.echoKeys`).
    public var echoShown: Bool
    /// The last keys pressed while the echo was on.
    public var echo = TrainingKeyEcho()

    public init(options: TrainingOptions) {
        self.options = options
        hintsShown = options.guided
        echoShown = options.echoKeys
    }

    /// The banner every training screen shows; never empty, so a blank option cannot hide it.
    public var banner: String {
        let text = TextSanitizer.line(options.banner).trimmedOfSpaces
        return text.isEmpty ? TrainingOptions.defaultBanner : text
    }
}
