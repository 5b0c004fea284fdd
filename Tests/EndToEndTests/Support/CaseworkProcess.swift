import Foundation

/// Runs the real `casework` binary, the one `swift test` builds beside the test bundle.
enum CaseworkProcess {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    static var binary: String {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        return (bundle as NSString).deletingLastPathComponent + "/casework"
    }

    /// Runs to completion and returns exit status and both outputs. `store` becomes CASEWORK_STORE (nil
    /// leaves the environment's); `input` is written to standard input (else it is /dev/null); after
    /// `timeout` seconds the process is stopped with SIGTERM.
    @discardableResult
    static func run(
        _ arguments: [String], store: String?, in directory: String? = nil, environment extra: [String: String] = [:],
        input: String? = nil, timeout: TimeInterval? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var environment = ProcessInfo.processInfo.environment
        if let store { environment["CASEWORK_STORE"] = store }
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { process.terminate() }
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a shell script with the binary as $CASEWORK and the store as $CASEWORK_STORE.
    @discardableResult
    static func shell(_ script: String, store: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["CASEWORK_STORE"] = store
        environment["CASEWORK"] = binary
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
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
