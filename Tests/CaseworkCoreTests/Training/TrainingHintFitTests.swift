import Testing
@testable import CaseworkCore

/// The guided walkthrough has three rows at 80x24 (78 columns inside the frame); a hint cut short there
/// loses its point in front of a room, so every hint must fit whole.
@Suite struct TrainingHintFitTests {
    @Test func everyHintFitsThreeRowsAtEightyColumns() {
        for hint in TrainingGuide.entries {
            let lines = WordWrap.lines("Guide · \(hint.title): \(hint.text)", width: 78)
            #expect(lines.count <= 3, "\(hint.title): \(lines.count) rows at 80x24: \(hint.text)")
        }
    }
}
