/// What the practitioner must see before a share goes, without it being blocked: a refused or withdrawn
/// agreement, and an earlier decision not to share with this recipient (DOMAIN.md, "Information
/// sharing", rule 4). Going ahead needs a recorded reason (`ShareChoices.despite`).
public enum SharingWarnings {
    public static func warnings(record: CaseRecord, profile: RecipientProfile) -> [String] {
        var warnings: [String] = []
        if let agreement = record.currentAgreement, agreement.status != .given {
            let who = agreement.who.isBlank ? agreement.by.label.lowercased() : TextSanitizer.line(agreement.who)
            let service = agreement.service.isBlank ? "a service" : TextSanitizer.line(agreement.service)
            warnings.append(
                "Agreement (\(service)) was \(agreement.status.rawValue) by \(who)\(on(agreement.on)).")
        }
        let lastShare = record.sharing.lastIndex { $0.recipient == profile.id && $0.shared } ?? -1
        for (index, entry) in record.sharing.enumerated() where index > lastShare && entry.recipient == profile.id && !entry.shared {
            warnings.append(
                "On \(entry.at.day.iso8601) \(TextSanitizer.line(entry.by)) decided not to share with \(profile.name) (sharing record #\(entry.id)): \(TextSanitizer.line(entry.why))")
        }
        return warnings
    }

    static func on(_ date: LocalDate?) -> String { date.map { " on \($0.iso8601)" } ?? "" }
}
