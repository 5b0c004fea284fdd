/// A field of the current checklist item.
public enum ItemField: String, Hashable, Sendable {
    case note, source, date

    /// The field's name in sentences and on the conflict panel.
    public var label: String {
        switch self {
        case .note: "Evidence"
        case .source: "Source"
        case .date: "Date"
        }
    }
}
