import ArgumentParser
import CaseworkCore

/// Pairs each `--leave-out ID` and `--add ID` with the `--because` that follows it, in the order typed:
/// the parser collects each option on its own, so the order comes from the raw arguments.
enum EntryChoiceArguments {
    static func pairs(in arguments: [String]) throws -> [EntryChoice] {
        var choices: [EntryChoice] = []
        var pending: (id: String, include: Bool)?
        var index = 0
        func value(_ name: String) throws -> String {
            let argument = arguments[index]
            if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
            index += 1
            guard index < arguments.count else { throw ValidationError("\(name) needs a value.") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            for (name, include) in [("--leave-out", false), ("--add", true)] where argument == name || argument.hasPrefix(name + "=") {
                if let pending { throw ValidationError("Say why \(pending.id) is \(pending.include ? "added" : "left out") with --because right after it.") }
                pending = (try value(name), include)
            }
            if argument == "--because" || argument.hasPrefix("--because=") {
                let reason = try value("--because")
                guard let chosen = pending else { throw ValidationError("--because follows the --leave-out ID or --add ID it explains.") }
                choices.append(EntryChoice(id: chosen.id, include: chosen.include, reason: reason))
                pending = nil
            }
            index += 1
        }
        if let pending { throw ValidationError("Say why \(pending.id) is \(pending.include ? "added" : "left out") with --because right after it.") }
        return choices
    }
}
