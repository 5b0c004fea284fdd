/// How the case list is ordered; `s` cycles through them.
public enum CaseSort: String, Hashable, Sendable, CaseIterable {
    case lastChange, reference, status

    public var label: String {
        switch self {
        case .lastChange: "last change"
        case .reference: "reference"
        case .status: "status"
        }
    }
}
