/// Brings a record read from an older file up to the current format in memory; the next save writes it
/// in the current format. Nothing a user wrote is dropped.
///
/// Version 1 -> 2: the case-wide consent record is kept as written (`CaseRecord.consent`), and what it
/// held becomes the first openness record (told, or why not) and the first service agreement (who, and
/// given, refused or withdrawn, dated). Its lawful basis text stays on the sharing records that copied
/// it. `schemaVersion` keeps the number read, so an encrypted file's header still matches it.
public enum CaseMigration {
    public static func upgrade(_ record: CaseRecord) -> CaseRecord {
        var upgraded = record
        if record.schemaVersion < 2 { upgraded = fromVersion1(upgraded) }
        return upgraded
    }

    static func fromVersion1(_ record: CaseRecord) -> CaseRecord {
        var upgraded = record
        upgraded.people = upgraded.people ?? []
        guard let consent = record.consent else {
            upgraded.openness = upgraded.openness ?? []
            upgraded.agreements = upgraded.agreements ?? []
            return upgraded
        }
        let at = record.updatedAt
        let by = "migrated from the version 1 consent record"
        var openness = record.openness ?? []
        if consent.sought {
            openness.append(OpennessRecord(
                id: openness.nextID, told: true, who: consent.from,
                what: "Consent to share was sought (recorded before version 2).", on: consent.outcomeOn, recordedAt: at, recordedBy: by))
        } else if !consent.notSoughtReason.isBlank {
            openness.append(OpennessRecord(
                id: openness.nextID, told: false, who: consent.from, whyNot: consent.notSoughtReason, on: nil,
                recordedAt: at, recordedBy: by))
        }
        var agreements = record.agreements ?? []
        if let outcome = consent.outcome {
            let status: AgreementStatus = switch outcome {
            case .given: .given
            case .refused: .refused
            case .withdrawn: .withdrawn
            }
            agreements.append(ServiceAgreement(
                id: agreements.nextID, by: byParent(consent.from) ? .parent : .person,
                who: consent.from, status: status, on: consent.outcomeOn,
                service: "Consent as recorded before version 2", recordedAt: at, recordedBy: by))
        }
        upgraded.openness = openness
        upgraded.agreements = agreements
        return upgraded
    }

    /// Version 1 kept "from" as free text ("Mother, Ms ..."); a parent or carer named there answered for a child.
    static func byParent(_ from: String) -> Bool {
        let words = from.lowercased().split { !$0.isLetter }
        return words.contains { ["mother", "father", "parent", "parents", "carer", "guardian", "mum", "dad", "stepmother", "stepfather"].contains(String($0)) }
    }
}
