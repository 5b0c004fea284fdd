#if canImport(Glibc)
import Glibc
#endif
import CaseworkTestSupport
import Foundation

/// Runs the real `casework` binary, the one `swift test` builds beside the test bundle.
enum CaseworkProcess {
    typealias Result = ChildProcess.Result

    static var binary: String {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        return (bundle as NSString).deletingLastPathComponent + "/casework"
    }

    /// Runs to completion and returns exit status and both outputs. `store` becomes CASEWORK_STORE (nil
    /// leaves the environment's); `input` is written to standard input (else it is /dev/null); after
    /// `timeout` seconds the process is stopped with SIGTERM (then SIGKILL), so no test waits for ever.
    @discardableResult
    static func run(
        _ arguments: [String], store: String?, in directory: String? = nil, environment extra: [String: String] = [:],
        input: String? = nil, timeout: TimeInterval = 120
    ) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        if let store { environment["CASEWORK_STORE"] = store }
        for (key, value) in extra { environment[key] = value }
        return try ChildProcess.run(binary, arguments, environment: environment, directory: directory,
                                    input: input.map { Data($0.utf8) }, timeout: timeout, stopSignal: SIGTERM)
    }

    /// Runs a shell script with the binary as $CASEWORK and the store as $CASEWORK_STORE.
    @discardableResult
    static func shell(_ script: String, store: String, timeout: TimeInterval = 300) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["CASEWORK_STORE"] = store
        environment["CASEWORK"] = binary
        return try ChildProcess.run("/bin/bash", ["-c", script], environment: environment, timeout: timeout)
    }
}

/// A temporary folder for one test, removed afterwards.
final class Sandbox {
    let folder: String
    var store: String { folder + "/store" }

    init() throws {
        folder = NSTemporaryDirectory() + "casework-e2e-\(getpid())-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs the binary on this sandbox's store, in its folder (so relative output paths land here).
    func run(_ arguments: [String]) throws -> CaseworkProcess.Result {
        try CaseworkProcess.run(arguments, store: store, in: folder)
    }

    func caseFile(_ reference: String) -> String { store + "/cases/\(reference).json" }

    func caseJSON(_ reference: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: caseFile(reference)))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func mode(_ path: String) -> Int {
        var info = stat()
        stat(path, &info)
        return Int(info.st_mode & 0o777)
    }
}
