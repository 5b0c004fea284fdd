/// The training cases and their notes as plain text: what `casework demo --list` prints.
///
/// A trainer plans a session, or prints a handout, without a terminal UI; and a room without a projector
/// can still follow which case is which. Every text goes through the sanitiser, as on any screen.
public enum TrainingHandout {
    public static func lines(_ catalog: TrainingCatalog, width: Int = 78) -> [String] {
        let indent = "          "
        let textWidth = max(20, width - indent.count)
        var lines = ["Training cases (fictional: invented people, places and events)", ""]
        func wrapped(_ text: String, prefix: String = "") -> [String] {
            WordWrap.lines(prefix + TextSanitizer.line(text), width: textWidth).map { indent + $0 }
        }
        let ordered = catalog.notes.compactMap { note in catalog.record(note.reference).map { (note: Optional(note), record: $0) } }
            + catalog.cases.filter { catalog.note(for: $0.reference) == nil }.map { (note: nil, record: $0) }
        for (note, record) in ordered {
            let title = note?.title ?? TextSanitizer.line(record.referral.reason.prefix(60) + "...")
            lines.append(DisplayWidth.pad(record.reference.rawValue, to: indent.count)
                         + DisplayWidth.pad(record.status.label, to: 14) + TextSanitizer.line(title))
            var who = TextSanitizer.line(record.subject.name)
            if let age = record.subject.age(on: record.referral.receivedOn) { who += ", \(age)" }
            lines.append(indent + who + "; referred " + record.referral.receivedOn.iso8601)
            if let note {
                lines += wrapped(note.concern, prefix: "Concern: ")
                lines += wrapped(note.teaches, prefix: "Teaches: ")
                lines.append(indent + "Ask the room:")
                for question in note.questions {
                    lines += WordWrap.lines(TextSanitizer.line(question), width: textWidth - 4).enumerated().map { index, line in
                        indent + (index == 0 ? "  - " : "    ") + line
                    }
                }
            } else {
                lines.append(indent + "(No trainer's note for this case.)")
            }
            lines.append("")
        }
        lines.append("Start a session with `casework demo` (add --guided for hints, --echo-keys for a projector).")
        return lines
    }
}
