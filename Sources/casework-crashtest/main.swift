#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CaseworkCore
import Foundation

// A test helper, not shipped: saves cases in a loop so that the crash-loop test can kill -9 it at random
// moments. Usage: casework-crashtest STORE [--passphrase-file FILE --test-kdf-n N] [--canary TEXT] REF...
// Prints "ready", then "begin REF N" before and "done REF N" after each save, unbuffered, so the test
// knows which save was complete and which was in flight when the process died.

func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(1, $0.baseAddress!, $0.count) }
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else {
    say("usage: casework-crashtest STORE [--passphrase-file FILE --test-kdf-n N] [--canary TEXT] REF...")
    exit(2)
}
let root = arguments.removeFirst()
var passphraseFile: String?
var kdfN = 1 << 10
var canary = "canary"
var references: [CaseReference] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--passphrase-file": passphraseFile = arguments.removeFirst()
    case "--test-kdf-n": kdfN = Int(arguments.removeFirst()) ?? kdfN
    case "--canary": canary = arguments.removeFirst()
    default:
        guard let reference = CaseReference(argument) else { say("bad reference \(argument)"); exit(2) }
        references.append(reference)
    }
}

/// The counter a save writes, kept in the referral reason after the canary.
func counter(of record: CaseRecord) -> Int {
    Int(record.referral.reason.split(separator: "=").last ?? "") ?? 0
}

do {
    let passphrase: (() throws -> Data)? = passphraseFile.map { file in { try Data(contentsOf: URL(fileURLWithPath: file)) } }
    let store = try CaseStore(root: root, passphrase: passphrase, keyPolicy: .testing(n: kdfN))
    say("ready")
    var turn = 0
    while true {
        let reference = references[turn % references.count]
        turn += 1
        let next = counter(of: try store.load(reference)) + 1
        say("begin \(reference) \(next)")
        try store.update(reference, by: "crashtest", summary: "counter \(next)") { record in
            record.referral.reason = "\(canary) counter=\(next)"
        }
        say("done \(reference) \(next)")
    }
} catch {
    say("error \(error)")
    exit(1)
}
