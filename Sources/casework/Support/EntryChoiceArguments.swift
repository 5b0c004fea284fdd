import ArgumentParser
import CaseworkCore

/// Pairs each `--leave-out ID`, `--add ID` and `--name-ok NAME` with the `--because` that follows it,
/// in the order typed: the parser collects each option on its own, so the order comes from the raw
/// arguments.
enum EntryChoiceArguments {
    static func pairs(in arguments: [String]) throws -> (entries: [EntryChoice], names: [NameConfirmation]) {
        var choices: [EntryChoice] = []
        var names: [NameConfirmation] = []
        var pending: (id: String, include: Bool?)?
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
            for (name, include) in [("--leave-out", false), ("--add", true), ("--name-ok", nil)] as [(String, Bool?)]
            where argument == name || argument.hasPrefix(name + "=") {
                if let pending { throw unexplained(pending) }
                pending = (try value(name), include)
            }
            if argument == "--because" || argument.hasPrefix("--because=") {
                let reason = try value("--because")
                guard let chosen = pending else { throw ValidationError("--because follows the --leave-out ID, --add ID or --name-ok NAME it explains.") }
                if let include = chosen.include {
                    choices.append(EntryChoice(id: chosen.id, include: include, reason: reason))
                } else {
                    names.append(NameConfirmation(name: chosen.id, reason: reason))
                }
                pending = nil
            }
            index += 1
        }
        if let pending { throw unexplained(pending) }
        return (choices, names)
    }

    static func unexplained(_ pending: (id: String, include: Bool?)) -> ValidationError {
        let what = pending.include.map { $0 ? "is added" : "is left out" } ?? "may be named"
        return ValidationError("Say why \(pending.id) \(what) with --because right after it.")
    }
}
