import CaseworkCore
import CaseworkUI
import Testing

/// Thousands of seeded random keys, pastes and resizes through every screen: update and view must never
/// trap, and the cursor, when shown, must be on the screen.
@Suite struct RandomKeysTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let keys: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab, .backspace,
        .delete, .wordLeft, .wordRight, .insert, .function(1), .function(2), .function(4), .ctrl("s"), .ctrl("w"),
        .char("0"), .char("1"), .char("2"), .char("n"), .char("u"), .char("x"), .char("?"), .char("]"), .char("["),
        .char("c"), .char("d"), .char("s"), .char("e"), .char("a"), .char("o"), .char("t"), .char("p"), .char("i"),
        .char("f"), .char("y"), .char("j"), .char("k"), .char("/"), .char(" "), .char("+"), .char("-"), .char("日"),
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomKeysNeverBreakTheWorkbench(seed: UInt64) {
        var generator = SplitMix(state: seed)
        var state = Fixtures.openState()
        let sizes = [Fixtures.small, Fixtures.large, Size(columns: 100, rows: 30), Size(columns: 40, rows: 10)]
        var size = Fixtures.small
        for step in 0..<1500 {
            let roll = Int.random(in: 0..<100, using: &generator)
            var effects: [Effect]
            if roll < 3 {
                size = sizes.randomElement(using: &generator)!
                effects = update(&state, .resize(size))
            } else if roll < 6 {
                effects = update(&state, .paste("pasted «text» 日本\nnext line \u{1B}[2J"))
            } else if roll < 9 {
                effects = update(&state, .tick(Fixtures.now.adding(seconds: Int64(step))))
            } else {
                effects = update(&state, .key(RandomKeysTests.keys.randomElement(using: &generator)!))
            }
            // Stand in for the runner: saves succeed, quitting and closing reopen the fixture case.
            for effect in effects {
                switch effect {
                case .save(let record, _, _):
                    var saved = record
                    saved.revision += 1
                    _ = update(&state, .saved(saved))
                case .quit:
                    state.quitting = false
                case .openCase, .closeCase, .listCases:
                    if state.open == nil, Int.random(in: 0..<4, using: &generator) == 0 {
                        _ = update(&state, .opened(OpenCase(record: Fixtures.record(), template: Fixtures.template)))
                    }
                default:
                    break
                }
            }
            let grid = view(state, size: size)
            if let cursor = grid.cursor {
                #expect(cursor.row >= 0 && cursor.row < size.rows && cursor.column >= 0 && cursor.column <= size.columns,
                        "cursor off screen at step \(step) on \(state.screen)")
            }
        }
    }
}
