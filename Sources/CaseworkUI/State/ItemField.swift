/// A field of the current checklist item.
public enum ItemField: String, Hashable, Sendable {
    case note, source, date
}
