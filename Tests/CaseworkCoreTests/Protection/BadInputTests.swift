#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CaseworkCore
import Foundation
import Testing

/// Hostile files where a case or template should be: each is refused with a message naming the file,
/// and nothing in the store is written (every file's bytes and times are the same afterwards).
@Suite struct BadInputTests {
    enum Payload: String, CaseIterable, CustomTestStringConvertible {
        case hundredMegabytes, deepNesting, invalidUTF8, wrongTypes, empty, binaryGarbage, hugeNumber
        var testDescription: String { rawValue }

        func bytes(reference: String) -> Data {
            switch self {
            case .hundredMegabytes: return Data() // made sparse on disk instead
            case .deepNesting:
                return Data(("{\"schemaVersion\":1,\"reference\":\"\(reference)\",\"subject\":" + String(repeating: "[", count: 10_000)
                    + String(repeating: "]", count: 10_000) + "}").utf8)
            case .invalidUTF8:
                var data = Data("{\"schemaVersion\":1,\"reference\":\"\(reference)\",\"subject\":{\"name\":\"".utf8)
                data.append(contentsOf: [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80])
                data.append(Data("\"}}".utf8))
                return data
            case .wrongTypes:
                return Data("{\"schemaVersion\":\"one\",\"reference\":42,\"revision\":[],\"subject\":\"nobody\"}".utf8)
            case .empty: return Data()
            case .binaryGarbage: return Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) })
            case .hugeNumber:
                return Data("{\"schemaVersion\":1e999999,\"reference\":\"\(reference)\"}".utf8)
            }
        }
    }

    /// Path -> (bytes, mtime) for every file under the store but the empty flock files in `locks/`
    /// (taking a case's lock creates its lock file; it holds no data).
    func snapshot(_ root: String) -> [String: (Data, Int)] {
        var result: [String: (Data, Int)] = [:]
        for path in Fixture.allFiles(under: root) where !path.contains("/locks/") {
            var info = stat()
            stat(path, &info)
            let data = info.st_size > 1_000_000 ? Data("\(info.st_size)".utf8) : (Fixture.bytes(path) ?? Data())
            result[path] = (data, Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
        }
        return result
    }

    func place(_ payload: Payload, at path: String, reference: String) throws {
        if payload == .hundredMegabytes {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            #expect(fd >= 0)
            #expect(ftruncate(fd, 100 * 1024 * 1024) == 0)
            close(fd)
        } else {
            try payload.bytes(reference: reference).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test(arguments: Payload.allCases)
    func aHostileCaseFileIsRefusedAndNothingIsWritten(payload: Payload) throws {
        let root = Fixture.folder()
        let store = try Fixture.plainStore(root)
        let good = try Fixture.makeCase(in: store)
        let reference = try #require(CaseReference("ZZZ-0001"))
        let path = store.path(for: reference)
        try place(payload, at: path, reference: reference.rawValue)
        let before = snapshot(root)

        for attempt in 0..<2 {
            do {
                if attempt == 0 {
                    _ = try store.load(reference)
                } else {
                    try store.update(reference, by: "tester", summary: "should not happen") { $0.lead = "x" }
                }
                Issue.record("\(payload) was accepted")
            } catch {
                let message = "\(error)"
                #expect(message.contains(path), "the message does not name the file: \(message)")
                #expect(message.count < 600, "the message is too long: \(message.prefix(200))...")
            }
        }
        let after = snapshot(root)
        #expect(before.keys.sorted() == after.keys.sorted())
        for (file, (data, time)) in before {
            #expect(after[file]?.0 == data && after[file]?.1 == time, "\(file) changed")
        }
        #expect(try store.load(good.reference) == good)
    }

    @Test(arguments: Payload.allCases)
    func aHostileTemplateIsRefusedNamingTheFile(payload: Payload) throws {
        let folder = Fixture.folder("templates")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/hostile.json"
        try place(payload, at: path, reference: "ZZZ-0001")
        let before = snapshot(folder)
        do {
            _ = try TemplateValidator.load(file: path)
            Issue.record("\(payload) was accepted as a template")
        } catch {
            #expect("\(error)".contains(path), "the message does not name the file: \(error)")
        }
        #expect(snapshot(folder).keys.sorted() == before.keys.sorted())
    }

    @Test(arguments: Payload.allCases)
    func aHostileSealedCaseIsRefused(payload: Payload) throws {
        let root = Fixture.folder()
        let store = try Fixture.encryptedStore(root)
        let record = try Fixture.makeCase(in: store)
        let path = store.path(for: record.reference)
        try place(payload, at: path, reference: record.reference.rawValue)
        let before = snapshot(root)
        do {
            _ = try store.load(record.reference)
            Issue.record("\(payload) was accepted")
        } catch {
            #expect("\(error)".contains(path), "the message does not name the file: \(error)")
        }
        #expect(snapshot(root).keys.sorted() == before.keys.sorted())
    }
}
