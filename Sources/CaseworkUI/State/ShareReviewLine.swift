/// One line of the share review as drawn: its text, how it looks, and the row it acts on when it is the
/// first line of an entry or a name (an index into `shareReviewTargets`).
public struct ShareReviewLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case heading, warning, item, detail, changed }

    public var text: String
    public var kind: Kind
    public var target: Int?

    public init(_ text: String, _ kind: Kind, target: Int? = nil) {
        self.text = text
        self.kind = kind
        self.target = target
    }
}
