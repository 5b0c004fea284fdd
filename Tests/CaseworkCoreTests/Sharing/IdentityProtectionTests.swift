import CaseworkCore
import Foundation
import Testing

/// Golden rule 5: the referrer and the people in the case who may not be named reach no recipient, in
/// any format, through any free-text field (notes, sources, the rationale), unless the practitioner
/// confirms a name for one share with a reason. Names are found with case, accents and spacing folded,
/// by surname alone and by initial and surname.
@Suite struct IdentityProtectionTests {
    func caseNamingPeople(_ temp: TemporaryStore) throws -> CaseRecord {
        let record = try temp.makeCase()
        return try temp.store.update(record.reference, by: SummaryFixtures.user, summary: "Names in free text") { r in
            r.referral.referrer = "Ms Ada Okafor"
            r.peopleList = [
                PersonInCase(id: 1, name: "Mrs Edna Kilnsey", role: "a relative"),
                PersonInCase(id: 2, name: "Mr Jon Penrose", role: "a neighbour"),
            ]
            r.answers["intent.stated-wish"] = ItemAnswer(
                status: .significantConcern, note: "Told OKAFOR he would hurt a pupil; his grandmother Edna\n  Kilnsey heard it too",
                source: "Source: Ms Okafor (college DSL)", observedOn: LocalDate(iso8601: "2026-11-20"), basis: .fact)
            r.concerns[1].source = "A. Okafør"
            r.decision = Decision(
                threshold: "early-help", route: "channel", rationale: "Ada Okafor and Mrs E. Kilnsey both saw it; Rosen Kilnsey agrees.",
                decidedBy: SummaryFixtures.user, decidedOn: LocalDate(iso8601: "2026-11-21")!, reviewOn: nil)
        }
    }

    func share(_ reference: CaseReference, to recipient: String, _ path: String, format: SummaryFormat, names: [NameConfirmation] = []) -> ShareRequest {
        var options = SummaryOptions(specialCategory: .include)
        options.namesConfirmed = names
        return ShareRequest(
            reference: reference, recipient: recipient, format: format, destination: path, why: "Strategy meeting",
            options: options, choices: ShareChoices(condition: "safeguarding"))
    }

    @Test func theReferrerAndAProtectedRelativeReachNoRecipientInAnyFormat() throws {
        let temp = try TemporaryStore()
        let record = try caseNamingPeople(temp)
        for profile in SummaryFixtures.settings.recipients {
            for format in SummaryFormat.allCases {
                let path = temp.exportPath("\(profile.id).\(format.fileExtension)")
                try temp.service().share(share(record.reference, to: profile.id, path, format: format))
                let text = try String(contentsOfFile: path, encoding: .utf8)
                for name in ["Okafor", "OKAFOR", "Okafør", "Edna", "E. Kilnsey"] {
                    #expect(!text.contains(name), "\(profile.id) \(format): \(name)")
                }
                if profile.receives(.decision) {
                    #expect(text.contains("the referrer and a relative both saw it"), "\(profile.id) \(format)")
                    #expect(text.contains("Rosen Kilnsey agrees"), "the subject's own name stays: \(profile.id) \(format)")
                }
                try FileManager.default.removeItem(atPath: path)
            }
        }
    }

    @Test func aConfirmedNameGoesWithItsReasonRecorded() throws {
        let temp = try TemporaryStore()
        let record = try caseNamingPeople(temp)
        let confirmed = [NameConfirmation(name: "Mrs Edna Kilnsey", reason: "The police need to take her statement.")]
        let result = try temp.service().share(share(record.reference, to: "police", temp.exportPath("p.md"), format: .markdown, names: confirmed))
        let text = try String(contentsOfFile: temp.exportPath("p.md"), encoding: .utf8)
        #expect(text.contains("Edna") && !text.contains("Okafor"))
        #expect(result.sharingRecord.decision?.namesConfirmed == confirmed)
    }

    @Test func anAnswerForANameNotInTheTextOrNotProtectedIsRefused() throws {
        let temp = try TemporaryStore()
        let record = try caseNamingPeople(temp)
        // The neighbour is in the people list but named nowhere in what goes.
        let absent = try #require(throws: SharingRefusal.self) {
            try temp.service().share(share(record.reference, to: "police", temp.exportPath("s.md"), format: .markdown,
                                           names: [NameConfirmation(name: "Mr Jon Penrose", reason: "x")]))
        }
        #expect(absent.reasons == ["Mr Jon Penrose is not named in anything this share sends, so there is nothing to confirm; leave out --name-ok \"Mr Jon Penrose\"."])
        let stranger = try #require(throws: CaseworkError.self) {
            try temp.service().share(share(record.reference, to: "police", temp.exportPath("p.md"), format: .markdown,
                                           names: [NameConfirmation(name: "Mr Nobody", reason: "x")]))
        }
        #expect("\(stranger)".contains("'Mr Nobody' is not one of the people this share would leave unnamed; those are: \"Ms Ada Okafor\", \"Mrs Edna Kilnsey\", \"Mr Jon Penrose\"."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.folder) == ["store"])
    }

    @Test func theMatcherFoldsCaseAccentsAndSpacingAndMatchesWholeWordsOnly() {
        let hale = NameMatcher(name: "Mr Tom Hale")
        #expect(hale.redacting("A whale; Hale said; T. Hale; TOM   HALE; tom\nhale; Mr Hale.", with: "X") == "A whale; X said; X; X; X; X.")
        let zoe = NameMatcher(name: "Zoë Ångström")
        #expect(zoe.redacting("zoe angstrom and Z Ångström", with: "Y") == "Y and Y")
        let kept = NameMatcher(name: "Edna Kilnsey", keepSurnames: ["kilnsey"])
        #expect(kept.redacting("Rosen Kilnsey and Edna Kilnsey", with: "a relative") == "Rosen Kilnsey and a relative")
    }
}
