import CaseworkCore
import CaseworkUI
import SnapshotTesting
import Testing

/// Training mode drawn over the ordinary screens at 80x24 and 120x40: the banner on every one (help and
/// the too-small screen too), the walkthrough's hint following the screen, and the key echo.
@Suite(.serialized) struct TrainingSnapshotTests {
    func snap(_ name: String, sizes: [Size] = [Fixtures.small, Fixtures.large],
              fileID: StaticString = #fileID, file: StaticString = #filePath, testName: String = #function,
              line: UInt = #line, column: UInt = #column, _ build: (Size) -> AppState) {
        for size in sizes {
            var state = build(size)
            _ = update(&state, .resize(size))
            let grid = view(state, size: size)
            #expect(grid.text.contains(TrainingOptions.defaultBanner), "no banner on \(name) at \(size.columns)x\(size.rows)")
            assertSnapshot(of: grid.text, as: .lines, named: "\(name)-\(size.columns)x\(size.rows)",
                           fileID: fileID, file: file, testName: testName, line: line, column: column)
        }
    }

    static func trained(_ state: AppState, guided: Bool = true, echoKeys: Bool = false) -> AppState {
        var state = state
        state.training = TrainingMode(options: TrainingOptions(guided: guided, echoKeys: echoKeys))
        return state
    }

    @Test func caseListWithHint() {
        snap("case-list-guided") { Self.trained(Fixtures.state(size: $0)) }
        snap("case-list-plain") { Self.trained(Fixtures.state(size: $0), guided: false) }
    }

    @Test func newCaseWithHint() {
        snap("new-case-guided") { size in
            var state = Self.trained(Fixtures.state(size: size))
            Fixtures.press(&state, .char("n"))
            return state
        }
    }

    @Test func overviewWithHint() {
        snap("overview-guided") { Self.trained(Fixtures.openState(size: $0)) }
    }

    @Test func checklistSectionWithHint() {
        snap("checklist-engagement-guided") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("c"), .pageDown)
            return state
        }
        snap("checklist-intent-guided-editing") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("c"), .pageDown, .pageDown, .enter)
            _ = Fixtures.type(&state, "Said he wanted payback.")
            return state
        }
    }

    @Test func concernsWithHint() {
        snap("concerns-guided") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("o"))
            return state
        }
    }

    @Test func decisionWithHint() {
        snap("decision-threshold-guided") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("d"))
            return state
        }
        snap("decision-route-guided") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("d"), .tab)
            return state
        }
    }

    @Test func summaryWithHint() {
        snap("summary-guided") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("s"))
            return state
        }
    }

    @Test func bannerStaysOverHelpAndPanels() {
        snap("help-guided") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("c"), .function(1))
            return state
        }
        snap("guidance-panel-guided") { size in
            var state = Self.trained(Fixtures.openState(size: size))
            Fixtures.press(&state, .char("c"), .pageDown, .char("i"))
            return state
        }
        snap("too-small", sizes: [Size(columns: 60, rows: 20)]) { Self.trained(Fixtures.state(size: $0)) }
    }

    @Test func keyEchoOnTheStatusLine() {
        snap("key-echo") { size in
            var state = Self.trained(Fixtures.state(size: size), guided: false, echoKeys: true)
            Fixtures.press(&state, .down, .down, .up, .char("/"))
            _ = Fixtures.type(&state, "KT")
            Fixtures.press(&state, .enter)
            return state
        }
    }
}
