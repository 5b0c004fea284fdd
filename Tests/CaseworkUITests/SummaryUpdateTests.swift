import CaseworkCore
import CaseworkUI
import Foundation
import Testing

/// The summary screen: the recipient picker, the share and decline forms, refusals and successes.
/// Events in, state and effects out; the last tests run the effects through a real (temporary) store.
@Suite struct SummaryUpdateTests {
    @Test func theSummaryStartsOnTheInternalRecordAndThePickerChangesTheRecipient() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"))
        #expect(state.summaryProfile?.id == "internal")
        #expect(state.summaryLines.contains { $0.contains("DRAFT") })
        #expect(state.summaryLines.contains("CONCERNS BY HEADING"))
        #expect(state.summaryWarningLines.first == "Choices when sharing:", "the internal record needs no consent")
        Fixtures.press(&state, .down, .down, .down)
        #expect(state.summaryScroll == 3)
        Fixtures.press(&state, .char("r"))
        #expect(state.sharing.picking)
        #expect(state.sharing.pickerCursor == Fixtures.settings.recipients.firstIndex { $0.id == "internal" })
        // Esc keeps the current recipient.
        Fixtures.press(&state, .escape)
        #expect(!state.sharing.picking)
        #expect(state.screen == .summary)
        #expect(state.summaryProfile?.id == "internal")
        Fixtures.press(&state, .tab)
        Fixtures.pick(&state, "school")
        #expect(!state.sharing.picking)
        #expect(state.summaryProfile?.id == "school")
        #expect(state.summaryScroll == 0)
        #expect(state.message.contains("School or college"))
        // Need to know: the school does not receive the concerns or the referral.
        #expect(!state.summaryLines.contains("CONCERNS BY HEADING"))
        #expect(!state.summaryLines.contains("WHY THE CASE CAME IN"))
        #expect(state.summaryLines.contains("STRENGTHS AND PROTECTIVE FACTORS"))
        #expect(!state.summaryLines.joined().contains("A. Teacher"))
        // No consent on record, and nothing is missing: the school's default basis is public task.
        #expect(state.summaryWarningLines.isEmpty)
        #expect(state.summaryLines.joined(separator: " ").contains("UK GDPR Article 6(1)(e) public task"))
    }

    @Test func theShareFormAsksWhyAndProducesOneShareEffect() throws {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "police")
        Fixtures.press(&state, .char("S"), .enter)
        var form = try #require(state.form)
        #expect(form.purpose == .share)
        #expect(form.text("file") == "KTR-4827-police-2026-11-24.md")
        #expect(!form.fields.contains { $0.id == "referrer" }, "the police profile does not receive the referrer")
        // Typed letters go into the fields, not to the screen's keys.
        #expect(Fixtures.press(&state, .ctrl("s")).isEmpty)
        #expect(state.message.contains("Why share is needed"))
        _ = Fixtures.type(&state, "Strategy meeting on Friday")
        if state.form?.fields.contains(where: { $0.id == "special" }) == true {
            #expect(Fixtures.press(&state, .ctrl("s")).isEmpty)
            #expect(state.message.contains("special category"))
            Fixtures.press(&state, .right)
        }
        // The format chosen changes the suggested file name.
        form = try #require(state.form)
        form.focus = 0
        state.form = form
        Fixtures.press(&state, .right)
        let effects = Fixtures.press(&state, .function(2))
        #expect(effects.count == 1)
        guard case .share(let request) = effects.first else {
            Issue.record("expected a share effect, got \(effects)")
            return
        }
        #expect(request.recipient == "police")
        #expect(request.format == .text)
        #expect(request.destination == "KTR-4827-police-2026-11-24.txt")
        #expect(request.why == "Strategy meeting on Friday")
        #expect(!request.options.draft)
        #expect(!request.options.includeReferrer)
        #expect(state.form == nil)
    }

    @Test func escapeNeverSharesAndKeepsWhatWasTyped() throws {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "school")
        Fixtures.press(&state, .char("S"), .enter, .tab, .tab)
        _ = Fixtures.type(&state, "x")
        #expect(Fixtures.press(&state, .escape).isEmpty)
        #expect(state.form == nil)
        #expect(state.screen == .summary)
        #expect(state.message.contains("Nothing shared"))
        Fixtures.press(&state, .char("S"))
        #expect(state.form?.purpose == .share)
        #expect(state.form?.text("why") == "x")
        // A signal while the form is open does not share.
        let effects = update(&state, .hangup)
        #expect(!effects.contains { if case .share = $0 { true } else { false } })
    }

    @Test func aRefusalIsShownAboveThePreviewAndTheFormComesBack() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "school")
        Fixtures.press(&state, .char("S"), .enter, .tab, .tab)
        _ = Fixtures.type(&state, "Because")
        #expect(Fixtures.press(&state, .function(2)).count == 1)
        _ = update(&state, .shareRefused(["Say what the share is for (--why): the sharing record needs its purpose."]))
        #expect(state.messageIsWarning)
        #expect(state.message.contains("Not shared and nothing written"))
        #expect(state.summaryLines.first == "NOT SHARED - nothing was written:")
        #expect(state.summaryLines.joined(separator: " ").contains("needs its purpose"))
        Fixtures.press(&state, .char("S"))
        #expect(state.form?.text("why") == "Because")
    }

    @Test func declineRecordsAReason() {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "health")
        Fixtures.press(&state, .char("d"))
        #expect(state.form?.purpose == .decline)
        #expect(Fixtures.press(&state, .function(2)).isEmpty)
        _ = Fixtures.type(&state, "GP not involved")
        let effects = Fixtures.press(&state, .function(2))
        #expect(effects == [.declineShare(CaseReference("KTR-4827")!, recipient: "health", why: "GP not involved")])
    }

    @Test func theOpennessFormAddsEntriesAndAWithdrawnAgreementWarnsBeforeTheShare() throws {
        var state = Fixtures.openState()
        Fixtures.press(&state, .char("s"), .char("r"))
        Fixtures.pick(&state, "school")
        #expect(state.summaryShareWarnings.isEmpty)
        Fixtures.press(&state, .char("c"))
        #expect(state.form?.purpose == .consent)
        // Not told, with no reason: refused, as on the command line, with the cursor on the reason.
        Fixtures.press(&state, .right, .right)
        #expect(Fixtures.press(&state, .function(2)).isEmpty)
        #expect(state.message == "Say why the family was not told.")
        #expect(state.form?.focus == 3)
        _ = Fixtures.type(&state, "Telling the father would put the mother at risk")
        Fixtures.press(&state, .tab, .tab, .right, .right, .right, .tab, .right)
        let effects = Fixtures.press(&state, .function(2))
        let saved = try #require(Fixtures.savedRecord(effects))
        #expect(saved.opennessLog.map(\.told) == [false])
        #expect(saved.opennessLog.first?.whyNot == "Telling the father would put the mother at risk")
        #expect(saved.agreementLog.map(\.status) == [.withdrawn])
        #expect(saved.agreementLog.first?.by == .parent)
        #expect(saved.agreementLog.first?.on == Fixtures.now.day)
        #expect(saved.consent == nil, "the version-1 switch is not written any more")
        #expect(state.form == nil && state.screen == .summary)
        #expect(state.message == "Openness and agreement saved.")
        // The withdrawn agreement is a warning, never a block: the share form asks why you go ahead.
        #expect(state.summaryShareWarnings == ["Agreement (Channel support) was withdrawn by a parent or carer on 2026-11-24."])
        #expect(state.summaryWarningLines.contains("Warnings (the share form asks why you go ahead):"))
        #expect(state.summaryMissing.isEmpty)
        Fixtures.press(&state, .char("S"), .enter)
        #expect(state.form?.fields.last?.id == "despite")
        #expect(state.form?.fields.last?.required == true)
    }

    @Test func aReadOnlyCaseCannotBeShared() {
        var state = Fixtures.openState(readOnly: true)
        Fixtures.press(&state, .char("s"), .char("S"))
        #expect(state.form == nil)
        #expect(state.message.contains("Read-only"))
    }

    // MARK: Through the runner and a real store

    final class Store {
        let folder = NSTemporaryDirectory() + "casework-ui-share-" + UUID().uuidString
        let store: CaseStore
        let runner: EffectRunner
        let reference: CaseReference

        init(fileExists: Bool = false) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            store = try CaseStore(root: folder + "/store")
            let workspace = Workspace(store: store, user: "jsmith")
            runner = EffectRunner(workspace: workspace, host: "test-host", pid: 4242, clock: { Fixtures.now })
            let record = try store.create(
                subject: Subject(name: "Alex Example"),
                referral: Referral(reason: "Fictional referral", receivedOn: Fixtures.date("2026-11-18"), referrer: "B. Fictional", referrerRole: "Teacher"),
                lead: "jsmith", template: Fixtures.template, by: "jsmith")
            reference = record.reference
            if fileExists { try Data("earlier".utf8).write(to: URL(fileURLWithPath: folder + "/school.md")) }
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func opened() throws -> AppState {
            var state = try runner.initialState(size: Fixtures.small)
            runner.perform([.openCase(reference)], on: &state)
            return state
        }

        /// Opens the share form for the school with the file set to `name` in the temporary folder.
        func shareWithSchool(_ state: inout AppState, file name: String) {
            Fixtures.press(&state, .char("s"), .char("r"))
            Fixtures.pick(&state, "school")
            Fixtures.press(&state, .char("S"), .enter, .tab, .ctrl("u"))
            _ = Fixtures.type(&state, folder + "/" + name)
            Fixtures.press(&state, .tab)
            _ = Fixtures.type(&state, "Attendance plan meeting")
            runner.perform(Fixtures.press(&state, .function(2)), on: &state)
        }
    }

    @Test func openingACaseLogsOneView() throws {
        let temp = try Store()
        var state = try temp.opened()
        Fixtures.press(&state, .char("s"), .down, .up)
        _ = view(state, size: state.size)
        _ = view(state, size: state.size)
        let views = try temp.store.audit.entries().filter { $0.action == .view }
        #expect(views.count == 1)
        #expect(views.first?.reference == temp.reference.rawValue)
    }

    @Test func aRefusedShareWritesNothing() throws {
        let temp = try Store(fileExists: true)
        var state = try temp.opened()
        let before = state.open?.record.revision
        temp.shareWithSchool(&state, file: "school.md")
        #expect(!state.sharing.refusal.isEmpty)
        #expect(state.sharing.refusal.contains { $0.contains("already exists") })
        #expect(try String(contentsOfFile: temp.folder + "/school.md", encoding: .utf8) == "earlier")
        #expect(try temp.store.load(temp.reference).sharing.isEmpty)
        #expect(state.open?.record.revision == before)
    }

    @Test func aShareWritesTheFileRecordsItAndTheCaseMovesOn() throws {
        let temp = try Store()
        var state = try temp.opened()
        let before = try #require(state.open?.record.revision)
        temp.shareWithSchool(&state, file: "school.md")
        let path = temp.folder + "/school.md"
        #expect(state.message == "Shared with School or college: \(path) (0600). Recorded as sharing record #1.")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try temp.store.load(temp.reference)
        #expect(saved.sharing.count == 1)
        #expect(saved.sharing.first?.recipient == "school")
        #expect(saved.sharing.first?.shared == true)
        #expect(state.open?.record == saved)
        #expect(saved.revision == before + 1)
        let exports = try temp.store.audit.entries().filter { $0.action == .export }
        #expect(exports.count == 1)
        #expect(exports.first?.detail?.contains(path) == true)
        // The case changed revision under the screen: a later change saves on top of it.
        Fixtures.press(&state, .escape, .char("c"))
        state.itemIndex = try #require(state.items.firstIndex { $0.kind != .narrative && $0.kind != .scale })
        let effects = Fixtures.press(&state, .char("1"))
        guard case .save(_, let basedOn, _)? = effects.first else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        #expect(basedOn == saved.revision)
        temp.runner.perform(effects, on: &state)
        #expect(!state.messageIsWarning)
    }

    @Test func aDeclineIsRecordedInTheCase() throws {
        let temp = try Store()
        var state = try temp.opened()
        Fixtures.press(&state, .char("s"), .char("d"))
        _ = Fixtures.type(&state, "Not needed for the plan")
        temp.runner.perform(Fixtures.press(&state, .function(2)), on: &state)
        #expect(state.message == "Recorded: not shared with Internal record (sharing record #1).")
        let saved = try temp.store.load(temp.reference)
        #expect(saved.sharing.first?.shared == false)
        #expect(saved.sharing.first?.why == "Not needed for the plan")
        #expect(state.open?.record == saved)
    }
}
