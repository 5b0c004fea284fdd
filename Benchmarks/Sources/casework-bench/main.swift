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
default:
    print("unknown command \(arguments[1])", to: &standardError)
    exit(2)
}

nonisolated(unsafe) var standardError = StandardError()
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
