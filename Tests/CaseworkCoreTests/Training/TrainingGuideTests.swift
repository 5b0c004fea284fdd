@testable import CaseworkCore
import Testing

/// Every stage of the flow has its own hint, short enough for a hint line and a projector.
@Suite struct TrainingGuideTests {
    @Test func everyStageOfTheFlowHasItsOwnHint() throws {
        let template = try Fixtures.template()
        #expect(TrainingStage.standardSections == template.sections.map(\.id))
        let titles = TrainingGuide.all.map(\.title)
        #expect(Set(titles).count == titles.count, "two stages share a hint")
        #expect(!titles.contains(TrainingGuide.checklistFallback.title))
        for hint in TrainingGuide.all {
            let sentences = hint.text.split(whereSeparator: { ".!?".contains($0) }).filter { !$0.allSatisfy(\.isWhitespace) }
            #expect((1...3).contains(sentences.count), "\(hint.stage.id): \(sentences.count) sentences")
            #expect(hint.text.count <= 320, "\(hint.stage.id) is too long for a hint panel")
            #expect(hint.title.count <= 40)
        }
    }

    @Test func anUnknownSectionGetsTheGeneralChecklistHint() {
        let hint = TrainingGuide.hint(for: .checklist(section: "our-own-section"))
        #expect(hint.title == "Answering the checklist")
        #expect(hint.text.contains("Unknown - information needed"))
        #expect(hint.stage == .checklist(section: "our-own-section"))
    }

    @Test func stageIDsRoundTrip() {
        for stage in TrainingStage.flow {
            #expect(TrainingStage(id: stage.id) == stage)
        }
        #expect(TrainingStage(id: "checklist.local-extra") == .checklist(section: "local-extra"))
        #expect(TrainingStage(id: "nonsense") == nil)
    }

    @Test func theHintsTeachTheKeyIdeas() {
        func text(_ stage: TrainingStage) -> String { TrainingGuide.hint(for: stage).text }
        #expect(text(.decision).contains("threshold"))
        #expect(text(.route).contains("999"))
        #expect(text(.consent).contains("agree") && text(.consent).contains("public task"))
        #expect(text(.summary).contains("need to know"))
        #expect(text(.concerns).contains("belief"))
        #expect(text(.checklist(section: "agencies")).contains("unknown"))
    }

    @Test func hintsWrapForAPanel() {
        for hint in TrainingGuide.all {
            #expect(hint.lines(width: 40).allSatisfy { DisplayWidth.of($0) <= 40 })
            #expect(hint.line.hasPrefix(hint.title + ": "))
        }
    }
}
