/// What a cell means, not how it looks: the terminal layer picks colours or, in monochrome, attributes.
///
/// Keeping meaning here lets the same Grid read clearly on a colour terminal, under NO_COLOR, and in a
/// plain-text snapshot.
public struct Style: Hashable, Sendable {
    public enum Role: Hashable, Sendable, CaseIterable {
        case normal, title, selected, muted, warning, keyBar, keyName, banner, heading, guidance, reminder, input, good
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
    public static let title = Style(.title, bold: true)
    public static let selected = Style(.selected, reverse: true)
    public static let muted = Style(.muted)
    public static let warning = Style(.warning, bold: true)
    public static let keyBar = Style(.keyBar)
    public static let keyName = Style(.keyName, bold: true)
    public static let banner = Style(.banner, bold: true)
    public static let heading = Style(.heading, bold: true)
    public static let guidance = Style(.guidance)
    public static let reminder = Style(.reminder, bold: true)
    public static let input = Style(.input, underline: true)
    public static let good = Style(.good)
}
