import CaseworkCore
import CaseworkUI
import Testing

/// Random keys, pastes and resizes in training mode, the walkthrough and echo toggled at random: nothing
/// traps, and every screen drawn, at every size, still shows the banner.
@Suite struct TrainingRandomKeysTests {
    static let keys = RandomKeysTests.keys + [TrainingMode.hintsKey, TrainingMode.echoKey, TrainingMode.hintsKey]

    @Test(arguments: [11, 12] as [UInt64])
    func bannerOnEveryScreenWhateverTheKeys(seed: UInt64) {
        var generator = RandomKeysTests.SplitMix(state: seed)
        var state = Fixtures.openState()
        state.training = TrainingMode(options: TrainingOptions(guided: true, echoKeys: true))
        let sizes = [Fixtures.small, Fixtures.large, Size(columns: 100, rows: 30), Size(columns: 40, rows: 10)]
        var size = Fixtures.small
        for step in 0..<1000 {
            let roll = Int.random(in: 0..<100, using: &generator)
            var effects: [Effect]
            if roll < 3 {
                size = sizes.randomElement(using: &generator)!
                effects = update(&state, .resize(size))
            } else if roll < 6 {
                effects = update(&state, .paste("pasted «text» 日本\nnext line \u{1B}[2J"))
            } else {
                effects = update(&state, .key(Self.keys.randomElement(using: &generator)!))
            }
            for effect in effects {
                switch effect {
                case .save(let record, _, _):
                    var saved = record
                    saved.revision += 1
                    _ = update(&state, .saved(saved))
                case .quit:
                    state.quitting = false
                case .openCase, .closeCase, .listCases:
                    if state.open == nil, Int.random(in: 0..<3, using: &generator) == 0 {
                        _ = update(&state, .opened(OpenCase(record: Fixtures.record(), template: Fixtures.template)))
                    }
                default:
                    break
                }
            }
            let grid = view(state, size: size)
            #expect(grid.text.contains(TrainingOptions.defaultBanner), "no banner at step \(step) on \(state.screen) at \(size)")
            if grid.text.contains(TrainingOptions.defaultBanner) == false { return }
        }
    }
}
