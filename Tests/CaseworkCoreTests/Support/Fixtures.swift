import Foundation
@testable import CaseworkCore

/// Builders for the fictional cases and stores the tests share.
enum Fixtures {
    static let user = "test.worker"
    static let day = LocalDate(year: 2026, month: 11, day: 24)!

    /// A clock that starts at a fixed moment and moves one second per reading, so saves are ordered.
    final class SteppingClock: @unchecked Sendable {
        private let lock = NSLock()
        private var seconds: Int64 = 1_795_500_000

        func now() -> Timestamp {
            lock.lock()
            defer { lock.unlock() }
            seconds += 1
            return Timestamp(secondsSinceEpoch: seconds)
        }
    }

    static func template() throws -> ChecklistTemplate {
        try TemplateValidator.load(file: try BundledResources.defaultTemplatePath())
    }

    static func store(in folder: TemporaryFolder, clock: SteppingClock = SteppingClock()) throws -> CaseStore {
        try CaseStore(root: folder.file("store"), now: { clock.now() })
    }

    /// A new case about an invented teenager.
    static func newCase(in store: CaseStore, name: String = "Rowan Ashdown") throws -> CaseRecord {
        try store.create(
            subject: Subject(name: name, dateOfBirth: LocalDate(year: 2011, month: 4, day: 2)),
            referral: Referral(reason: "Form tutor heard repeated praise for a recent attack.", receivedOn: day, referrer: "Ms Example", referrerRole: "Form tutor"),
            lead: user, template: try template(), by: user)
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func mode(_ path: String) -> Int {
        var info = stat()
        stat(path, &info)
        return Int(info.st_mode & 0o777)
    }
}
