/// Checks a case against the checklist template it was made with and the authority's settings.
///
/// A case file can outlive the template and settings it was written against, and a hand-written one (the
/// training cases, an import) was never checked by a screen at all. An answer to an item the template no
/// longer has, or a decision naming a threshold the authority has dropped, would silently vanish from
/// every screen and summary; this finds them, in sentences that name the field, so they can be mended.
public enum CaseValidator {
    /// Every problem found, empty when the case fits the template and settings.
    public static func problems(_ record: CaseRecord, template: ChecklistTemplate, settings: AuthoritySettings) -> [String] {
        var problems: [String] = []
        if record.templateID != template.id {
            problems.append("templateID is '\(record.templateID)' but the case was checked against template '\(template.id)'")
        }
        if record.revision < 1 {
            problems.append("revision is \(record.revision); a saved case starts at revision 1")
        }
        if record.history.map(\.revision) != Array(1...max(record.revision, 1)) {
            problems.append("history does not hold exactly one entry for each revision from 1 to \(record.revision)")
        }
        for itemID in record.answers.keys.sorted() {
            guard let item = template.item(id: itemID) else {
                problems.append("answers.\(itemID): the template has no item with this id")
                continue
            }
            let answer = record.answers[itemID]!
            if item.kind != .rated, [.noConcern, .someConcern, .significantConcern].contains(answer.status) {
                problems.append("answers.\(itemID).status is \(answer.status.rawValue), but a \(item.kind.rawValue) item is not rated")
            }
            if let scale = answer.scale {
                if let range = item.scale {
                    if scale < range.min || scale > range.max {
                        problems.append("answers.\(itemID).scale is \(scale), outside \(range.min) to \(range.max)")
                    }
                } else {
                    problems.append("answers.\(itemID) has a scale value but the item is not a scale item")
                }
            }
        }
        let headings = Set(template.concernHeadings.map(\.id))
        for concern in record.concerns where !headings.contains(concern.heading) {
            problems.append(
                "concerns[id \(concern.id)].heading is '\(concern.heading)', which is not a concern heading of the template (\(headings.sorted().joined(separator: ", ")))")
        }
        for (label, ids) in [("concerns", record.concerns.map(\.id)), ("strengths", record.strengths.map(\.id)),
                             ("agencies", record.agencies.map(\.id)), ("actions", record.actions.map(\.id)),
                             ("sharing", record.sharing.map(\.id))] where Set(ids).count != ids.count {
            problems.append("\(label): two entries share an id")
        }
        if let decision = record.decision {
            if settings.threshold(id: decision.threshold) == nil {
                problems.append("decision.threshold '\(decision.threshold)' is not a threshold in the settings")
            }
            if settings.route(id: decision.route) == nil {
                problems.append("decision.route '\(decision.route)' is not a route in the settings")
            }
            if decision.rationale.isBlank {
                problems.append("decision.rationale is empty: a decision needs its reasons")
            }
        }
        for entry in record.sharing where settings.recipient(id: entry.recipient) == nil {
            problems.append("sharing[id \(entry.id)].recipient '\(entry.recipient)' is not a recipient profile in the settings")
        }
        return problems
    }
}
