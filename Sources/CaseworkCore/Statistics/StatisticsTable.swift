/// One table of anonymised counts: a category per row, with small counts suppressed.
public struct StatisticsTable: Hashable, Sendable, Codable {
    public var title: String
    public var rows: [Row]

    public struct Row: Hashable, Sendable, Codable {
        public var label: String
        /// Nil when suppressed: below the threshold, or hidden so a suppressed cell cannot be worked out.
        public var count: Int?
    }
}
