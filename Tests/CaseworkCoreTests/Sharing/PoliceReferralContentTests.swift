import CaseworkCore
import Foundation
import Testing

/// The bundled police profile sends what a Prevent referral asks for: a stated threat and its evidence,
/// immediate safety, the indicators of concern, online activity, additional needs; not parenting detail.
/// Every summary with assessment content says what is still unknown in the parts it covers.
@Suite struct PoliceReferralContentTests {
    func caseWithAThreat(_ temp: TemporaryStore) throws -> CaseRecord {
        let record = try temp.makeCase()
        return try temp.store.update(record.reference, by: SummaryFixtures.user, summary: "Threat") { r in
            func answer(_ status: AnswerStatus, _ note: String, source: String) -> ItemAnswer {
                ItemAnswer(status: status, note: note, source: source, observedOn: LocalDate(iso8601: "2026-11-20"), basis: .fact)
            }
            r.answers["intent.stated-wish"] = answer(.significantConcern, "CANARY-THREAT said he would stab a named teacher on Friday", source: "CANARY-EVIDENCE pupil's written account")
            r.answers["referral.immediate-safety"] = answer(.significantConcern, "CANARY-SAFETY the teacher is in school on Friday", source: "School")
            r.answers["capability.searching-how"] = answer(.someConcern, "CANARY-CAPABILITY searched for knives", source: "School IT log")
            r.answers["capability.skills"] = answer(.noConcern, "CANARY-NOCONCERN no relevant skills", source: "School")
            r.answers["parenting.basic-care"] = answer(.noConcern, "CANARY-PARENTING meals and clothes fine", source: "Home visit")
            r.answers["intent.planning-talk"] = ItemAnswer(status: .unknown)
            r.answers["strengths.trusted-adults"] = ItemAnswer(status: .unknown)
        }
    }

    @Test func thePoliceFileOfACaseWithAStatedThreatCarriesTheThreatAndItsEvidence() throws {
        let temp = try TemporaryStore()
        let record = try caseWithAThreat(temp)
        for format in SummaryFormat.allCases {
            let path = temp.exportPath("police.\(format.fileExtension)")
            try temp.service().share(ShareRequest(
                reference: record.reference, recipient: "police", format: format, destination: path, why: "Prevent referral",
                options: SummaryOptions(specialCategory: .leaveOut)))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for canary in ["CANARY-THREAT", "CANARY-EVIDENCE", "CANARY-SAFETY", "CANARY-CAPABILITY"] {
                #expect(text.contains(canary), "\(format): \(canary)")
            }
            #expect(!text.contains("CANARY-PARENTING") && !text.contains("CANARY-NOCONCERN"), "\(format)")
        }
    }

    @Test func everySummaryWithAssessmentContentSaysWhatIsUnknownInThePartsItCovers() throws {
        let temp = try TemporaryStore()
        let record = try caseWithAThreat(temp)
        let police = try temp.service().summary(of: record, for: "police", options: SummaryOptions(specialCategory: .leaveOut))
        #expect(police.unknowns?.items.map(\.itemID).contains("intent.planning-talk") == true)
        #expect(police.unknowns?.items.map(\.itemID).contains("strengths.trusted-adults") == false)
        let school = try temp.service().summary(of: record, for: "school", options: SummaryOptions())
        #expect(school.unknowns?.items.map(\.itemID) == ["strengths.trusted-adults"])
        for profile in SummaryFixtures.settings.recipients {
            let summary = try temp.service().summary(of: record, for: profile.id, options: SummaryOptions(specialCategory: .include))
            if summary.assessment != nil || summary.strengths != nil { #expect(summary.unknowns != nil, "\(profile.id)") }
        }
    }
}
