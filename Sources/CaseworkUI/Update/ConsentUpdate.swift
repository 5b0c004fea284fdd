import CaseworkCore

extension AppState {
    /// Opens the openness and agreement form on the summary screen: what the family was told (or why
    /// not) and agreement to a service, each saved as a new entry. Neither gates a share; the lawful basis
    /// is chosen per share in the share form.
    mutating func openConsentForm() {
        if readOnly { warn(readOnlySentence); return }
        let latest = open?.record.currentAgreement
        let last = latest.map { "Last recorded: \($0.status.label.lowercased())" + ($0.on.map { " on \($0.iso8601)" } ?? "") + "." }
        let statuses = [FormField.Option(id: "", label: "Nothing new", detail: last ?? "No agreement recorded yet.")]
            + AgreementStatus.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label) }
        form = Form(purpose: .consent, fields: [
            FormField(id: "told", label: "Family told", kind: .choice, options: [
                FormField.Option(id: "", label: "Nothing new"),
                FormField.Option(id: "yes", label: "Told", detail: "What they were told will be shared, with whom and why."),
                FormField.Option(id: "no", label: "Not told", detail: "Say why not: for example telling them would put someone at risk."),
            ]),
            FormField(id: "toldWho", label: "Who was told", kind: .text),
            FormField(id: "toldWhat", label: "What was said", kind: .multiline),
            FormField(id: "whyNot", label: "Why not told", kind: .text),
            FormField(id: "toldOn", label: "Told on", kind: .date),
            FormField(id: "agreement", label: "Agreement", kind: .choice, options: statuses),
            FormField(id: "agreedBy", label: "Whose", kind: .choice, options: AgreementParty.allCases.map {
                FormField.Option(id: $0.rawValue, label: $0.label)
            }),
            FormField(id: "agreedWho", label: "Who answered", kind: .text, text: latest?.who ?? ""),
            FormField(id: "capacity", label: "Capacity noted", kind: .text),
            FormField(id: "agreedOn", label: "Answer date", kind: .date),
        ])
        say("Openness and agreement: F2 or Ctrl-S saves, Esc saves and closes.")
    }

    /// Checks the form as `casework openness` and `casework agreement` do and adds its entries to the case.
    mutating func submitConsentForm(_ submitted: Form, dates: [String: LocalDate?]) -> [Effect] {
        func refuse(_ field: String, _ sentence: String) -> [Effect] {
            var back = submitted
            back.focus = back.fields.firstIndex { $0.id == field } ?? 0
            form = back
            warn(sentence)
            return []
        }
        let told = submitted.choice("told") ?? ""
        if told == "no" && submitted.text("whyNot").isEmpty { return refuse("whyNot", "Say why the family was not told.") }
        let status = submitted.choice("agreement").flatMap(AgreementStatus.init(rawValue:))
        let party = submitted.choice("agreedBy").flatMap(AgreementParty.init(rawValue:)) ?? .person
        guard !told.isEmpty || status != nil else {
            form = nil
            say("Nothing new to record: choose Told, Not told or an agreement answer.")
            return []
        }
        let at = now, by = user, day = today
        let toldOn = (dates["toldOn"] ?? nil) ?? (told == "yes" ? day : nil)
        let agreedOn = (dates["agreedOn"] ?? nil) ?? day
        let who = submitted.text("toldWho"), what = submitted.text("toldWhat"), whyNot = submitted.text("whyNot")
        let agreedWho = submitted.text("agreedWho"), capacity = submitted.text("capacity")
        let effects = save("Recorded openness and agreement") { record in
            if !told.isEmpty {
                record.opennessLog.append(OpennessRecord(
                    id: record.opennessLog.nextID, told: told == "yes", who: who, what: told == "yes" ? what : "",
                    whyNot: told == "no" ? whyNot : "", on: toldOn, recordedAt: at, recordedBy: by))
            }
            if let status {
                record.agreementLog.append(ServiceAgreement(
                    id: record.agreementLog.nextID, by: party, who: agreedWho, capacity: capacity, status: status, on: agreedOn,
                    service: "Channel support", recordedAt: at, recordedBy: by))
            }
        }
        if !readOnly { say("Openness and agreement saved.") }
        return effects
    }
}
