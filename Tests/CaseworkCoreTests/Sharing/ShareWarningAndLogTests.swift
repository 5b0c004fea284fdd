import CaseworkCore
import Foundation
import Testing

/// A refused or withdrawn agreement, or an earlier decision not to share with the recipient, warns
/// before a share and needs a recorded reason, but never blocks it; a share made by phone is recorded
/// after the fact; the log says exactly which entries went.
@Suite struct ShareWarningAndLogTests {
    func request(_ reference: CaseReference, to recipient: String, path: String, despite: String? = nil) -> ShareRequest {
        ShareRequest(
            reference: reference, recipient: recipient, format: .markdown, destination: path, why: "Channel panel on Tuesday",
            options: SummaryOptions(specialCategory: .include), choices: ShareChoices(condition: "safeguarding", despite: despite))
    }

    @Test func aShareAfterAWithdrawnAgreementWarnsAndRecordsTheReason() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.addAgreement(record.reference, .given, on: "2026-10-20")
        try temp.addAgreement(record.reference, .withdrawn, on: "2026-11-02")
        let loaded = try temp.store.load(record.reference)
        let warnings = try temp.service().warnings(of: loaded, recipient: "channel-panel")
        #expect(warnings == ["Agreement (Channel support) was withdrawn by Mother (fictional) on 2026-11-02."])

        let path = temp.exportPath("panel.md")
        let refused = try #require(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "channel-panel", path: path))
        }
        #expect(refused.reasons == [
            "Before this goes: Agreement (Channel support) was withdrawn by Mother (fictional) on 2026-11-02. Say why you are going ahead (--despite \"reason\"): the reason is kept with the share.",
        ])
        #expect(!FileManager.default.fileExists(atPath: path))

        let reason = "The panel must know support was withdrawn to plan a safe next step."
        let result = try temp.service().share(request(record.reference, to: "channel-panel", path: path, despite: reason))
        #expect(result.warnings == warnings)
        #expect(result.sharingRecord.decision?.warnings == warnings)
        #expect(result.sharingRecord.decision?.despite == reason)
        #expect(try temp.store.load(record.reference).sharing.last?.decision?.despite == reason)
    }

    @Test func aGivenAgreementDoesNotWarn() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        try temp.addAgreement(record.reference, .refused, on: "2026-10-20")
        try temp.addAgreement(record.reference, .given, on: "2026-10-27")
        #expect(try temp.service().warnings(of: try temp.store.load(record.reference), recipient: "police").isEmpty)
        try temp.service().share(request(record.reference, to: "police", path: temp.exportPath("p.md")))
    }

    @Test func anEarlierDecisionNotToShareWarnsForThatRecipientOnly() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        let declined = try temp.service().decline(record.reference, recipient: "police", why: "Threshold for police not met.")
        let loaded = try temp.store.load(record.reference)
        #expect(try temp.service().warnings(of: loaded, recipient: "police") == [
            "On 2026-11-24 p.okonkwo-vale decided not to share with Police (sharing record #\(declined.id)): Threshold for police not met.",
        ])
        // A decision about the police says nothing about the school.
        #expect(try temp.service().warnings(of: loaded, recipient: "school").isEmpty)
        try temp.service().share(request(record.reference, to: "school", path: temp.exportPath("school.md")))
        #expect(throws: SharingRefusal.self) {
            try temp.service().share(request(record.reference, to: "police", path: temp.exportPath("p.md")))
        }
        try temp.service().share(request(record.reference, to: "police", path: temp.exportPath("p.md"), despite: "He has since named a target."))
        // Once shared despite it, the old decision no longer warns.
        #expect(try temp.service().warnings(of: try temp.store.load(record.reference), recipient: "police").isEmpty)
    }

    @Test func aPhoneShareIsRecordedInTheLogWithoutAFile() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        var phone = request(record.reference, to: "police", path: "")
        phone.choices.method = .phone
        phone.choices.madeOn = LocalDate(iso8601: "2026-11-23")
        phone.choices.told = true
        let result = try temp.service().share(phone)
        #expect(result.path.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.folder) == ["store"])
        let entry = try #require(try temp.store.load(record.reference).sharing.last)
        #expect(entry.shared && entry.file.isEmpty && entry.format.isEmpty)
        #expect(entry.what.hasPrefix("Shared by phone, recorded after the fact, for Police"))
        let decision = try #require(entry.decision)
        #expect(decision.method == .phone && decision.madeOn == LocalDate(iso8601: "2026-11-23"))
        #expect(decision.fileDigest == nil && decision.told == true)
        #expect(decision.entries.contains("concern:2"))
        #expect(try temp.store.audit.trail(for: record.reference).allSatisfy { $0.action != .export })
    }

    @Test func theSharingLogRecordsExactlyTheEntriesInTheFile() throws {
        let temp = try TemporaryStore()
        let record = try temp.makeCase()
        for recipient in ["police", "school", "channel-panel", "internal"] {
            let path = temp.exportPath("\(recipient).json")
            var share = request(record.reference, to: recipient, path: path)
            share.format = .json
            let result = try temp.service().share(share)
            let file = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            let decision = try #require(result.sharingRecord.decision)
            #expect(decision.entries == ShareContents(file).entryIDs, "\(recipient)")
            #expect(decision.sections == file.sections.map(\.rawValue), "\(recipient)")
            let concernIDs = (file.concerns ?? []).flatMap(\.concerns).map { "concern:\($0.id)" }
            #expect(concernIDs.allSatisfy(decision.entries.contains), "\(recipient)")
        }
    }
}
