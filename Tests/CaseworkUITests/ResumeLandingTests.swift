import CaseworkCore
import CaseworkUI
import Foundation
import Testing

/// Issue 15: "Resume where you were: case NNF-9340, item Health?" opened the summary screen on another
/// recipient, and nothing said the recovered note was back. The question names the screen and
/// recipient, the resume lands exactly there, and one sentence says where and what came back.
@Suite struct ResumeLandingTests {
    /// The session file the fixture case's state would write now.
    static func written(_ state: inout AppState) throws -> WorkbenchSession {
        let tick = Timestamp(secondsSinceEpoch: Fixtures.now.secondsSinceEpoch + 1)
        return try #require(update(&state, .tick(tick)).compactMap { effect -> WorkbenchSession? in
            if case .writeSession(let session) = effect { return session }
            return nil
        }.first)
    }

    @Test func theSummaryForTheSameRecipientComesBack() throws {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "police")
        #expect(state.sharing.recipient == "police")
        let written = try Self.written(&state)
        #expect(written.screen == "summary" && written.recipient == "police")

        var next = Fixtures.state()
        next.resumeOffer = written
        let police = try #require(Fixtures.settings.recipients.first { $0.id == "police" }).name
        #expect(view(next, size: Fixtures.small).text.contains("the summary for \(police)"))
        #expect(Fixtures.press(&next, .enter) == [.openCase(CaseReference("KTR-4827")!)])
        _ = update(&next, .opened(OpenCase(record: Fixtures.record(), template: Fixtures.template)))
        #expect(next.screen == .summary)
        #expect(next.sharing.recipient == "police")
        #expect(next.message == "Back where you were: case KTR-4827, the summary for \(police).")
    }

    @Test func theSentenceSaysTheTypedTextCameBackToo() {
        var state = Fixtures.state()
        state.resumeOffer = WorkbenchSession(
            reference: CaseReference("KTR-4827"), screen: "checklist", itemID: "engagement.us-and-them",
            draft: .init(field: "note", itemID: "engagement.us-and-them", text: "Calls classmates traitors. And more"),
            savedAt: Fixtures.now)
        Fixtures.press(&state, .enter)
        _ = update(&state, .opened(OpenCase(record: Fixtures.record(), template: Fixtures.template)))
        #expect(state.message.hasPrefix("Your unsaved text is back in the editor"))
        #expect(state.message.hasSuffix("Back where you were: case KTR-4827, item \"Us-and-them thinking\"."))
    }

    @Test func aFileFromBeforeRecipientsWereKeptStillLoads() throws {
        let old = #"{"reference":"KTR-4827","screen":"summary","savedAt":"2026-11-24T09:30:00Z"}"#
        let session = try JSONDecoder().decode(WorkbenchSession.self, from: Data(old.utf8))
        #expect(session.recipient == nil)
    }
}
