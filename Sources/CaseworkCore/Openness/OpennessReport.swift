/// The openness and agreement logs as `casework show`, `casework openness` and `casework agreement`
/// print them: one line an entry, every stored string sanitised.
public enum OpennessReport {
    public static func opennessLines(_ log: [OpennessRecord]) -> [String] {
        let s = TextSanitizer.line
        return log.map { entry in
            let when = entry.on.map { " on \($0.iso8601)" } ?? ""
            let who = entry.who.isBlank ? "" : " \(s(entry.who))"
            return entry.told
                ? "  #\(entry.id) Told\(who)\(when): \(entry.what.isBlank ? "what was said is not recorded" : s(entry.what))"
                : "  #\(entry.id) Not told\(who)\(when), because: \(s(entry.whyNot))"
        }
    }

    public static func agreementLines(_ log: [ServiceAgreement]) -> [String] {
        let s = TextSanitizer.line
        return log.map { entry in
            var line = "  #\(entry.id) \(entry.status.label) by \(entry.by.label.lowercased())"
            if !entry.who.isBlank { line += " (\(s(entry.who)))" }
            if let on = entry.on { line += " on \(on.iso8601)" }
            if !entry.service.isBlank { line += ", for \(s(entry.service))" }
            if !entry.capacity.isBlank { line += "; capacity or competence: \(s(entry.capacity))" }
            return line
        }
    }

    /// One share's decision, indented under its sharing record line.
    public static func decisionLines(_ d: ShareDecision) -> [String] {
        let s = TextSanitizer.line
        var lines = ["      Basis: \(s(d.article6Label))" + (d.article9Label.map { "; \(s($0))" } ?? "")]
        lines.append("      How: \(d.method.label)" + (d.madeOn.map { " on \($0.iso8601)" } ?? ""))
        switch d.told {
        case true?: lines.append("      Person or family told: yes")
        case false?: lines.append("      Person or family told: no, because \(s(d.notToldReason ?? ""))")
        case nil: lines.append("      Person or family told: not recorded")
        }
        if let needs = d.careAndSupportNeeds { lines.append("      Care and support needs: \(s(needs))") }
        lines.append("      Entries: \(d.entries.isEmpty ? "none" : d.entries.joined(separator: ", "))")
        if let digest = d.fileDigest { lines.append("      File SHA-256: \(digest)") }
        for choice in d.entryChoices ?? [] {
            lines.append("      \(choice.include ? "Added" : "Left out") \(s(choice.id)): \(s(choice.reason))")
        }
        for confirmation in d.namesConfirmed ?? [] {
            lines.append("      Named \(s(confirmation.name)): \(s(confirmation.reason))")
        }
        for warning in d.warnings { lines.append("      Warned: \(s(warning))") }
        if let despite = d.despite { lines.append("      Went ahead because: \(s(despite))") }
        return lines
    }
}
