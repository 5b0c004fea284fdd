import CaseworkCore

extension AppState {
    /// Opens the consent form on the summary screen, holding what is already recorded, so a refusal for
    /// want of consent or a lawful basis can be put right without leaving the workbench.
    mutating func openConsentForm() {
        if readOnly { warn(readOnlySentence); return }
        let consent = open?.record.consent ?? ConsentRecord()
        let outcomes = [FormField.Option(id: "", label: "None recorded")]
            + ConsentOutcome.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label) }
        form = Form(purpose: .consent, fields: [
            FormField(id: "sought", label: "Consent sought", kind: .choice, options: [
                FormField.Option(id: "no", label: "No", detail: "Say why not: for example asking would put someone at risk."),
                FormField.Option(id: "yes", label: "Yes"),
            ], choice: consent.sought ? 1 : 0),
            FormField(id: "notSought", label: "Why not sought", kind: .text, text: consent.notSoughtReason),
            FormField(id: "from", label: "From whom", kind: .text, text: consent.from),
            FormField(id: "outcome", label: "Outcome", kind: .choice, options: outcomes,
                      choice: outcomes.firstIndex { $0.id == consent.outcome?.rawValue } ?? 0),
            FormField(id: "outcomeOn", label: "Outcome date", kind: .date, text: consent.outcomeOn?.iso8601 ?? ""),
            FormField(id: "article6", label: "Article 6 basis", kind: .text, text: consent.article6Basis),
            FormField(id: "article9", label: "Art. 9 condition", kind: .text, text: consent.article9Condition),
            FormField(id: "override", label: "Override: why", kind: .multiline, text: consent.overrideJustification),
        ])
        say("Consent and lawful basis: F2 or Ctrl-S saves, Esc saves and closes.")
    }

    /// Checks the consent form as `casework consent` does and saves it into the case.
    mutating func submitConsentForm(_ submitted: Form, dates: [String: LocalDate?]) -> [Effect] {
        let sought = submitted.choice("sought") == "yes"
        let outcome = submitted.choice("outcome").flatMap(ConsentOutcome.init(rawValue:))
        func refuse(_ field: String, _ sentence: String) -> [Effect] {
            var back = submitted
            back.focus = back.fields.firstIndex { $0.id == field } ?? 0
            form = back
            warn(sentence)
            return []
        }
        if outcome != nil && !sought { return refuse("sought", "An outcome (given, refused, withdrawn) needs Consent sought: Yes.") }
        if !sought && submitted.text("notSought").isEmpty && submitted["sought"].choiceChanged {
            return refuse("notSought", "Say why consent was not sought.")
        }
        let consent = ConsentRecord(
            sought: sought, notSoughtReason: submitted.text("notSought"), from: submitted.text("from"), outcome: outcome,
            outcomeOn: outcome == nil ? nil : ((dates["outcomeOn"] ?? nil) ?? today),
            article6Basis: submitted.text("article6"), article9Condition: submitted.text("article9"),
            overrideJustification: submitted.text("override"))
        let effects = save("Recorded consent and lawful basis") { $0.consent = consent }
        if !readOnly { say("Consent and lawful basis saved.") }
        return effects
    }
}
