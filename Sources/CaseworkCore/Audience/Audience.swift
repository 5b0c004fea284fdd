/// To whom a template section, an item or a threshold applies: children, adults or both.
///
/// Files store the raw word (`"children"`, `"adults"`, `"both"`) so that a check can refuse an unknown
/// word with a sentence naming the file and the item, rather than a decoder's path.
public enum Audience: String, CaseIterable, Hashable, Sendable, Codable {
    case children
    case adults
    case both

    /// The words a file may use, for error messages.
    public static let choices = allCases.map(\.rawValue).joined(separator: ", ")

    /// Whether something meant for this audience applies to a person in `group`; when the person's age
    /// is not known, everything applies.
    public func includes(_ group: AgeGroup?) -> Bool {
        switch (self, group) {
        case (.both, _), (_, nil): true
        case (.children, .child?), (.adults, .adult?): true
        default: false
        }
    }

    /// Whether everything `other` reaches is reached by this audience too.
    public func covers(_ other: Audience) -> Bool {
        self == .both || self == other
    }

    /// Reads a stored word; nil (absent) means both.
    public static func parse(_ raw: String?) -> Audience? {
        guard let raw else { return .both }
        return Audience(rawValue: raw)
    }
}
