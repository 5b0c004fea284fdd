@testable import CaseworkCore
import Foundation
import Testing

/// Replays the fuzz corpus and every crash the fuzzer ever found (fuzz/crashes) through the case decoder
/// and the template loader as ordinary tests: each must be accepted or refused with an error that names
/// the file, never crash. fuzz/run.sh writes new crashes into fuzz/crashes.
@Suite struct FuzzCorpusReplayTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fuzz").path

    static var inputs: [String] {
        ["corpus/case", "corpus/template", "corpus/found", "crashes"].flatMap { folder -> [String] in
            let path = fuzzFolder + "/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
    }

    @Test func theCorpusIsThere() {
        #expect(FuzzCorpusReplayTests.inputs.filter { $0.hasPrefix("corpus/") }.count >= 5)
    }

    @Test(arguments: FuzzCorpusReplayTests.inputs)
    func replay(input: String) throws {
        let path = FuzzCorpusReplayTests.fuzzFolder + "/" + input
        let data = try #require(FileManager.default.contents(atPath: path))
        do { _ = try CaseDecoding.decode(data, file: path) } catch { #expect("\(error)".contains(path)) }
        do { _ = try TemplateValidator.load(data: data, file: path) } catch { #expect("\(error)".contains(path)) }
    }

    @Test func theSeedCaseFilesDecode() throws {
        for name in ["case-answered.json", "case-unicode.json"] {
            let path = FuzzCorpusReplayTests.fuzzFolder + "/corpus/case/" + name
            _ = try CaseDecoding.decode(try #require(FileManager.default.contents(atPath: path)), file: path)
        }
        let template = FuzzCorpusReplayTests.fuzzFolder + "/corpus/template/casework-standard.json"
        _ = try TemplateValidator.load(file: template)
    }
}
