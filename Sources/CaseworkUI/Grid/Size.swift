/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The design size; anything smaller gets a single line asking for more room.
    public static let minimum = Size(columns: 80, rows: 24)

    public var isLargeEnough: Bool { columns >= Size.minimum.columns && rows >= Size.minimum.rows }
}
