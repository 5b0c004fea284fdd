/// Where the summary screen is: whose summary it previews, the recipient picker, and the last refusal.
///
/// Kept apart from the rest of `AppState` so the sharing screen's state is one field there.
public struct SummaryState: Hashable, Sendable {
    /// The recipient profile previewed; the internal record (everything) until another is chosen.
    public var recipient = "internal"
    /// The recipient picker is open.
    public var picking = false
    public var pickerCursor = 0
    /// Why the last share was refused, sentence by sentence, shown above the preview until the next try.
    public var refusal: [String] = []
    /// A share or decline form closed without acting (Esc, or refused), so its text is not lost.
    public var lastForm: Form?

    public init() {}
}
