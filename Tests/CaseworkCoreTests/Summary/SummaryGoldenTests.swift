import CaseworkCore
import Testing

/// Every format, for a sparse and a rich case, for several recipient profiles, compared with committed files.
@Suite struct SummaryGoldenTests {
    static let profiles = ["police", "school", "channel-panel"]

    @Test(arguments: ["sparse", "rich"], SummaryFormat.allCases)
    func goldenForEachProfile(caseName: String, format: SummaryFormat) throws {
        let record = caseName == "sparse" ? SummaryFixtures.sparse : SummaryFixtures.rich
        for profile in Self.profiles {
            let summary = SummaryFixtures.summary(record, for: profile)
            try Golden.check(SummaryRenderer.render(summary, as: format), "summary/\(caseName)-\(profile).\(format.fileExtension)")
        }
    }

    @Test(arguments: SummaryFormat.allCases)
    func internalRecordWithReferrerAsShared(format: SummaryFormat) throws {
        let options = SummaryOptions(includeReferrer: true, specialCategory: .include, draft: false)
        let summary = SummaryFixtures.summary(SummaryFixtures.rich, for: "internal", options: options)
        try Golden.check(SummaryRenderer.render(summary, as: format), "summary/rich-internal-shared.\(format.fileExtension)")
    }
}
