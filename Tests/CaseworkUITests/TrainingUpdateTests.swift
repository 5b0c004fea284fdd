import CaseworkCore
import CaseworkUI
import Testing

/// Training mode's keys (F3 the walkthrough, F5 the key echo), the stage each screen maps to, and that
/// training changes nothing a key does on the screens themselves.
@Suite struct TrainingUpdateTests {
    func training(_ state: AppState, guided: Bool = false, echoKeys: Bool = false) -> AppState {
        var state = state
        state.training = TrainingMode(options: TrainingOptions(guided: guided, echoKeys: echoKeys))
        return state
    }

    @Test func guideKeyTogglesTheHintsFromTheirStartingState() {
        var state = training(Fixtures.state())
        #expect(state.training?.hintsShown == false)
        #expect(Fixtures.press(&state, TrainingMode.hintsKey).isEmpty)
        #expect(state.training?.hintsShown == true)
        #expect(state.message.contains("F3 hides it"))
        #expect(state.screen == .caseList)
        Fixtures.press(&state, .function(3))
        #expect(state.training?.hintsShown == false)

        var guided = training(Fixtures.state(), guided: true)
        #expect(guided.training?.hintsShown == true)
        Fixtures.press(&guided, .function(3))
        #expect(guided.training?.hintsShown == false)
    }

    @Test func guideKeyWorksWhileTypingInAForm() {
        var state = training(Fixtures.state())
        Fixtures.press(&state, .char("n"))
        _ = Fixtures.type(&state, "Zoë")
        Fixtures.press(&state, .function(3))
        #expect(state.training?.hintsShown == true)
        #expect(state.form?["name"].editor.text == "Zoë")
        #expect(state.screen == .newCase)
    }

    @Test func echoKeyTogglesTheEchoAndNamesEachKey() {
        var state = training(Fixtures.state())
        Fixtures.press(&state, .down)
        #expect(state.training?.echo.keys == [])
        Fixtures.press(&state, TrainingMode.echoKey)
        #expect(state.training?.echoShown == true)
        #expect(state.message.contains("F5"))
        Fixtures.press(&state, .down, .up, .char("/"))
        _ = Fixtures.type(&state, "KTR")
        Fixtures.press(&state, .char("x"), .enter)
        #expect(state.training?.echo.keys == ["Down", "Up", "/", TrainingKeyEcho.typingToken, "Enter"])
        #expect(state.training?.echo.line(width: 80) == "Keys: Down Up / (typing) Enter")
        #expect(state.filter == "KTRx")
        Fixtures.press(&state, .function(5))
        #expect(state.training?.echoShown == false)
        #expect(state.training?.echo.keys == [])
        Fixtures.press(&state, .down)
        #expect(state.training?.echo.keys == [])
    }

    @Test func echoKeysOptionStartsTheEchoOn() {
        var state = training(Fixtures.openState(), echoKeys: true)
        Fixtures.press(&state, .char("c"), .ctrl("s"), .pageDown, .char(" "), .function(1))
        #expect(state.training?.echo.keys == ["c", "Ctrl-S", "PgDn", "Space", "F1"])
    }

    @Test func keyNamesAreWords() {
        #expect(Key.escape.spokenName == "Esc")
        #expect(Key.backTab.spokenName == "Shift-Tab")
        #expect(Key.function(12).spokenName == "F12")
        #expect(Key.char("\u{1B}").spokenName == "\u{1B}")  // sanitised by TrainingKeyEcho.record
        var echo = TrainingKeyEcho()
        echo.record(Key.char("\u{1B}").spokenName)
        #expect(echo.keys == ["^["])
    }

    @Test func outsideTrainingTheToggleKeysDoNothing() {
        var state = Fixtures.openState()
        let before = state
        Fixtures.press(&state, .function(3), .function(5))
        #expect(state == before)
        #expect(state.training == nil)
        #expect(!state.keyHelp.contains { $0.key == "F3" || $0.key == "F5" })
    }

    @Test func theKeysAreInTheBarAndTheHelp() {
        let state = training(Fixtures.openState())
        let keys = state.keyHelp
        #expect(keys.first?.key == "F1")
        #expect(keys.dropFirst().first?.key == "F3" && keys.dropFirst().first?.inBar == true)
        #expect(keys.contains { $0.key == "F5" && !$0.inBar })
    }

    /// The same keys give the same screens in training as in real work: training only adds what is shown.
    @Test func trainingFollowsTheSameCodePaths() {
        let keys: [Key] = [.enter, .char("c"), .pageDown, .char("1"), .enter, .char("x"), .escape, .escape,
                           .char("o"), .char("a"), .tab, .escape, .escape, .char("d"), .tab, .right, .escape, .escape]
        var real = Fixtures.openState()
        var trained = training(Fixtures.openState(), guided: true, echoKeys: true)
        for key in keys {
            let realEffects = update(&real, .key(key))
            let trainedEffects = update(&trained, .key(key))
            #expect(realEffects == trainedEffects, "after \(key)")
        }
        #expect(trained.training?.echo.keys.isEmpty == false)
        trained.training = nil
        #expect(trained == real)
    }

    @Test func eachScreenMapsToItsStage() {
        var state = training(Fixtures.state(), guided: true)
        #expect(state.trainingStage == .caseList)
        Fixtures.press(&state, .char("n"))
        #expect(state.trainingStage == .newCase)

        state = training(Fixtures.openState(), guided: true)
        #expect(state.trainingStage == .overview)
        Fixtures.press(&state, .char("c"))
        #expect(state.trainingStage == .checklist(section: "referral"))
        Fixtures.press(&state, .pageDown)
        #expect(state.trainingStage == .checklist(section: "engagement"))
        Fixtures.press(&state, .char("i"))
        #expect(state.trainingStage == .guidance)
        Fixtures.press(&state, .char("i"), .escape)
        for (key, stage) in [("o", TrainingStage.concerns), ("t", .strengths), ("a", .agencies), ("p", .actions), ("s", .summary)] {
            Fixtures.press(&state, .char(Character(key)))
            #expect(state.trainingStage == stage, "\(key)")
            Fixtures.press(&state, .escape)
        }
        Fixtures.press(&state, .char("d"))
        #expect(state.trainingStage == .decision)
        Fixtures.press(&state, .tab)
        #expect(state.trainingStage == .route)
        Fixtures.press(&state, .tab)
        #expect(state.trainingStage == .decision)
    }

    @Test func theSummaryFormsHaveTheirOwnStages() {
        var state = training(Fixtures.openState(), guided: true)
        Fixtures.press(&state, .char("s"))
        #expect(state.trainingStage == .summary)
        Fixtures.press(&state, .char("c"))
        #expect(state.trainingStage == .consent)
        Fixtures.press(&state, .escape)
        #expect(state.trainingStage == .summary)
        Fixtures.press(&state, .char("S"))
        #expect(state.trainingStage == .sharing)
    }

    @Test func everySectionOfTheBundledTemplateHasItsOwnHint() {
        var state = training(Fixtures.openState(), guided: true)
        Fixtures.press(&state, .char("c"))
        var seen: [String] = []
        for _ in 0..<(state.items.count) {
            if case .checklist(let section) = state.trainingStage, seen.last != section { seen.append(section) }
            Fixtures.press(&state, .down)
        }
        #expect(seen == TrainingStage.standardSections)
        for section in seen {
            #expect(TrainingGuide.hint(for: .checklist(section: section)).title != "Answering the checklist")
        }
    }
}
