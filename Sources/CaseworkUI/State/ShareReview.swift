import CaseworkCore

/// The practitioner's review of one share before its form: which entries go and which names are redacted.
///
/// Only the changes are kept (entries added or left out, names confirmed), each with its reason, as the
/// `SummaryOptions` the share will carry; everything else is worked out again from the case each time,
/// so the review never drifts from what `SharingService` would send.
public struct ShareReview: Hashable, Sendable {
    /// Entries changed from the profile's default for this share, each with its reason.
    public var entryChoices: [EntryChoice] = []
    /// People the practitioner confirmed may be named in this share, each with its reason.
    public var namesConfirmed: [NameConfirmation] = []
    /// The highlighted row among the entries and names (an index into `shareReviewTargets`).
    public var cursor = 0
    /// The first line shown.
    public var scroll = 0
    /// The reason being typed for a change, when one is asked for.
    public var asking: ReasonPrompt?

    public init() {}

    /// The one-line reason a change needs before it is made.
    public struct ReasonPrompt: Hashable, Sendable {
        public enum Change: Hashable, Sendable {
            case leaveOut(entry: String)
            case add(entry: String)
            case name(String)
        }

        public var change: Change
        public var editor = TextEditor()

        public init(change: Change) { self.change = change }

        public var question: String {
            switch change {
            case .leaveOut(let entry): "Why leave out \(entry)?"
            case .add(let entry): "Why add \(entry)?"
            case .name(let name): "Why may \(name) be named?"
            }
        }
    }

    /// Whether an entry goes, given the profile's default for it.
    public func includes(_ id: String, byDefault: Bool) -> Bool {
        entryChoices.last { $0.id == id }?.include ?? byDefault
    }

    public func confirmation(for name: String) -> NameConfirmation? {
        namesConfirmed.first { TextFolding.fold($0.name.trimmed) == TextFolding.fold(name.trimmed) }
    }
}

/// What a row of the review can be acted on: an entry (Space adds or leaves it out) or a mention of a
/// protected person (Space names them, with a reason, or goes back to the role).
public enum ShareReviewTarget: Hashable, Sendable {
    case entry(ShareContents.Entry, byDefault: Bool)
    case name(NameHit)
}
