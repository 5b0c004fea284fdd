import CaseworkCore

extension AppState {
    /// Keys of the case list: move, filter with `/`, sort, `n` for a new case, Enter to open.
    mutating func caseListKey(_ key: Key) -> [Effect] {
        let count = visibleListings.count
        if filtering {
            switch key {
            case .enter:
                filtering = false
                return []
            case .escape:
                filtering = false
                filter = ""
                listCursor = 0
                return []
            case .backspace:
                if !filter.isEmpty { filter.removeLast() }
                listCursor = 0
                return []
            default:
                break
            }
        }
        switch key {
        case .up, .char("k"): listCursor = max(0, listCursor - 1)
        case .down, .char("j"): listCursor = min(max(0, count - 1), listCursor + 1)
        case .pageUp: listCursor = max(0, listCursor - listPageSize)
        case .pageDown: listCursor = min(max(0, count - 1), listCursor + listPageSize)
        case .home, .char("g"): listCursor = 0
        case .end, .char("G"): listCursor = max(0, count - 1)
        case .char("/"):
            filtering = true
            say("Filter by reference, name, initials, status or lead; Enter keeps, Esc clears.")
        case .char("s"):
            let all = CaseSort.allCases
            sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
            listCursor = 0
            say("Sorted by \(sort.label).")
        case .char("r"):
            return [.listCases]
        case .char("n"):
            form = AppState.newCaseForm(today: today)
            go(to: .newCase)
        case .enter:
            let visible = visibleListings
            guard visible.indices.contains(listCursor) else { return [] }
            let listing = visible[listCursor]
            if let problem = listing.problem {
                warn(problem)
                return []
            }
            return [.openCase(listing.reference)]
        case .escape:
            if !filter.isEmpty {
                filter = ""
                listCursor = 0
            }
        default:
            break
        }
        return []
    }

    var listPageSize: Int { max(1, size.rows - 8) }

    static func newCaseForm(today: LocalDate) -> Form {
        Form(purpose: .newCase, fields: [
            FormField(id: "name", label: "Subject's name", kind: .text, required: true),
            FormField(id: "reason", label: "Referral reason", kind: .multiline, required: true),
            FormField(id: "received", label: "Date received", kind: .date, text: today.iso8601, required: true),
            FormField(id: "referrer", label: "Who referred", kind: .text),
            FormField(id: "role", label: "Their role", kind: .text),
        ])
    }
}
