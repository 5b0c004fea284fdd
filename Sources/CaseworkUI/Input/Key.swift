/// A key press, already decoded by the terminal layer, so update logic never sees terminal codes.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case wordLeft, wordRight, insert
    case function(Int)
}
