import CaseworkCore

extension AppState {
    public var overviewEntries: [OverviewEntry] {
        let sections = (template?.sections.indices).map { Array($0) } ?? []
        return sections.map { OverviewEntry.section($0) } + LogKind.allCases.map { .log($0) } + [.decision, .summary]
    }

    /// Keys of the overview: move and open a part; letters jump straight to one.
    mutating func overviewKey(_ key: Key) -> [Effect] {
        let entries = overviewEntries
        switch key {
        case .up, .char("k"): overviewCursor = max(0, overviewCursor - 1)
        case .down, .char("j"): overviewCursor = min(entries.count - 1, overviewCursor + 1)
        case .home, .char("g"): overviewCursor = 0
        case .end, .char("G"): overviewCursor = entries.count - 1
        case .enter, .right, .char("l"):
            guard entries.indices.contains(overviewCursor) else { return [] }
            return openEntry(entries[overviewCursor])
        case .char("c"): go(to: .checklist)
        case .char("]"), .char("N"):
            go(to: .checklist)
            jumpToOpenItem(forward: true)
        case .char("o"): go(to: .concerns)
        case .char("t"): go(to: .strengths)
        case .char("a"): go(to: .agencies)
        case .char("p"): go(to: .actions)
        case .char("d"): openDecision()
        case .char("e"): openDetailsForm()
        case .char("s"): summaryScroll = 0; go(to: .summary)
        case .escape, .left, .char("h"):
            return back()
        default: break
        }
        return []
    }

    mutating func openEntry(_ entry: OverviewEntry) -> [Effect] {
        switch entry {
        case .section(let index):
            guard let template else { return [] }
            let section = template.sections[index]
            let start = template.sections[..<index].reduce(0) { $0 + $1.items.count }
            let record = open?.record
            let firstOpen = section.items.firstIndex { record?.answer(for: $0.id).isAnswered != true } ?? 0
            let current = items.indices.contains(itemIndex) ? items[itemIndex].id : nil
            if !section.items.contains(where: { $0.id == current }) { itemIndex = start + firstOpen }
            go(to: .checklist)
        case .log(let kind): go(to: kind.screen)
        case .decision: openDecision()
        case .summary:
            summaryScroll = 0
            go(to: .summary)
        }
        return []
    }
}

extension AppState {
    /// The case's sharing log for the overview, most recent first, one line each: when, to whom, on what
    /// basis, how, how many entries and whether the family was told; or a decision not to share and why.
    public var overviewSharingLog: [String] {
        guard let record = open?.record else { return [] }
        return record.sharing.reversed().map { entry in
            let when = String(local(entry.at).prefix(10))
            let who = settings.recipient(id: entry.recipient)?.name ?? entry.recipient
            guard entry.shared else { return "\(when) \(who) · decided not to share: \(entry.why)" }
            guard let decision = entry.decision else { return "\(when) \(who) · \(entry.what)" }
            let basis = decision.article6Label.hasPrefix("UK GDPR Article ")
                ? String(decision.article6Label.dropFirst("UK GDPR Article ".count)) : decision.article6Label
            let method = switch decision.method {
            case .file: "file"
            case .phone: "phone"
            case .meeting: "meeting"
            case .secureEmail: "secure email"
            }
            var parts = [basis, method, "\(decision.entries.count) entries"]
            if let told = decision.told { parts.append(told ? "told" : "not told") }
            return "\(when) \(who) · " + parts.joined(separator: " · ")
        }
    }
}
