import CaseworkCore
import CaseworkUI
import SnapshotTesting
import Testing

/// Every screen drawn at the design size (80x24) and a larger one (120x40), compared with the committed
/// text in __Snapshots__. Record with SNAPSHOT_TESTING_RECORD=all and read the result before committing.
@Suite(.serialized) struct ScreenSnapshotTests {
    /// Draws the state at both sizes and compares each with its snapshot.
    func snap(_ name: String, sizes: [Size] = [Fixtures.small, Fixtures.large],
              fileID: StaticString = #fileID, file: StaticString = #filePath, testName: String = #function,
              line: UInt = #line, column: UInt = #column, _ build: (Size) -> AppState) {
        for size in sizes {
            var state = build(size)
            _ = update(&state, .resize(size))
            let grid = view(state, size: size)
            assertSnapshot(of: grid.text, as: .lines, named: "\(name)-\(size.columns)x\(size.rows)",
                           fileID: fileID, file: file, testName: testName, line: line, column: column)
        }
    }

    @Test func caseList() {
        snap("case-list") { Fixtures.state(size: $0) }
        snap("case-list-filtered") { size in
            var state = Fixtures.state(size: size)
            Fixtures.press(&state, .char("/"))
            _ = Fixtures.type(&state, "KTR")
            return state
        }
        snap("case-list-names") { size in
            var state = Fixtures.state(size: size)
            Fixtures.press(&state, .function(4))
            return state
        }
        snap("case-list-empty") { size in
            var state = Fixtures.state(size: size)
            state.listings = []
            return state
        }
    }

    @Test func newCase() {
        snap("new-case") { size in
            var state = Fixtures.state(size: size)
            Fixtures.press(&state, .char("n"))
            _ = Fixtures.type(&state, "Zoë 日本 Ōta")
            Fixtures.press(&state, .tab)
            _ = Fixtures.type(&state, "Form tutor heard remarks praising an attack in a lesson about the news; searches were flagged.")
            return state
        }
    }

    @Test func overview() {
        snap("overview") { Fixtures.openState(size: $0) }
        snap("overview-decided") { size in
            var record = Fixtures.record()
            record.status = .decided
            record.decision = Decision(threshold: "early-help", route: "channel", rationale: "Reasons", decidedBy: "jsmith",
                                       decidedOn: Fixtures.date("2026-11-22"), reviewOn: Fixtures.date("2026-11-23"))
            return Fixtures.openState(size: size, record: record)
        }
    }

    @Test func checklist() {
        snap("checklist") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("c"), .pageDown)
            return state
        }
        snap("checklist-guidance-hidden") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("c"), .pageDown, .char("?"))
            return state
        }
        snap("checklist-editing") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("c"), .pageDown, .enter)
            _ = Fixtures.type(&state, "\nA second paragraph typed now, with café, naïve and 日本語 to show wide characters wrap in step.")
            return state
        }
        snap("checklist-narrative") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("c"))
            return state
        }
        snap("checklist-scale") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("c"))
            if let index = state.items.firstIndex(where: { $0.kind == .scale }) { state.itemIndex = index }
            Fixtures.press(&state, .char("6"))
            return state
        }
    }

    @Test func logs() {
        snap("concerns") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("o"))
            return state
        }
        snap("concern-form") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("o"), .char("a"))
            _ = Fixtures.type(&state, "Shared a video of an attack in a group chat")
            Fixtures.press(&state, .tab, .tab)
            return state
        }
        snap("concerns-remove") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("o"), .char("d"))
            return state
        }
        snap("strengths") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("t"))
            return state
        }
        snap("strengths-empty") { size in
            var record = Fixtures.record()
            record.strengths = []
            var state = Fixtures.openState(size: size, record: record)
            Fixtures.press(&state, .char("t"))
            return state
        }
        snap("agencies") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("a"))
            return state
        }
        snap("actions") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("p"))
            return state
        }
    }

    @Test func decision() {
        snap("decision") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("d"), .right, .right)
            return state
        }
        snap("decision-route") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("d"), .tab)
            return state
        }
    }

    @Test func summary() {
        snap("summary") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("s"))
            return state
        }
    }

    @Test func summaryForTheSchoolThePickerTheShareFormAndARefusal() {
        snap("summary-school") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("s"), .char("r"))
            Fixtures.pick(&state, "school")
            return state
        }
        snap("summary-police") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("s"), .char("r"))
            Fixtures.pick(&state, "police")
            return state
        }
        snap("summary-picker") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("s"), .char("r"), .down)
            return state
        }
        snap("summary-share-form") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("s"), .char("r"))
            Fixtures.pick(&state, "police")
            Fixtures.press(&state, .char("S"), .enter)
            return state
        }
        snap("summary-consent-form") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("s"), .char("c"))
            return state
        }
        snap("summary-refused") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("s"), .char("r"))
            Fixtures.pick(&state, "school")
            _ = update(&state, .shareRefused([
                "Say what the share is for (--why): the sharing record needs its purpose.",
                "Before this goes: Agreement (Channel support) was withdrawn by a parent or carer on 2026-11-20. Say why you are going ahead (--despite \"reason\"): the reason is kept with the share.",
            ]))
            return state
        }
    }

    @Test func helpResumeReadOnlyAndTooSmall() {
        snap("help-checklist") { size in
            var state = Fixtures.openState(size: size)
            Fixtures.press(&state, .char("c"), .function(1))
            return state
        }
        snap("help-case-list") { size in
            var state = Fixtures.state(size: size)
            Fixtures.press(&state, .char("?"))
            return state
        }
        snap("resume") { size in
            var state = Fixtures.state(size: size)
            state.resumeOffer = WorkbenchSession(
                reference: CaseReference("KTR-4827"), screen: "checklist", itemID: "engagement.us-and-them",
                draft: .init(field: "note", itemID: "engagement.us-and-them", text: "x"), savedAt: Fixtures.now)
            return state
        }
        snap("read-only") { Fixtures.openState(size: $0, readOnly: true) }
        snap("too-small", sizes: [Size(columns: 79, rows: 24), Size(columns: 60, rows: 20)]) { Fixtures.state(size: $0) }
    }

    /// Escape sequences, a carriage return and a bidi override in a name and a note show as visible
    /// escapes: nothing reaches the terminal that it would act on.
    @Test func hostileTextIsShownEscaped() {
        let hostile = "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}\rMallory\u{202E}exe.txt"
        var record = Fixtures.record(name: hostile)
        record.answers["engagement.group-identification"]?.note = "Note \u{1B}[2J wipes\u{1B}]0;title\u{07} and\r returns \u{202E}reversed"
        record.answers["engagement.group-identification"]?.source = "src\u{1B}[31mred"
        snap("hostile-checklist") { size in
            var state = Fixtures.openState(size: size, record: record)
            Fixtures.press(&state, .function(4), .char("c"), .pageDown, .function(4))
            return state
        }
        snap("hostile-case-list") { size in
            var state = Fixtures.state(size: size)
            state.listings = [CaseListing(record: record)]
            Fixtures.press(&state, .function(4))
            return state
        }
        var state = Fixtures.openState(record: record)
        Fixtures.press(&state, .char("c"), .pageDown, .function(4))
        let text = view(state, size: Fixtures.small).text
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D || $0.value == 0x202E })
        #expect(text.contains("^[[2J"))
        #expect(text.contains("<U+202E>"))
    }
}
