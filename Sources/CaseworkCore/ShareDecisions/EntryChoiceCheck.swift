/// Checks the practitioner's added and left-out entries before a share: an id the case does not have is
/// bad input (one sentence naming it), a change without a reason or an entry added where the profile
/// does not receive its section is a refusal.
enum EntryChoiceCheck {
    static func unknownID(in choices: [EntryChoice], record: CaseRecord, template: ChecklistTemplate) -> String? {
        for choice in choices {
            let parts = choice.id.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return sentence(choice.id) }
            let known: Bool = switch parts[0] {
            case "concern": record.concerns.contains { "\($0.id)" == parts[1] }
            case "strength": record.strengths.contains { "\($0.id)" == parts[1] }
            case "action": record.actions.contains { "\($0.id)" == parts[1] }
            case "answer": template.item(id: parts[1]) != nil
            default: false
            }
            if !known { return sentence(choice.id) }
        }
        return nil
    }

    static func sentence(_ id: String) -> String {
        "'\(TextSanitizer.line(id))' is not an entry of this case; use an id that `casework share REF --to PROFILE --review` lists (concern:N, strength:N, action:N or answer:ITEM)."
    }

    static func problems(_ choices: [EntryChoice], summary: Summary, profile: RecipientProfile) -> [String] {
        var problems: [String] = []
        let going = Set(ShareContents(summary).entryIDs)
        for choice in choices {
            let id = TextSanitizer.line(choice.id)
            if choice.reason.isBlank {
                problems.append("Say why \(id) is \(choice.include ? "added" : "left out") (--because \"...\"): the share record keeps the reason.")
            } else if choice.include && !going.contains(choice.id) {
                problems.append("\(id) cannot be added for \(profile.name): it is in a part that profile does not receive, or is special category data left out.")
            }
        }
        return problems
    }
}
