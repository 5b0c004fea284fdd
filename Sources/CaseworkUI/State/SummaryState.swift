/// Where the summary screen is: whose summary it previews, the recipient picker, the share review and
/// the last refusal.
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
    /// The share review is on screen (S opens it; Enter goes on to the share form).
    public var reviewing = false
    /// The review's changes for the previewed recipient, kept while the practitioner goes back and forth
    /// between the review, the form and the preview; dropped when the recipient changes or the share goes.
    public var review: ShareReview?
    /// The review's rows as last computed (never part of equality).
    public var reviewMemo = ShareReviewMemo()

    public init() {}
}
