import CaseworkCore

extension AppState {
    /// Opens the form that corrects who the case is about and how it came in (`e` on the overview):
    /// the new-case form is not the last word on a name, a date of birth or the referrer.
    mutating func openDetailsForm() {
        guard let record = open?.record else { return }
        if readOnly { warn(readOnlySentence); return }
        var fields = [
            FormField(id: "name", label: "Name", kind: .text, text: record.subject.name, required: true),
            FormField(id: "dob", label: "Date of birth", kind: .date, text: record.subject.dateOfBirth?.iso8601 ?? ""),
            FormField(id: "age", label: "Age if no date", kind: .text, text: record.subject.approximateAge.map(String.init) ?? ""),
        ]
        if let offered = settings.languages?.offered, !offered.isEmpty {
            var options = [FormField.Option(id: "", label: "Not recorded")]
            options += offered.map { FormField.Option(id: $0.code, label: $0.name) }
            if let kept = record.subject.language, !options.contains(where: { $0.id == kept }) {
                options.append(FormField.Option(id: kept, label: kept))
            }
            fields.append(FormField(id: "language", label: "Language", kind: .choice, options: options,
                                    choice: options.firstIndex { $0.id == (record.subject.language ?? "") } ?? 0))
        } else {
            fields.append(FormField(id: "language", label: "Language", kind: .text, text: record.subject.language ?? ""))
        }
        fields += [
            FormField(id: "reason", label: "Referral reason", kind: .multiline, text: record.referral.reason, required: true),
            FormField(id: "received", label: "Date received", kind: .date, text: record.referral.receivedOn.iso8601),
            FormField(id: "referrer", label: "Referrer", kind: .text, text: record.referral.referrer),
            FormField(id: "role", label: "Referrer's role", kind: .text, text: record.referral.referrerRole),
        ]
        form = Form(purpose: .details, fields: fields)
        say("The person and the referral: correct what is wrong; Esc saves, F2 or Ctrl-S saves and stays.")
    }

    /// Saves the details form through `CaseDetailsChange`, the same checks as `casework details`.
    mutating func submitDetailsForm(_ submitted: Form, dates: [String: LocalDate?], leaving: Bool) -> [Effect] {
        guard let record = open?.record else { return [] }
        func refuse(_ field: String, _ sentence: String) -> [Effect] {
            var back = submitted
            back.focus = back.fields.firstIndex { $0.id == field } ?? 0
            back.discardArmed = true
            form = back
            warn(sentence)
            return []
        }
        var change = CaseDetailsChange()
        change.name = submitted.text("name")
        change.reason = submitted.text("reason")
        change.referrer = submitted.text("referrer")
        change.referrerRole = submitted.text("role")
        change.language = submitted["language"].kind == .choice ? submitted.choice("language") ?? "" : submitted.text("language")
        if let received = dates["received"] ?? nil { change.receivedOn = received } else {
            return refuse("received", "Date received is needed (YYYY-MM-DD or 'today').")
        }
        if let born = dates["dob"] ?? nil { change.dateOfBirth = born } else { change.clearDateOfBirth = true }
        let ageText = submitted.text("age")
        if ageText.isEmpty {
            change.clearAge = true
        } else if let age = Int(ageText) {
            change.approximateAge = age
        } else {
            return refuse("age", "Age if no date: '\(ageText)' is not a number of years; type digits, or leave it empty.")
        }
        let changed: CaseRecord
        do {
            changed = try change.applied(to: record, today: today)
        } catch {
            let sentence = "\(error)"
            let field = sentence.contains("date of birth") ? "dob" : sentence.contains("age") ? "age"
                : sentence.contains("received") ? "received" : sentence.contains("name") ? "name" : "reason"
            return refuse(field, sentence)
        }
        guard changed != record else {
            form = leaving ? nil : submitted
            say("Nothing changed.")
            return []
        }
        let summary = CaseDetailsChange.summary(from: record, to: changed)
        let effects = save(summary) { $0 = changed }
        pendingSave?.form = submitted
        if leaving { form = nil } else { openDetailsForm() }
        if !readOnly { say("\(summary).") }
        return effects
    }
}
