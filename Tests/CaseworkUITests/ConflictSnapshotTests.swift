import CaseworkCore
import CaseworkUI
import SnapshotTesting
import Testing

/// The conflict screens at 80x24: the typed text unsaved in the editor, the colleague's text above it,
/// and the choice once saving again is asked for; and a form held by a conflict.
@Suite(.serialized) struct ConflictSnapshotTests {
    func snap(_ name: String, _ state: AppState, testName: String = #function, line: UInt = #line) {
        let grid = view(state, size: Fixtures.small)
        assertSnapshot(of: grid.text, as: .lines, named: "\(name)-80x24", testName: testName, line: line)
    }

    @Test func theEditorBesideTheirText() {
        var state = ConflictNeverOverwritesTests.conflicted()
        snap("conflict-editor", state)
        Fixtures.press(&state, .escape)
        snap("conflict-editor-choice", state)
    }

    @Test func aFormBesideTheirValues() {
        var state = ConflictNeverOverwritesTests.editedConcern()
        var theirs = ConflictNeverOverwritesTests.theirs(sameField: false)
        theirs.concerns[0].what = "Posted that the group should punish a teacher. Deleted it later."
        _ = update(&state, .conflict(by: "colleague", current: theirs))
        snap("conflict-form", state)
    }
}
