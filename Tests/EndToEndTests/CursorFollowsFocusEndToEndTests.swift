import CaseworkCore
import Foundation
import Testing

/// Screen readers and braille displays (BRLTTY, Orca in a terminal, Speakup) follow the terminal cursor.
/// After every key of a walkthrough the cursor must sit on the thing that has the focus: the selected
/// case, the highlighted part of the case, the item's status, the field being typed in, the focused
/// field of a form.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct CursorFollowsFocusEndToEndTests {
    func storeWithTwoCases(_ box: Sandbox) throws -> (first: CaseRecord, second: CaseRecord) {
        let store = try CaseStore(root: box.store)
        let template = try TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
        let user = CaseworkEnvironment.currentUser()
        let first = try store.create(
            subject: Subject(name: "Kai Brennan"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-01")!),
            lead: user, template: template, by: user)
        let second = try store.create(
            subject: Subject(name: "Ann Other"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-02")!),
            lead: user, template: template, by: user)
        return (first, second)
    }

    @Test func theCursorIsOnTheFocusAfterEveryKey() throws {
        let box = try Sandbox()
        let (first, second) = try storeWithTwoCases(box)
        let session = try TmuxSession(label: "focus", store: box.store)
        defer { session.kill() }
        try #require(session.waitFor(first.reference.rawValue))
        // The case list: the cursor is on the selected row, and moves with it.
        let firstRow = session.screen().components(separatedBy: "\n").first {
            $0.contains(first.reference.rawValue) || $0.contains(second.reference.rawValue)
        } ?? ""
        let top = firstRow.contains(first.reference.rawValue) ? first : second
        let below = top == first ? second : first
        #expect(session.waitForCursor(on: top.reference.rawValue))
        try session.keys("Down")
        #expect(session.waitForCursor(on: below.reference.rawValue))
        #expect(session.cursor()?.visible == false, "hidden unless asked for: a sighted user sees the highlight")
        // The overview: the highlighted part of the case.
        try session.keys("Enter")
        try #require(session.waitFor("Part of the case"))
        #expect(session.waitForCursor(on: "1. Referral and context"))
        try session.keys("Down")
        #expect(session.waitForCursor(on: "2. Engagement"))
        // The checklist: the item's status, which the number keys change.
        try session.keys("c")
        try #require(session.waitFor("Item 1/"))
        try session.keys("PageDown")
        try #require(session.waitFor("section 2/"))
        #expect(session.waitForCursor(on: "Status"))
        try session.keys("1")
        #expect(session.waitForCursor(on: "Status (0 1 2 n u x): "))
        // Typing the evidence: the text cursor, shown, after what was typed.
        try session.keys("Enter")
        try #require(session.waitFor("Type the evidence"))
        try session.type("Seen at the gate")
        #expect(session.waitForCursor(on: "Seen at the gate"))
        #expect(session.cursor()?.visible == true)
        try session.keys("Escape")
        try #require(session.waitFor("Saved."))
        #expect(session.waitForCursor(on: "Status"))
        // A form: the focused field, as Tab moves it.
        try session.keys("Escape")
        try #require(session.waitFor("Part of the case"))
        try session.keys("o")
        try #require(session.waitFor("Concerns log"))
        try session.keys("a")
        try #require(session.waitFor("What happened"))
        #expect(session.waitForCursor(on: "What happened"))
        try session.keys("Tab")
        #expect(session.waitForCursor(on: "Heading"))
        try session.keys("Escape")
        try #require(session.waitFor("No concerns recorded"))
        try session.keys("Escape")
        try #require(session.waitFor("Part of the case"))
        try session.keys("q")
        #expect(session.waitUntilGone())
    }

    @Test func theAccessibleScreenShowsTheCursorAndDrawsNoLines() throws {
        let box = try Sandbox()
        let (first, _) = try storeWithTwoCases(box)
        let session = try TmuxSession(label: "accessible", store: box.store, arguments: ["--accessible"])
        defer { session.kill() }
        try #require(session.waitFor(first.reference.rawValue))
        try session.keys("Enter")
        try #require(session.waitFor("Part of the case"))
        #expect(session.waitForCursor(on: "1. Referral and context"))
        #expect(session.cursor()?.visible == true)
        try session.keys("c")
        try #require(session.waitFor("Item 1/"))
        #expect(!session.screen().contains("─"), "a braille display would spell out every ─ of a rule")
        try session.keys("q")
        #expect(session.waitUntilGone())
        // The same from the user's environment.
        let fromEnvironment = try TmuxSession(label: "accessible-env", store: box.store, environment: ["CASEWORK_ACCESSIBLE": "1"])
        defer { fromEnvironment.kill() }
        try #require(fromEnvironment.waitFor(first.reference.rawValue))
        // The first session left from the checklist, so this one offers to resume: the cursor is on the question.
        try #require(fromEnvironment.waitFor("Resume where you were"))
        #expect(fromEnvironment.waitForCursor(on: "Resume where you were"))
        #expect(fromEnvironment.cursor()?.visible == true)
        try fromEnvironment.keys("Escape")
        #expect(fromEnvironment.waitForCursor(on: "New referral"), "back on the selected case of the list")
        try fromEnvironment.keys("q")
        #expect(fromEnvironment.waitUntilGone())
    }
}
