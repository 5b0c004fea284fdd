/// How information went: a file written by Casework, or a share made another way and recorded after it.
public enum ShareMethod: String, CaseIterable, Hashable, Sendable, Codable {
    case file
    case phone
    case meeting
    case secureEmail = "secure-email"

    public var label: String {
        switch self {
        case .file: "File written"
        case .phone: "By phone"
        case .meeting: "In a meeting"
        case .secureEmail: "By secure email"
        }
    }

    /// True when Casework writes the file itself; the other ways are recorded after the fact.
    public var writesFile: Bool { self == .file }
}
