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

    /// Runs to completion with the given store, returning exit status and both outputs.
    @discardableResult
    static func run(_ arguments: [String], store: String, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CASEWORK_STORE"] = store
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
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
