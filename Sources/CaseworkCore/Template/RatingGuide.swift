/// A rated item's short picture of where "some concern" ends and "significant concern" begins.
///
/// Most practitioners say they are unsure of thresholds; a sentence for each rating on the item itself
/// answers that where the question is asked. It describes what is seen, never a score.
public struct RatingGuide: Hashable, Sendable, Codable {
    /// The longest a guide sentence may be, so that both fit under the item at 80 columns.
    public static let maximumLength = 200

    public var someConcern: String
    public var significantConcern: String

    public init(someConcern: String, significantConcern: String) {
        self.someConcern = someConcern
        self.significantConcern = significantConcern
    }
}
