import CaseworkCore

/// Everything the workbench shows, as a plain value: update changes it, view draws it.
///
/// The clock ("now") and the user are part of the state, set by the runner, so the same state always
/// draws the same screen: snapshots are deterministic and no view reads the real time.
public struct AppState: Hashable, Sendable {
    public var user: String
    public var now: Timestamp
    public var size: Size
    public var settings: AuthoritySettings
    public var templates: [ChecklistTemplate]

    public var screen: Screen = .caseList
    /// Screens to go back to with Esc.
    public var stack: [Screen] = []

    // Case list
    public var listings: [CaseListing] = []
    public var listCursor = 0
    public var filter = ""
    public var filtering = false
    public var sort: CaseSort = .lastChange
    /// The filtered, sorted list, remembered between key presses (never part of equality).
    public var listingMemo = ListingMemo()

    // The open case
    public var open: OpenCase?
    public var overviewCursor = 0
    public var itemIndex = 0
    /// The checklist position in each case opened this session, so going back to a case goes back there.
    public var positions: [CaseReference: Int] = [:]
    public var guidanceShown = true
    /// The item field being edited in the checklist, with its editor.
    public var editing: ItemField?
    public var editor = TextEditor()
    /// The save asked for and not yet answered: undone on screen if it fails or meets a conflict.
    public var pendingSave: PendingSave?
    /// A save another session got in before, not yet resolved: nothing is saved by itself meanwhile.
    public var conflict: SaveConflict?
    /// When the editor was last typed in, for the idle save.
    public var lastTyped: Timestamp?
    public var logCursor: [LogKind: Int] = [:]
    public var confirmRemove = false
    public var form: Form?
    public var summaryScroll = 0

    // Around every screen
    public var helpShown = false
    /// The current item's whole guidance over the checklist.
    public var guidancePanelShown = false
    /// Full names instead of initials, on the current screen only.
    public var namesShown = false
    public var message = ""
    public var messageIsWarning = false
    /// The place a previous session left off, offered once at start.
    public var resumeOffer: WorkbenchSession?
    /// An accepted offer, applied when its case has opened.
    public var pendingResume: WorkbenchSession?
    /// Set when the session file needs writing on the next tick.
    public var sessionDirty = false
    /// The form draft in the session file as last written: when the form on screen differs (typed into,
    /// saved, discarded), the file is written again, so a form already saved is never offered back.
    public var sessionFormWritten: WorkbenchSession.FormDraft?
    /// When the session file was last written: at most once a second, since each write is fsynced.
    public var sessionWrittenAt: Timestamp?
    public var quitting = false
    /// When a read-only case was last read again (every five seconds).
    public var lastRefresh: Timestamp?
    /// Training mode (`casework demo`): what is shown on top of the same screens; nil in real work.
    public var training: TrainingMode?
    /// The summary screen's recipient, picker and last refusal.
    public var sharing = SummaryState()

    public init(user: String, now: Timestamp, size: Size, settings: AuthoritySettings, templates: [ChecklistTemplate]) {
        self.user = user
        self.now = now
        self.size = size
        self.settings = settings
        self.templates = templates
    }

    /// The local clock's offset from UTC in seconds (set by the runner; 0 in tests), so times on screen
    /// are the practitioner's own: "since 10:30" must mean half past ten where they sit.
    public var utcOffset: Int64 = 0

    /// A moment as the practitioner's clock shows it: `2026-11-24 09:30`.
    public func local(_ moment: Timestamp) -> String { moment.adding(seconds: utcOffset).shortDisplay }

    public var today: LocalDate { now.adding(seconds: utcOffset).day }

    public var readOnly: Bool { open?.readOnly ?? true }

    public var template: ChecklistTemplate? { open?.template }

    public var items: [TemplateItem] { open?.template.allItems ?? [] }

    public var currentItem: TemplateItem? {
        let items = self.items
        return items.indices.contains(itemIndex) ? items[itemIndex] : nil
    }

    /// The cases the list shows, filtered and sorted.
    public var visibleListings: [CaseListing] { visibleCases.listings }

    /// How many of the visible cases matched the filter only on the subject's full name while initials are
    /// shown, so the list can say why a row with other initials is there.
    public var listingsMatchedOnNameOnly: Int { visibleCases.matchedOnNameOnly }

    var visibleCases: VisibleCases {
        listingMemo.visible(listings: listings, filter: filter, sort: sort, namesShown: namesShown) { computeVisibleCases() }
    }

    /// The filter looks at the reference, initials, status and lead, and always at the full name (folded
    /// for case and accents, so "zoe" finds "Zoë"): a practitioner looks a case up by the name they were
    /// told, whether or not names are on screen. The rows still show initials only.
    func computeVisibleCases() -> VisibleCases {
        let needle = CaseFilterText.fold(filter)
        var matchedOnNameOnly = 0
        let filtered = needle.isEmpty ? listings : listings.filter { listing in
            let shownFields = [listing.reference.rawValue, listing.subjectInitials, listing.status.label, listing.lead]
            if shownFields.contains(where: { CaseFilterText.fold($0).contains(needle) }) { return true }
            guard CaseFilterText.fold(listing.subjectName).contains(needle) else { return false }
            if !namesShown { matchedOnNameOnly += 1 }
            return true
        }
        return VisibleCases(listings: sorted(filtered), matchedOnNameOnly: matchedOnNameOnly)
    }

    private func sorted(_ filtered: [CaseListing]) -> [CaseListing] {
        switch sort {
        case .lastChange: return filtered.sorted { ($0.updatedAt, $0.reference) > ($1.updatedAt, $1.reference) }
        case .reference: return filtered.sorted { $0.reference < $1.reference }
        case .status:
            return filtered.sorted {
                (CaseStatus.allCases.firstIndex(of: $0.status)!, $0.reference) < (CaseStatus.allCases.firstIndex(of: $1.status)!, $1.reference)
            }
        }
    }

    /// How many items the case's own template version has (the newest of that id if the version is gone).
    public func itemCount(templateID: String, version: String) -> Int {
        (templates.first { $0.id == templateID && $0.version == version } ?? templates.last { $0.id == templateID }
            ?? templates.first)?.allItems.count ?? 0
    }

    /// The threshold levels that can apply to the open case's person (age on the referral date), and the
    /// level already decided even if it no longer fits, so it is never silently replaced.
    public var thresholdsForOpenCase: [ThresholdLevel] {
        guard let record = open?.record else { return settings.thresholds }
        let group = AgeGroup.of(record)
        return settings.thresholds.filter { $0.appliesTo.includes(group) || $0.id == record.decision?.threshold }
    }

    /// The subject as this screen shows them: initials unless names are toggled on.
    public func subjectLabel(_ subject: Subject) -> String { namesShown ? subject.name : subject.initials }
}
