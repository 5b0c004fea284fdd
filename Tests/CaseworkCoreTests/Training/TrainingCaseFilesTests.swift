import CaseworkCore
import Foundation
import Testing

/// The committed training case files are exactly what their scripts build through the real store.
///
/// Run with `CASEWORK_WRITE_TRAINING_CASES=1 swift test --filter TrainingCaseFilesTests` after editing a
/// script to rewrite the files in Resources/training/cases, then commit them.
@Suite struct TrainingCaseFilesTests {
    static let trainingFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/training").path

    @Test func committedCasesAreWhatTheScriptsBuild() throws {
        let folder = TemporaryFolder("casework-training-build")
        let built = try TrainingCaseBuilder.buildAll(into: folder.file("store"))
        if ProcessInfo.processInfo.environment["CASEWORK_WRITE_TRAINING_CASES"] == "1" {
            let cases = Self.trainingFolder + "/" + TrainingCatalog.casesFolderName
            try FileManager.default.createDirectory(atPath: cases, withIntermediateDirectories: true)
            for record in built {
                try CaseCodec.encode(record).write(to: URL(fileURLWithPath: cases + "/" + record.reference.rawValue + ".json"))
            }
        }
        let committed = try TrainingCatalog.load(folder: Self.trainingFolder)
        #expect(committed.cases.map(\.reference) == built.map(\.reference))
        for record in built {
            #expect(committed.record(record.reference) == record,
                    "\(record.reference) differs from its script; rerun with CASEWORK_WRITE_TRAINING_CASES=1")
        }
    }

    @Test func everyScriptedChangeIsInTheHistory() throws {
        let folder = TemporaryFolder("casework-training-build")
        for (scenario, record) in zip(TrainingScenario.all, try TrainingCaseBuilder.buildAll(into: folder.file("store"))) {
            #expect(record.revision == scenario.steps.count + 1, "\(scenario.reference): a step changed nothing")
            #expect(record.history.map(\.summary) == ["Case opened"] + scenario.steps.map(\.summary))
            #expect(record.updatedAt == TrainingScenario.time(scenario.steps.last?.at ?? scenario.openedAt))
            // The history walks back to revision 1 exactly as the store wrote it.
            let first = try CaseHistory.record(record, atRevision: 1)
            #expect(first.answers.isEmpty && first.concerns.isEmpty && first.status == .newReferral)
        }
    }
}
