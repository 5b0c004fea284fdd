/// A template's `MAJOR.MINOR.PATCH` version, ordered by number so that 10.0.0 comes after 9.0.0.
/// Parts that are not numbers count as 0, so an odd version still sorts somewhere rather than failing.
public struct TemplateVersion: Comparable, Hashable, Sendable {
    public let parts: [Int]

    public init(_ text: String) {
        parts = text.split(separator: ".").map { Int($0) ?? 0 }
    }

    public static func < (lhs: TemplateVersion, rhs: TemplateVersion) -> Bool {
        let count = max(lhs.parts.count, rhs.parts.count)
        for index in 0..<count {
            let left = index < lhs.parts.count ? lhs.parts[index] : 0
            let right = index < rhs.parts.count ? rhs.parts[index] : 0
            if left != right { return left < right }
        }
        return false
    }
}
