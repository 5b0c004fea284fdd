/// One hint of the guided walkthrough: a title for the hint line and a few sentences for the panel.
public struct TrainingHint: Hashable, Sendable {
    public var stage: TrainingStage
    /// A few words: what the trainee is doing here.
    public var title: String
    /// One to three sentences: what the trainee is doing and why it matters.
    public var text: String

    public init(stage: TrainingStage, title: String, text: String) {
        self.stage = stage
        self.title = title
        self.text = text
    }

    /// Title and text as one line, for a hint line one row high; the workbench truncates it to fit.
    public var line: String { title + ": " + text }

    /// The hint word-wrapped to `width` columns, title first, for a hint panel.
    public func lines(width: Int) -> [String] {
        WordWrap.lines(title + ". " + text, width: width)
    }
}
