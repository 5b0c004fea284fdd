import CaseworkCore
import Foundation
import Testing

/// The race a colleague runs against the workbench, with the real binary in tmux: the command line
/// changes the field being typed in, the workbench's idle save meets the conflict, and the colleague's
/// note stays in the case while the workbench's text stays on screen until a choice saves both.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct WorkbenchConflictEndToEndTests {
    static let colleague = "COLLEAGUE NOTE"

    /// Opens the only case on `referral.referrer`, types, lets the command line change the same note,
    /// types more and waits for the idle save to meet the conflict.
    func raceTheColleague(_ box: Sandbox, label: String) throws -> (TmuxSession, CaseStore, CaseRecord) {
        let (store, created) = try box.storeWithOneCase()
        let tmux = try TmuxSession(label: label, store: box.store)
        try #require(tmux.waitFor(created.reference.rawValue))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Part of the case"))
        try tmux.keys("c")
        try #require(tmux.waitFor("Item 1/65"))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Type the evidence"))
        try tmux.type("WORKBENCH one")
        try #require(tmux.waitFor("WORKBENCH one"))

        let answered = try box.run(["answer", created.reference.rawValue, "referral.referrer", "-", "--note", Self.colleague])
        try #require(answered.status == 0, "the colleague's answer: \(answered.err)")

        try tmux.type(" two")
        try #require(tmux.waitFor("WORKBENCH one two"))
        // The idle save after 2 s meets the colleague's revision.
        try #require(tmux.waitFor("saved this evidence first"))
        return (tmux, store, created)
    }

    @Test func theIdleSaveNeverOverwritesAColleaguesNoteAndKeepingBothIsAChoice() throws {
        let box = try Sandbox()
        let (tmux, store, created) = try raceTheColleague(box, label: "race")
        defer { tmux.kill() }

        // Five seconds idle: nothing of the workbench's is saved over the colleague's note.
        Thread.sleep(forTimeInterval: 5)
        let afterIdle = try store.load(created.reference)
        #expect(afterIdle.answers["referral.referrer"]?.note == Self.colleague)
        let screen = tmux.screen()
        #expect(screen.contains("WORKBENCH one two"), "the text is still in the editor:\n\(screen)")
        #expect(screen.contains(Self.colleague), "their note is shown beside it:\n\(screen)")
        #expect(screen.contains("Your text: not saved"))

        // Leaving the field asks; keeping both saves both, theirs first, on the current revision.
        try tmux.keys("Escape")
        try #require(tmux.waitFor("m keep yours"))
        #expect(try store.load(created.reference).revision == afterIdle.revision)
        try tmux.keys("b")
        try #require(tmux.waitFor("Saved both"))
        let merged = try store.load(created.reference)
        #expect(merged.revision == afterIdle.revision + 1)
        #expect(merged.answers["referral.referrer"]?.note == Self.colleague + "\n\nWORKBENCH one two")
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())
    }

    @Test func aHangupDuringAConflictKeepsTheTextOutOfTheCaseAndResumeBringsTheConflictBack() throws {
        let box = try Sandbox()
        let (tmux, store, created) = try raceTheColleague(box, label: "racehup")
        let session = SessionFile(store: store, user: CaseworkEnvironment.currentUser())
        tmux.kill()

        var kept: WorkbenchSession?
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            kept = session.load()
            if kept?.draft?.conflictWith != nil { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(kept?.draft?.text == "WORKBENCH one two")
        #expect(kept?.draft?.conflictWith != nil)
        #expect(try store.load(created.reference).answers["referral.referrer"]?.note == Self.colleague, "a hangup never saves it")

        let again = try TmuxSession(label: "raceresume", store: box.store)
        defer { again.kill() }
        try #require(again.waitFor("Resume where you were"))
        try again.keys("Enter")
        try #require(again.waitFor("Your unsaved text is back"))
        #expect(again.screen().contains("WORKBENCH one two"))
        #expect(again.screen().contains(Self.colleague))
        Thread.sleep(forTimeInterval: 3)
        #expect(try store.load(created.reference).answers["referral.referrer"]?.note == Self.colleague, "resuming is no autosave")
        try again.keys("Escape")
        try #require(again.waitFor("m keep yours"))
        try again.keys("t")
        try #require(again.waitFor("yours was left out"))
        try again.keys("q")
        #expect(again.waitUntilGone())
        #expect(try store.load(created.reference).answers["referral.referrer"]?.note == Self.colleague)
    }
}
