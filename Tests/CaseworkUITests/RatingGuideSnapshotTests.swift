import CaseworkCore
import CaseworkUI
import SnapshotTesting
import Testing

/// On template 2.0.0 the checklist shows, under what to look for, what "1" (some concern) and "2"
/// (significant concern) look like on this item.
@Suite(.serialized) struct RatingGuideSnapshotTests {
    static func stateOnNewTemplate(size: Size) -> AppState {
        var state = Fixtures.state(size: size)
        let template = Fixtures.templates.defaultTemplate
        var record = Fixtures.record()
        record.templateVersion = template.version
        record.answers = [:]
        _ = update(&state, .opened(OpenCase(record: record, template: template, readOnly: false, heldBy: nil)))
        state.message = ""
        return state
    }

    @Test func theChecklistShowsWhatEachRatingLooksLike() {
        for size in [Fixtures.small, Fixtures.large] {
            var state = Self.stateOnNewTemplate(size: size)
            #expect(state.template?.version == "2.0.0")
            Fixtures.press(&state, .char("c"), .pageDown)
            #expect(state.currentItem?.id == "engagement.grievance")
            _ = update(&state, .resize(size))
            assertSnapshot(of: view(state, size: size).text, as: .lines, named: "rating-guide-\(size.columns)x\(size.rows)")
            Fixtures.press(&state, .char("i"))
            assertSnapshot(of: view(state, size: size).text, as: .lines, named: "rating-guide-panel-\(size.columns)x\(size.rows)")
        }
    }
}
