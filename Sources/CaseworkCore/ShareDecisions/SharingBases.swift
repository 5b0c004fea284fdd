/// The lawful bases and special category conditions an authority's practitioners choose from per share.
public struct SharingBases: Hashable, Sendable, Codable {
    public var article6: [LawfulBasis]
    public var article9: [SpecialCategoryCondition]

    public init(article6: [LawfulBasis], article9: [SpecialCategoryCondition]) {
        self.article6 = article6
        self.article9 = article9
    }

    public func basis(id: String) -> LawfulBasis? { article6.first { $0.id == id } }
    public func condition(id: String) -> SpecialCategoryCondition? { article9.first { $0.id == id } }
}
