import CaseworkCore
import Foundation
import Testing

/// Text holding escape sequences, sent as keystrokes (`tmux send-keys -l`, not a bracketed paste) into
/// every kind of field: only its printable text arrives; no sequence acts as Esc, F2 or a command.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct HostileKeysEndToEndTests {
    /// A screen clear, a window title, F2 as SS3, the alternate screen and an Alt-chord, between
    /// printable text. (Cursor keys are left out: run together with text they still move the cursor, as
    /// a fast typist's arrows over a slow link must.)
    static let hostile = "abc\u{1B}[2J\u{1B}]0;PWNED\u{07}\u{1B}OQ\u{1B}[?1049h\u{1B}qxyz"
    static let printable = "abcxyz"

    @Test func escapeSequencesTypedIntoEveryKindOfFieldAreDroppedAndNothingElseHappens() throws {
        let box = try Sandbox()
        let (store, existing) = try box.storeWithOneCase()
        let before = try Data(contentsOf: URL(fileURLWithPath: box.caseFile(existing.reference.rawValue)))
        let tmux = try TmuxSession(label: "hostile", store: box.store)
        defer { tmux.kill() }
        try #require(tmux.waitFor(existing.reference.rawValue))

        // The case list filter.
        try tmux.keys("/")
        try tmux.type(Self.hostile)
        try #require(tmux.waitFor("Filter: " + Self.printable))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("T.P."))

        // The new-case form: every text field, the date left as it was.
        try tmux.keys("n")
        try #require(tmux.waitFor("New case: who is it about"))
        for field in 0..<5 {
            if field == 2 {
                try tmux.keys("Tab")  // date received: today, untouched
                continue
            }
            try tmux.type(Self.hostile)
            try #require(tmux.waitFor(Self.printable))
            if field < 4 { try tmux.keys("Tab") }
        }
        #expect(store.references().count == 1, "nothing created while typing")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Every change is saved as you make it"))
        let reference = try #require(store.references().first { $0 != existing.reference })

        // An evidence note.
        try tmux.keys("c")
        try #require(tmux.waitFor("Item 1/72"))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Type the evidence"))
        try tmux.type(Self.hostile)
        try #require(tmux.waitFor(Self.printable))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("Saved."))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("Part of the case"))

        // A log-entry form (a concern).
        try tmux.keys("o")
        try #require(tmux.waitFor("Concerns"))
        try tmux.keys("a")
        try #require(tmux.waitFor("Add a concern"))
        try tmux.type(Self.hostile)
        try #require(tmux.waitFor(Self.printable))
        try tmux.keys("F2")
        try #require(tmux.waitFor("Added concern."))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("Part of the case"))

        // The decision's rationale.
        try tmux.keys("d")
        try #require(tmux.waitFor("Decision: your judgement"))
        try tmux.keys("Tab", "Tab")
        try tmux.type(Self.hostile)
        try #require(tmux.waitFor(Self.printable))
        try tmux.keys("F2")
        try #require(tmux.waitFor("Decision saved"))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("Part of the case"))
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())

        // No stray case, the other case byte for byte as it was, and every field holding the printable text.
        #expect(Set(store.references()) == [existing.reference, reference])
        #expect(try Data(contentsOf: URL(fileURLWithPath: box.caseFile(existing.reference.rawValue))) == before)
        let record = try store.load(reference)
        #expect(record.subject.name == Self.printable)
        #expect(record.referral.reason == Self.printable)
        #expect(record.referral.referrer == Self.printable)
        #expect(record.referral.referrerRole == Self.printable)
        #expect(record.referral.receivedOn == Timestamp.now().day || record.referral.receivedOn == Timestamp.now().adding(seconds: -300).day)
        #expect(record.answers.count == 1)
        #expect(record.answers["referral.referrer"]?.note == Self.printable)
        #expect(record.answers["referral.referrer"]?.source == "")
        #expect(record.answers["referral.referrer"]?.observedOn == nil)
        try #require(record.concerns.count == 1)
        #expect(record.concerns[0].what == Self.printable)
        #expect(record.concerns[0].severity == .medium)
        #expect(record.concerns[0].observedOn == nil)
        let decision = try #require(record.decision)
        #expect(decision.rationale == Self.printable)
        #expect(decision.reviewOn == nil)
        #expect(record.actions.isEmpty && record.strengths.isEmpty && record.agencies.isEmpty)
    }
}
