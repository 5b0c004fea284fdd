/// Which assessment answers a recipient needs by default, when not the whole assessment: the items rated
/// at least some concern in the named sections, and named items whenever they are answered. The bundled
/// police profile uses it for what a Prevent referral asks for (DOMAIN.md): the indicators in
/// engagement, intent and capability with their evidence, immediate safety, any stated wish to harm and
/// its targets, online activity and contacts, additional needs, and the parents' view.
public struct AssessmentScope: Hashable, Sendable, Codable {
    /// Template section ids whose items go when rated `some-concern` or `significant-concern`.
    public var concernsIn: [String]
    /// Template item ids that go whenever they are answered, whatever the rating.
    public var items: [String]

    public init(concernsIn: [String], items: [String]) {
        self.concernsIn = concernsIn
        self.items = items
    }

    /// True when this answered item is in scope.
    public func covers(_ itemID: String, section: String, status: AnswerStatus) -> Bool {
        if items.contains(itemID) { return true }
        return concernsIn.contains(section) && (status == .someConcern || status == .significantConcern)
    }

    /// True when the scope reaches into this section at all (so its unknowns are reported).
    public func reaches(section: String, itemIDs: [String]) -> Bool {
        concernsIn.contains(section) || itemIDs.contains(where: items.contains)
    }
}
