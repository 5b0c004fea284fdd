/// A rectangle of the screen.
public struct Box: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public var bottom: Int { row + height }
}
