/// A trainer's note on one training case: what the case is for and what to ask the room.
///
/// Kept apart from the case file so that the case looks exactly like a real one on screen, and the
/// teaching intent never leaks into a summary a trainee generates from it.
public struct TrainingNote: Hashable, Sendable, Codable {
    public var reference: CaseReference
    public var title: String
    /// The stage the case is at when the session starts.
    public var stage: CaseStatus
    /// The kind of concern, in a few words, so a trainer can pick cases for a session.
    public var concern: String
    /// What the case is meant to teach: two to four sentences.
    public var teaches: String
    /// Questions to put to the room while the case is on screen.
    public var questions: [String]

    public init(reference: CaseReference, title: String, stage: CaseStatus, concern: String, teaches: String, questions: [String]) {
        self.reference = reference
        self.title = title
        self.stage = stage
        self.concern = concern
        self.teaches = teaches
        self.questions = questions
    }
}
