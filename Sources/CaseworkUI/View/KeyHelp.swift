import CaseworkCore
/// The keys of each screen: the bottom bar shows the main ones, F1 shows them all.
///
/// One table for both, so the bar and the help can never disagree.
public struct KeyHelp: Hashable, Sendable {
    public var key: String
    public var label: String
    public var detail: String
    /// Shown in the bottom key bar (the rest only in F1 help).
    public var inBar: Bool

    init(_ key: String, _ label: String, _ detail: String, bar: Bool = true) {
        self.key = key
        self.label = label
        self.detail = detail
        inBar = bar
    }
}

extension AppState {
    /// The keys of the screen in front of the user, the most useful first (`keyHelp` adds training's).
    var screenKeyHelp: [KeyHelp] {
        let help = KeyHelp("F1", "Help", "Show the keys of this screen (also ? where it is not a command)")
        let names = KeyHelp("F4", "Names", "Show or hide full names on this screen (initials by default)", bar: false)
        let quit = KeyHelp("q", "Quit", "Leave the workbench; everything is already saved")
        if conflict?.choosing == true {
            return [
                help,
                KeyHelp("m", "Keep yours", "Save what you typed over what the other session saved"),
                KeyHelp("t", "Keep theirs", "Keep what the other session saved; what you typed is left out"),
                KeyHelp("b", "Keep both", "Save theirs followed by yours (a date can only be one)"),
                KeyHelp("e", "Edit", "Go back to editing; nothing is saved until you choose"),
            ]
        }
        if editing != nil {
            return [
                help,
                KeyHelp("Esc", "Save+leave", "Save the text into the case and leave the field"),
                KeyHelp("Tab", "Next field", "Save and go to the next field (evidence, source, date)"),
                KeyHelp("^S", "Save", "Save now and keep typing (also saved after 2 seconds idle)"),
                KeyHelp("Enter", editing == .note ? "New line" : "Save", "In the evidence a new line; in source or date, save"),
                KeyHelp("^←/^→", "Word", "Move by word; Home/End to the line's ends; ^W deletes a word", bar: false),
                KeyHelp("↑/↓", "Line", "Move between lines of the text", bar: false),
            ]
        }
        if formOnScreen, let form {
            let choice = form.fields.indices.contains(form.focus) && form.fields[form.focus].kind == .choice
            let sharingForm = form.purpose == .share || form.purpose == .decline
            return [
                help,
                KeyHelp("Tab/↓", "Next", "Next field (Shift-Tab or ↑ for the previous one)"),
                choice ? KeyHelp("←/→", "Choose", "Change the choice (space too)") : KeyHelp("Enter", "Next", "Next field; on the last field, save (a new line in long text)"),
                KeyHelp("^U", "Clear", "Clear the field to type it again", bar: false),
                sharingForm ? KeyHelp("^S/F2", form.purpose == .share ? "Share" : "Record", "Share now (or record the decision); refused, with the reasons, if anything is missing")
                    : KeyHelp("^S/F2", "Save", "Save the form now"),
                sharingForm ? KeyHelp("Esc", "Close", "Close without sharing or recording; S or d brings back what you typed")
                    : KeyHelp("Esc", "Save+back", "Save and go back; on a form that cannot be saved, press Esc twice to discard"),
                names,
            ]
        }
        switch screen {
        case .caseList:
            return [
                help,
                KeyHelp("Enter", "Open", "Open the highlighted case"),
                KeyHelp("n", "New", "Start a new case (subject, referral reason, date, who referred)"),
                KeyHelp("/", "Filter", "Type to filter the list; Enter keeps the filter, Esc clears it"),
                KeyHelp("s", "Sort", "Sort by last change, reference or status"),
                KeyHelp("F4", "Names", "Show or hide full names (initials by default)"),
                KeyHelp("↑/↓ j/k", "Move", "Move the highlight; PgUp/PgDn, Home/End (g/G) too", bar: false),
                KeyHelp("r", "Refresh", "Read the list again from the store", bar: false),
                quit,
            ]
        case .newCase, .decision:
            return [help, KeyHelp("Esc", "Back", "Go back"), quit]
        case .overview:
            return [
                help,
                KeyHelp("Enter", "Open", "Open the highlighted part of the case"),
                KeyHelp("c", "Checklist", "The checklist, where you left it"),
                KeyHelp("o", "Concerns", "The concerns log"),
                KeyHelp("d", "Decide", "The decision: threshold, route, rationale, review date"),
                KeyHelp("s", "Summary", "The multi-agency summary as it stands"),
                KeyHelp("e", "Details", "Correct the person's name, date of birth, age or language, or the referral", bar: false),
                KeyHelp("t/a/p", "Strengths, agencies, actions", "Strengths (t), agencies (a), actions (p)", bar: false),
                KeyHelp("]", "Next open item", "Go to the next item with no answer or an unknown one", bar: false),
                KeyHelp("Esc", "Cases", "Back to the case list (h and Left do the same)"),
                names,
                quit,
            ]
        case .checklist:
            let statusKeys: [KeyHelp]
            switch currentItem?.kind {
            case .scale?:
                statusKeys = [KeyHelp("0-9", "Scale", "Set the 0-10 scale (+ and - move it, x clears it)"),
                              KeyHelp("+/-", "Up/down", "Move the scale one point")]
            case .narrative?:
                statusKeys = [KeyHelp("e", "Write", "A written answer: Enter or e opens the editor", bar: false),
                              KeyHelp("s/d", "Source, date", "Where the answer came from and when", bar: false)]
            default:
                let ratings = currentItem.flatMap { template?.section(containing: $0.id)?.ratingLabels }?.keys(separator: ", ")
                    ?? "0 no concern, 1 some concern, 2 significant concern"
                statusKeys = [KeyHelp("0/1/2", "Status", ratings),
                              KeyHelp("n/u/x", "N/A,Unknown,Clear", "n not applicable, u unknown - information needed, x clear the status")]
            }
            return [
                KeyHelp("F1", "Help", "Show all the keys of the checklist"),
                statusKeys[0], statusKeys[1],
                KeyHelp("Enter", "Evidence", "Write the evidence (s: source, d: date, f: fact or opinion)"),
                KeyHelp("?", "Guidance", "Show or hide the guidance for the item"),
                KeyHelp("i", "All guidance", "Read the item's whole guidance in a panel", bar: false),
                KeyHelp("]", "Next open", "Next item with no answer or unknown ([ for the previous one)"),
                KeyHelp("c", "Concern", "Log a concern under this item's heading", bar: false),
                KeyHelp("↑/↓ j/k", "Item", "Previous or next item; PgUp/PgDn by section", bar: false),
                KeyHelp("Esc", "Back", "Back to the overview"),
                names,
            ]
        case .concerns, .strengths, .agencies, .actions:
            var keys = [
                help,
                KeyHelp("a", "Add", "Add an entry"),
                KeyHelp("Enter", "Edit", "Edit the highlighted entry"),
                KeyHelp("d", "Remove", "Remove the highlighted entry (asks first)"),
            ]
            if screen == .actions { keys.append(KeyHelp("Space", "Done", "Mark the action done or not done")) }
            keys += [KeyHelp("Esc", "Back", "Back to the overview"), names, quit]
            return keys
        case .summary where sharing.reviewing && sharing.review?.asking != nil:
            return [
                help,
                KeyHelp("Enter", "Keep reason", "Keep the reason and make the change; the share record keeps it"),
                KeyHelp("Esc", "Cancel", "Change nothing"),
                KeyHelp("←/→", "Move", "Move in the text; Backspace deletes, ^W deletes a word", bar: false),
            ]
        case .summary where sharing.reviewing:
            return [
                help,
                KeyHelp("↑/↓", "Move", "Move between the entries and the names found; PgUp/PgDn, Home/End too"),
                KeyHelp("Space", "Change", "Leave out or add the entry (asks why), or name the person (asks why) or go back to their role"),
                KeyHelp("Enter", "Next", "Go on to the share form: format, file, why, the basis, the family told (S, F2 too)"),
                KeyHelp("r", "Recipient", "Pick another recipient (the review starts again for them)", bar: false),
                KeyHelp("Esc", "Preview", "Back to the summary preview; the review keeps your changes"),
                KeyHelp("q", "Quit", "Leave the workbench; nothing is shared", bar: false),
            ]
        case .summary:
            return [
                help,
                KeyHelp("↑/↓", "Scroll", "Scroll a line; PgUp/PgDn or space a page; Home/End"),
                KeyHelp("r", "Recipient", "Pick who the summary is for (Tab too): the preview shows only what they receive"),
                KeyHelp("S", "Share", "Review what goes to this recipient, entry by entry and name by name, then share: checked, written 0600 and recorded"),
                KeyHelp("d", "Decline", "Record a decision not to share with this recipient, with why"),
                KeyHelp("c", "Openness", "Record what the family was told (or why not) and agreement to a service"),
                KeyHelp("Esc", "Back", "Back to the overview"),
                KeyHelp("q", "Quit", "Leave the workbench; everything is already saved", bar: false),
            ]
        }
    }
}
