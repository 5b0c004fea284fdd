/// What the workbench shows when it runs in training mode.
///
/// The workbench runs the same code in training as in real work, so that what is taught is what is used;
/// these are the only differences, and each is something shown, never something done differently.
public struct TrainingOptions: Hashable, Sendable {
    /// The words every training screen shows, so that a projected screen is never mistaken for a real case.
    public static let defaultBanner = "TRAINING - fictional cases"

    /// Shown on every screen, always: the workbench must not offer a way to hide it.
    public var banner: String
    /// Whether the guided walkthrough's hint line starts switched on (a key in the workbench toggles it).
    public var guided: Bool
    /// Whether the status line echoes each key pressed, so a room watching a projector can follow.
    public var echoKeys: Bool

    public init(banner: String = TrainingOptions.defaultBanner, guided: Bool = false, echoKeys: Bool = false) {
        self.banner = banner
        self.guided = guided
        self.echoKeys = echoKeys
    }
}
