import CaseworkCore

extension Frame {
    /// Every case with reference, subject, status, last change and progress.
    mutating func drawCaseList(_ box: Box) {
        let listings = state.visibleListings
        let wide = size.columns >= 120
        let subjectWidth = wide ? 28 : 12
        var header = "\(DisplayWidth.pad("Ref", to: 9))\(DisplayWidth.pad(state.namesShown ? "Subject" : "Initials", to: subjectWidth + 1))"
        header += "\(DisplayWidth.pad("Status", to: 14))\(DisplayWidth.pad("Last change", to: 17))\(DisplayWidth.pad("Progress", to: 14))Lead"
        let counted = "\(listings.count) of \(state.listings.count) cases"
        let sortedBy = " · sorted by \(state.sort.label)"
        var filterLine = counted + sortedBy
        if state.filtering || !state.filter.isEmpty {
            let typed = "Filter: \(state.filter)\(state.filtering ? "▏" : "")   "
            filterLine = typed + counted + sortedBy
            let onName = state.listingsMatchedOnNameOnly
            if onName > 0 {
                // Said in full even at 80 columns: the sort order gives way first.
                let why = " · \(onName) matched on the full name (F4 shows names)"
                filterLine = DisplayWidth.of(" " + filterLine + why) > size.columns ? typed + counted + why : filterLine + why
            }
        }
        grid.write(" " + filterLine, row: box.row, column: 0, style: state.filtering ? .input : .muted)
        grid.write(" " + header, row: box.row + 1, column: 0, style: .heading)
        let rows = box.height - 2
        guard !listings.isEmpty else {
            let text = state.listings.isEmpty
                ? "No cases yet. Press n to start one: you will be asked who it is about, why they were referred, when and by whom."
                : "No case matches the filter. Esc clears it."
            grid.paragraph(text, row: box.row + 3, column: 2, width: box.width - 4, maxRows: 3)
            return
        }
        let top = max(0, min(state.listCursor - rows + 1, listings.count - rows))
        for (offset, listing) in listings.dropFirst(top).prefix(rows).enumerated() {
            let index = top + offset
            let row = box.row + 2 + offset
            let selected = index == state.listCursor
            let style: Style = selected ? .selected : .normal
            if selected { grid.fill(row: row, style: .selected) }
            let total = state.itemCount(templateID: listing.templateID, version: listing.templateVersion)
            let percent = total == 0 ? 0 : listing.answeredItems * 100 / total
            let subject = state.namesShown ? listing.subjectName : listing.subjectInitials
            var x = 1
            x += grid.write(listing.reference.rawValue, row: row, column: x, style: style, maxWidth: 9)
            x = 10
            grid.write(DisplayWidth.truncate(TextSanitizer.line(subject), to: subjectWidth), row: row, column: x, style: style, maxWidth: subjectWidth)
            x += subjectWidth + 1
            if let problem = listing.problem {
                grid.write("Cannot be read: " + problem, row: row, column: x, style: selected ? .selected : .warning, maxWidth: size.columns - x - 1)
                continue
            }
            grid.write(listing.status.label, row: row, column: x, style: style, maxWidth: 13)
            x += 14
            grid.write(state.local(listing.updatedAt), row: row, column: x, style: style, maxWidth: 16)
            x += 17
            grid.write("\(listing.answeredItems)/\(total) \(percent)%", row: row, column: x, style: style, maxWidth: 13)
            x += 14
            grid.write(listing.lead, row: row, column: x, style: style, maxWidth: size.columns - x - 1)
        }
    }
}
