#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// Every failure a person may see, each as one sentence that says what is wrong and what to do.
public enum CaseworkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read or decoded; it has not been, and will not be, written to.
    case unreadable(file: String, detail: String)
    /// A file was written by a newer version of Casework.
    case newerSchema(file: String, found: Int, supported: Int)
    /// Someone else saved the case since it was opened.
    case conflict(reference: CaseReference, expected: Int, found: Int, by: String)
    case caseNotFound(String)
    case invalidArgument(String)
    case invalidTemplate(file: String, location: String, reason: String)
    case invalidSettings(file: String, field: String, reason: String)
    case io(path: String, operation: String, errno: Int32)
    case readOnly(reference: CaseReference, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let detail):
            return "\(file) cannot be read: \(detail). It has not been changed; restore it from a backup or move it aside."
        case .newerSchema(let file, let found, let supported):
            return "\(file) was written by a newer version of Casework (schema \(found); this version reads up to \(supported)). Upgrade Casework to work on it; it has not been changed."
        case .conflict(let reference, let expected, let found, let by):
            return "Case \(reference) was changed by \(by) while you had it open (revision \(found), you opened \(expected)). Your change was not saved; reload the case and make it again."
        case .caseNotFound(let reference):
            return "No case \(reference) in this store. Run `casework list` to see the references."
        case .invalidArgument(let message):
            return message
        case .invalidTemplate(let file, let location, let reason):
            return "\(file): \(location): \(reason)."
        case .invalidSettings(let file, let field, let reason):
            return "\(file): \(field): \(reason). Fix the field or remove the file to use the bundled settings."
        case .io(let path, let operation, let code):
            return "Could not \(operation) \(path): \(String(cString: strerror(code))). Check the folder exists and is yours."
        case .readOnly(let reference, let reason):
            return "Case \(reference) is open read-only: \(reason)."
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CaseworkError {
    /// A short reason for a file error from FoundationEssentials ("No such file or directory"), which has
    /// no `localizedDescription`; the system's own words for the errno when there is one.
    public static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let cocoa = error as? CocoaError {
            if let posix = cocoa.userInfo["NSUnderlyingError"] as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
            if cocoa.code == .fileReadNoSuchFile || cocoa.code == .fileNoSuchFile { return String(cString: strerror(ENOENT)) }
            if cocoa.code == .fileReadNoPermission { return String(cString: strerror(EACCES)) }
        }
        return String(describing: error)
    }
}
