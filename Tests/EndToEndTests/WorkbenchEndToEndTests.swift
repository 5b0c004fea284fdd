import CaseworkCore
import Foundation
import Testing

/// The real binary in tmux at 80x24: what a practitioner does, then the case file checked field by field.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, "tmux is needed for the end-to-end tests"))
struct WorkbenchEndToEndTests {
    /// The only case in a store, read back through the store (as any other front end would).
    func onlyCase(in storePath: String) throws -> CaseRecord {
        let store = try CaseStore(root: storePath)
        let references = store.references()
        try #require(references.count == 1, "expected one case, found \(references)")
        return try store.load(references[0])
    }

    @Test func createAnswerConcernDecideSummaryQuit() throws {
        let tmux = try TmuxSession(label: "flow")
        defer { try? FileManager.default.removeItem(atPath: tmux.store) }
        try #require(tmux.waitFor("No cases yet"))

        // A new case through the short form.
        try tmux.keys("n")
        try #require(tmux.waitFor("New case: who is it about"))
        try tmux.type("Zoë Ångström")
        try tmux.keys("Tab")
        try tmux.type("Remarks in class about a group")
        try tmux.keys("Tab", "Tab")
        try tmux.type("A. Teacher")
        try tmux.keys("Tab")
        try tmux.type("Form tutor")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Every change is saved as you make it"))
        try #require(tmux.waitFor("Z.Å."))

        // Section 2 of the checklist (engagement, on template 2.0.0): five items, each with a status and a note.
        try tmux.keys("Down")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Grievance and injustice"))
        let answers: [(key: String, title: String, label: String, note: String)] = [
            ("1", "Grievance and injustice", "Some concern", "Zoë said 日本 was where the group met ✓"),
            ("2", "Feeling under threat", "Significant concern", "Calls classmates «traitors» twice this week"),
            ("0", "Identity and self-esteem", "No concern", "Plays in the school band; feels part of it"),
            ("u", "Meaning and belonging", "Unknown - information needed", "Ask the school IT team about searches"),
            ("n", "Need for status", "Not applicable", "No contacts named by anyone — naïve café talk only"),
        ]
        for (index, answer) in answers.enumerated() {
            if index > 0 {
                try tmux.keys("Down")
                try #require(tmux.waitFor("Item \(index + 6)/72"))
            }
            try tmux.keys(answer.key)
            try #require(tmux.waitFor("\(answer.title): \(answer.label)."))
            try tmux.keys("Enter")
            try #require(tmux.waitFor("Type the evidence"))
            try tmux.type(answer.note)
            try tmux.keys("Escape")
            try #require(tmux.waitFor("Saved."))
        }
        // Source and date on the last item.
        try tmux.keys("s")
        try #require(tmux.waitFor("Where the information came from"))
        try tmux.type("Head of year")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Source (s): Head of year"))
        try tmux.keys("d")
        try #require(tmux.waitFor("YYYY-MM-DD or 'today'"))
        try tmux.type("2026-11-20")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Date (d): 2026-11-20"))

        // A concern, logged from the checklist under this item's heading.
        try tmux.keys("c")
        try #require(tmux.waitFor("Add a concern"))
        try tmux.type("Posted that the group should “punish” a teacher")
        try tmux.keys("Tab", "Tab", "Tab", "Right")
        try #require(tmux.waitFor("◂ High ▸"))
        try tmux.keys("Tab", "Tab")
        try tmux.type("2026-11-21")
        try tmux.keys("Tab")
        try tmux.type("Screenshot from the school")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Added concern."))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("Item 10/72"))
        try tmux.keys("Escape")
        try #require(tmux.waitFor("Part of the case"))

        // The decision.
        try tmux.keys("d")
        try #require(tmux.waitFor("Decision: your judgement"))
        try tmux.keys("Right", "Right")
        try #require(tmux.waitFor("◂ Early help ▸"))
        try tmux.keys("Tab", "Right", "Right")
        try #require(tmux.waitFor("Police, Prevent and counter-terrorism: steps"))
        try tmux.keys("Tab")
        try tmux.type("Stated wish to punish, with an unknown source: police advice first; 日本 trip noted")
        try tmux.keys("Tab")
        try tmux.type("2027-02-24")
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Decision saved"))
        try #require(tmux.waitFor("Next review 2027-02-24"))

        // The summary, then quit.
        try tmux.keys("s")
        try #require(tmux.waitFor("Lines 1-"))
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())

        let record = try onlyCase(in: tmux.store)
        #expect(record.subject.name == "Zoë Ångström")
        #expect(record.referral.reason == "Remarks in class about a group")
        #expect(record.referral.referrer == "A. Teacher")
        #expect(record.referral.referrerRole == "Form tutor")
        #expect(record.referral.receivedOn == Timestamp.now().day || record.referral.receivedOn == Timestamp.now().adding(seconds: -120).day)
        #expect(record.lead == CaseworkEnvironment.currentUser())
        #expect(record.status == .decided)
        #expect(record.templateVersion == "2.0.0")
        let ids = ["engagement.grievance", "engagement.threat", "engagement.identity",
                   "engagement.meaning-belonging", "engagement.status"]
        let statuses: [AnswerStatus] = [.someConcern, .significantConcern, .noConcern, .unknown, .notApplicable]
        for (index, id) in ids.enumerated() {
            #expect(record.answers[id]?.status == statuses[index], "status of \(id)")
            #expect(record.answers[id]?.note == answers[index].note, "note of \(id)")
        }
        #expect(record.answers["engagement.status"]?.source == "Head of year")
        #expect(record.answers["engagement.status"]?.observedOn == LocalDate(iso8601: "2026-11-20"))
        #expect(record.answers.count == 5)

        try #require(record.concerns.count == 1)
        let concern = record.concerns[0]
        #expect(concern.what == "Posted that the group should “punish” a teacher")
        #expect(concern.heading == "engagement")
        #expect(concern.nature == .behaviour)
        #expect(concern.severity == .high)
        #expect(concern.basis == .fact)
        #expect(concern.observedOn == LocalDate(iso8601: "2026-11-21"))
        #expect(concern.source == "Screenshot from the school")
        #expect(concern.recordedBy == CaseworkEnvironment.currentUser())

        let decision = try #require(record.decision)
        #expect(decision.threshold == "early-help")
        #expect(decision.route == "police")
        #expect(decision.rationale == "Stated wish to punish, with an unknown source: police advice first; 日本 trip noted")
        #expect(decision.reviewOn == LocalDate(iso8601: "2027-02-24"))
        #expect(decision.decidedBy == CaseworkEnvironment.currentUser())
        #expect(record.updatedBy == CaseworkEnvironment.currentUser())
        #expect(record.history.count >= 14)
    }

    @Test func hangupWhileTypingSavesTheNote() throws {
        let box = try Sandbox()
        let storePath = box.store
        let (store, created) = try box.storeWithOneCase()

        let tmux = try TmuxSession(label: "hup", store: storePath)
        try #require(tmux.waitFor(created.reference.rawValue))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Part of the case"))
        try tmux.keys("c")
        try #require(tmux.waitFor("Item 1/65"))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Type the evidence"))
        let note = "Typed just before the line dropped: Zoë 日本"
        try tmux.type(note)
        try #require(tmux.waitFor("before the line dropped"))
        tmux.kill()

        // The process saves on SIGHUP, then writes the session file; give it time on a loaded machine (the
        // session file comes a moment after the note: wait for both).
        let deadline = Date().addingTimeInterval(30)
        var saved = ""
        var session: WorkbenchSession?
        while Date() < deadline {
            // The note is saved first, then the session file is written: wait for both.
            saved = (try? store.load(created.reference))?.answers["referral.referrer"]?.note ?? ""
            session = SessionFile(store: store, user: CaseworkEnvironment.currentUser()).load()
            if saved == note, session?.reference == created.reference { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(saved == note)
        #expect(session?.reference == created.reference)
        #expect(session?.itemID == "referral.referrer")

        // The next start offers to go back there.
        let again = try TmuxSession(label: "resume", store: storePath)
        try #require(again.waitFor("Resume where you were"))
        try again.keys("Enter")
        try #require(again.waitFor("Item 1/65"))
        #expect(again.screen().contains("before the line dropped"))
        try again.keys("q")
        #expect(again.waitUntilGone())
    }

    /// The list shows the last change on the machine's wall clock, TZ included (India has no summer time,
    /// so the offset is +5:30 whatever the date).
    @Test func theListShowsTheLocalClockOfTheMachine() throws {
        let box = try Sandbox()
        let (_, created) = try box.storeWithOneCase()
        let india = try TmuxSession(label: "tz", store: box.store, environment: ["TZ": "Asia/Kolkata"])
        defer { india.kill() }
        try #require(india.waitFor(created.reference.rawValue))
        #expect(india.waitFor(created.updatedAt.adding(seconds: 19_800).shortDisplay))
        let utc = try TmuxSession(label: "utc", store: box.store, environment: ["TZ": "UTC"])
        defer { utc.kill() }
        try #require(utc.waitFor(created.reference.rawValue))
        #expect(utc.waitFor(created.updatedAt.shortDisplay))
    }

    /// Issue 15's stumble: "Filter: Kai  0 of 3 cases" while initials were shown. The name a practitioner
    /// was told finds the case; the row still shows initials and says the match was on the name.
    @Test func filteringByANameFindsTheCaseWhileInitialsAreShown() throws {
        let box = try Sandbox()
        let (store, created) = try box.storeWithOneCase()
        let other = try store.create(
            subject: Subject(name: "Kai Brennan"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-02")!),
            lead: CaseworkEnvironment.currentUser(), template: TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate, by: CaseworkEnvironment.currentUser())
        let session = try TmuxSession(label: "filter-name", store: box.store)
        defer { session.kill() }
        try #require(session.waitFor(created.reference.rawValue))
        try session.keys("/")
        try session.type("kai")
        try #require(session.waitFor("1 of 2 cases"))
        #expect(session.waitFor("1 matched on the full name"))
        let screen = session.screen()
        #expect(screen.contains(other.reference.rawValue) && !screen.contains(created.reference.rawValue))
        #expect(screen.contains("K.B.") && !screen.contains("Kai Brennan"), "the row shows initials only")
        try session.keys("Enter", "Enter")
        try #require(session.waitFor("Part of the case"))
        #expect(session.screen().contains(other.reference.rawValue))
        try session.keys("q", "q")
        #expect(session.waitUntilGone())
    }

    /// Issue 15's stumble: no date of birth anywhere in the workbench, so the summaries said "Age: not
    /// known" for a 16-year-old. `e` on the overview corrects it; the summary preview follows at once.
    @Test func aDateOfBirthAddedInTheWorkbenchGivesTheAgeInTheSummary() throws {
        let box = try Sandbox()
        let (store, created) = try box.storeWithOneCase()
        let session = try TmuxSession(label: "details", store: box.store)
        defer { session.kill() }
        try #require(session.waitFor(created.reference.rawValue))
        try session.keys("Enter")
        try #require(session.waitFor("age not known"))
        try session.keys("e")
        try #require(session.waitFor("The person and the referral"))
        try session.keys("Tab")
        try session.type("2010-05-01")
        try session.keys("Escape")
        try #require(session.waitFor("Date of birth corrected."))
        #expect(session.waitFor("Subject: T.P., 16"))
        try session.keys("s")
        try #require(session.waitFor("draft, not shared"))
        try session.keys("PageDown")
        try #require(session.waitFor("Age:"))
        let ageLine = session.screen().components(separatedBy: "\n").first { $0.contains("Age:") } ?? ""
        #expect(ageLine.contains("16") && !ageLine.contains("not known"), "the preview has the age: \(ageLine)")
        try session.keys("Escape")
        try #require(session.waitFor("Part of the case"))
        try session.keys("q")
        #expect(session.waitUntilGone())
        let saved = try store.load(created.reference)
        #expect(saved.subject.dateOfBirth == LocalDate(iso8601: "2010-05-01"))
        #expect(saved.history.last?.summary == "Date of birth corrected")
    }

    /// Issue 15's stumble: the resume question named an item and then opened the summary on another
    /// recipient. Killed outright on the police summary, the next start asks about that summary and lands on it.
    @Test func aResumeLandsOnTheSummaryItNames() throws {
        let box = try Sandbox()
        let (_, created) = try box.storeWithOneCase()
        let settings = try SettingsValidator.load(storePath: box.store + "/settings.json")
        let police = try #require(settings.recipients.firstIndex { $0.id == "police" })
        let first = try TmuxSession(label: "resume-summary", store: box.store)
        defer { first.kill() }
        try #require(first.waitFor(created.reference.rawValue))
        try first.keys("Enter")
        try #require(first.waitFor("Part of the case"))
        try first.keys("s")
        try #require(first.waitFor("draft, not shared"))
        try first.keys("r", "Home")
        for _ in 0..<police { try first.keys("Down") }
        try first.keys("Enter")
        try #require(first.waitFor("For: \(settings.recipients[police].name)"))
        Thread.sleep(forTimeInterval: 1.5)  // the session file is written within a second of a change
        #expect(try first.signalProgram(SIGKILL))
        #expect(first.waitUntilGone())

        let second = try TmuxSession(label: "resume-summary-2", store: box.store)
        defer { second.kill() }
        try #require(second.waitFor("Resume where you were: case \(created.reference.rawValue), the summary for \(settings.recipients[police].name)?"))
        try second.keys("Enter")
        #expect(second.waitFor("For: \(settings.recipients[police].name)"))
        #expect(second.waitFor("Back where you were: case \(created.reference.rawValue), the summary for"))
        try second.keys("Escape")
        try #require(second.waitFor("Part of the case"))
        try second.keys("q")
        #expect(second.waitUntilGone())
    }

    @Test func aCaseOpenElsewhereOpensReadOnly() throws {
        let box = try Sandbox()
        let storePath = box.store
        let (store, created) = try box.storeWithOneCase()

        let first = try TmuxSession(label: "ro1", store: storePath)
        try #require(first.waitFor(created.reference.rawValue))
        try first.keys("Enter")
        try #require(first.waitFor("Part of the case"))

        let second = try TmuxSession(label: "ro2", store: storePath)
        try #require(second.waitFor(created.reference.rawValue))
        try second.keys("Enter")
        try #require(second.waitFor("Read-only: \(CaseworkEnvironment.currentUser()) has had this case open since"))
        try second.keys("c")
        try #require(second.waitFor("Item 1/65"))
        try second.keys("Enter")
        try #require(second.waitFor("cannot be changed here"))
        #expect(try store.load(created.reference).revision == 1)
        // When the first session lets go, the second can change the case.
        try first.keys("q")
        #expect(first.waitUntilGone())
        try #require(second.waitFor("has closed this case: you can change it now"))
        #expect(!second.screen().contains("Read-only:"))
        try second.keys("Enter")
        try #require(second.waitFor("Type the evidence"))
        try second.type("Now mine to change")
        try second.keys("Escape")
        try #require(second.waitFor("Saved."))
        try second.keys("q")
        #expect(second.waitUntilGone())
        #expect(try store.load(created.reference).revision == 2)
    }

    @Test func resizingRedrawsAndASmallWindowAsksForMore() throws {
        let storePath = NSTemporaryDirectory() + "casework-e2e-size-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: storePath) }
        let store = try CaseStore(root: storePath)
        let template = try TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
        let created = try store.create(
            subject: Subject(name: "Test Person"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-01")!),
            lead: "tester", template: template, by: "tester")

        let tmux = try TmuxSession(label: "size", store: storePath)
        try #require(tmux.waitFor(created.reference.rawValue))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Part of the case"))
        try tmux.keys("c")
        try #require(tmux.waitFor("Item 1/72 · section 1/11"))
        try TmuxSession.tmux(["resize-window", "-t", tmux.name, "-x", "60", "-y", "20"])
        try #require(tmux.waitFor("Please make the window at least 80×24 (it is now 60×20)"))
        try TmuxSession.tmux(["resize-window", "-t", tmux.name, "-x", "120", "-y", "40"])
        // At 120 columns the item list pane appears beside the item.
        try #require(tmux.waitFor("│ Item 1/72"))
        #expect(tmux.screen().contains(" · Why now: what happened"))
        try TmuxSession.tmux(["resize-window", "-t", tmux.name, "-x", "80", "-y", "24"])
        try #require(tmux.waitFor(" Item 1/72 · section 1/11"))
        #expect(!tmux.screen().contains("Please make the window"))
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())
    }

    @Test func sigtermWhileTypingSavesTheNote() throws {
        let storePath = NSTemporaryDirectory() + "casework-e2e-term-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: storePath) }
        let store = try CaseStore(root: storePath)
        let template = try TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
        let created = try store.create(
            subject: Subject(name: "Test Person"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-01")!),
            lead: "tester", template: template, by: "tester")

        let tmux = try TmuxSession(label: "term", store: storePath)
        // Keep the pane after the program ends, to see that the terminal was handed back.
        try TmuxSession.tmux(["set-option", "-t", tmux.name, "remain-on-exit", "on"])
        try #require(tmux.waitFor(created.reference.rawValue))
        try tmux.keys("Enter")
        try #require(tmux.waitFor("Part of the case"))
        try tmux.keys("c", "Down", "Enter")
        try #require(tmux.waitFor("Type the evidence"))
        try tmux.type("Half-typed when the service stopped, café")
        try #require(tmux.waitFor("service stopped, café"))
        try #require(try tmux.signalProgram(SIGTERM))
        let deadline = Date().addingTimeInterval(30)
        var dead = ""
        while Date() < deadline {
            dead = (try? TmuxSession.tmux(["list-panes", "-t", tmux.name, "-F", "#{pane_dead}"])) ?? ""
            if dead.hasPrefix("1") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(dead.hasPrefix("1"))
        #expect(try store.load(created.reference).answers["referral.trigger"]?.note == "Half-typed when the service stopped, café")
        // The alternate screen was left: the workbench's screen is gone from the pane. tmux can mark the
        // pane dead (SIGCHLD) before it has read the program's last bytes from the terminal, so give it a moment.
        let handedBack = Date().addingTimeInterval(10)
        while tmux.screen().contains("Type the evidence"), Date() < handedBack { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!tmux.screen().contains("Type the evidence"))
    }

    /// kill -9 while a new case is half filled in (no name yet, so it cannot be saved): the session file,
    /// written within a second of typing, brings the form back at the next start.
    @Test func aKilledSessionGivesBackAHalfFilledNewCaseForm() throws {
        let first = try TmuxSession(label: "kill-form")
        defer { try? FileManager.default.removeItem(atPath: first.store) }
        try #require(first.waitFor("No cases yet"))
        try first.keys("n")
        try #require(first.waitFor("New case: who is it about"))
        try first.keys("Tab")
        try first.type("Threats shouted at a vigil, 2 witnesses")
        try #require(first.waitFor("2 witnesses"))
        // The session file is written on the tick after typing (at most once a second).
        let sessionFolder = first.store + "/sessions"
        let deadline = Date().addingTimeInterval(10)
        var kept = false
        while !kept, Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionFolder)) ?? []
            kept = names.contains { name in
                (FileManager.default.contents(atPath: sessionFolder + "/" + name)).map {
                    String(decoding: $0, as: UTF8.self).contains("2 witnesses")
                } ?? false
            }
            if !kept { Thread.sleep(forTimeInterval: 0.1) }
        }
        try #require(kept, "the form never reached the session file")
        try #require(try first.signalProgram(SIGKILL))
        #expect(first.waitUntilGone())

        let second = try TmuxSession(label: "kill-form2", store: first.store)
        try #require(second.waitFor("the new case you were filling in"))
        try second.keys("Enter")
        #expect(second.waitFor("Threats shouted at a vigil, 2 witnesses"))
        #expect(second.screen().contains("New case"))
        try second.keys("Escape", "Escape")
        // A key within the escape delay of an Esc makes an Alt-chord, which is dropped: wait for the list.
        try #require(second.waitFor("No cases yet"))
        try second.keys("q")
        #expect(second.waitUntilGone())
    }

    @Test func aPasteKeepsItsLinesAndNeverActsAsEnter() throws {
        let tmux = try TmuxSession(label: "paste")
        defer { try? FileManager.default.removeItem(atPath: tmux.store) }
        try #require(tmux.waitFor("No cases yet"))
        try tmux.keys("n")
        try #require(tmux.waitFor("New case: who is it about"))
        let buffer = "cw-\(tmux.name)"
        try TmuxSession.tmux(["set-buffer", "-b", buffer, "Zoë\nÅngström"])
        try TmuxSession.tmux(["paste-buffer", "-p", "-b", buffer, "-t", tmux.name])
        try #require(tmux.waitFor("Zoë Ångström"))
        try tmux.keys("Tab")
        let reason = String(repeating: "A long pasted referral reason with 日本 and café. ", count: 40) + "\nSecond paragraph."
        try TmuxSession.tmux(["set-buffer", "-b", buffer, reason])
        try TmuxSession.tmux(["paste-buffer", "-d", "-p", "-b", buffer, "-t", tmux.name])
        try #require(tmux.waitFor("Second paragraph."))
        try tmux.keys("C-s")
        try #require(tmux.waitFor("Every change is saved as you make it"))
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())
        let record = try onlyCase(in: tmux.store)
        #expect(record.subject.name == "Zoë Ångström")
        #expect(record.referral.reason == reason.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func movingTheHighlightWritesOnlyWhatChanged() throws {
        let storePath = NSTemporaryDirectory() + "casework-e2e-diff-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: storePath) }
        let store = try CaseStore(root: storePath)
        let template = try TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
        for name in ["Ann Able", "Ben Baker", "Cara Cole"] {
            _ = try store.create(
                subject: Subject(name: name), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-01")!),
                lead: "tester", template: template, by: "tester")
        }
        let tmux = try TmuxSession(label: "diff", store: storePath)
        try #require(tmux.waitFor("3 of 3 cases"))
        Thread.sleep(forTimeInterval: 0.5)
        let log = storePath + "/pane-output.bin"
        try TmuxSession.tmux(["pipe-pane", "-o", "-t", tmux.name, "cat > \(TmuxSession.quote(log))"])
        Thread.sleep(forTimeInterval: 0.3)
        try tmux.keys("Down")
        // Wait for the output to arrive and settle (a loaded machine may take a while).
        let size = { (try? Data(contentsOf: URL(fileURLWithPath: log)))?.count ?? 0 }
        let deadline = Date().addingTimeInterval(30)
        var last = -1
        var stableSince = Date()
        while Date() < deadline {
            let now = size()
            if now != last { last = now; stableSince = Date() }
            if now > 0, Date().timeIntervalSince(stableSince) > 0.7 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try TmuxSession.tmux(["pipe-pane", "-t", tmux.name])
        let written = size()
        // Two rows change: a few hundred bytes. Repainting the screen would write well over 1,900.
        #expect(written > 0)
        #expect(written < 700, "wrote \(written) bytes for one line's move")
        try tmux.keys("q")
        #expect(tmux.waitUntilGone())
    }
}
