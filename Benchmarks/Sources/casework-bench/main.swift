#if canImport(Glibc)
import Glibc
#endif
import CaseworkCore
import CaseworkUI
import Foundation

// casework-bench generate STORE COUNT      writes a fictional store; prints LARGE lines (reference, items)
// casework-bench run STORE [--quick]        measures the in-process figures on that store; prints RESULT lines

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: casework-bench generate STORE COUNT | run STORE\n".utf8))
    exit(2)
}

switch arguments[1] {
case "generate":
    let started = nowMicroseconds()
    let large = try StoreGenerator(root: arguments[2], count: Int(arguments[3])!).generate()
    for (reference, items) in large { print("LARGE\t\(reference)\t\(items)") }
    print("generated \(arguments[3]) cases in \(Int((nowMicroseconds() - started) / 1000)) ms", to: &standardError)
case "run":
    try InProcessBenchmarks(root: arguments[2]).run()
case "summary-loop":  // for profiling: casework-bench summary-loop STORE REF COUNT
    let workspace = try Workspace(storePath: arguments[2], user: "bench")
    let record = try workspace.store.load(CaseReference(arguments[3])!)
    let settings = try workspace.settings()
    let template = try workspace.templates().template(for: record)
    let profile = settings.recipients.max { $0.receives.count < $1.receives.count }!
    for _ in 0..<Int(arguments[4])! {
        let summary = SummaryGenerator(record: record, template: template, settings: settings, profile: profile,
                                       now: Timestamp.now(), user: "bench").build()
        blackHole(SummaryRenderer.render(summary, as: .text))
    }
case "list-loop":  // for profiling: casework-bench list-loop STORE COUNT
    let store = try CaseStore(root: arguments[2])
    for _ in 0..<Int(arguments[3])! { blackHole(store.list()) }
default:
    print("unknown command \(arguments[1])", to: &standardError)
    exit(2)
}

nonisolated(unsafe) var standardError = StandardError()
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
