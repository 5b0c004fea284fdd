#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// The listing index on disk (`index.tsv`): one line per case, tab-separated, read without a JSON parser.
///
/// Foundation's JSONDecoder took about 150 ms for the JSON index of 10,000 cases (3.4 MB) on a 2-core
/// machine, more than the whole listing budget; splitting lines and tabs by hand takes a few. The file is a
/// cache: a line that does not parse is dropped, so that case is read from its own file again.
///
///     casework-index<TAB>3
///     REF size mtime-ns updated-s revision status answered concerns template threshold review lead initials name problem template-version
///
/// Text fields escape backslash, tab, newline and carriage return as `\\`, `\t`, `\n`, `\r`. An empty
/// threshold or review date is none; a problem is written with a leading `!` (empty: none).
enum CaseIndexFile {
    static let header = "casework-index\t3"
    static let fieldCount = 16

    static func encode(_ entries: [CaseIndex.Entry]) -> Data {
        var text = header + "\n"
        text.reserveCapacity(entries.count * 140)
        for entry in entries {
            let l = entry.listing
            let fields: [String] = [
                l.reference.rawValue, String(entry.size), String(entry.modifiedNanoseconds),
                String(l.updatedAt.secondsSinceEpoch), String(l.revision), l.status.rawValue, String(l.answeredItems),
                String(l.concerns), escape(l.templateID), escape(l.threshold ?? ""), l.reviewOn?.iso8601 ?? "",
                escape(l.lead), escape(l.subjectInitials), escape(l.subjectName), l.problem.map { "!" + escape($0) } ?? "",
                escape(l.templateVersion),
            ]
            text += fields.joined(separator: "\t")
            text += "\n"
        }
        return Data(text.utf8)
    }

    /// The entries of a well-formed index keyed by reference; empty for a missing file or another format.
    static func decode(_ data: Data) -> [String: CaseIndex.Entry] {
        let entries = decodeEntries(data)
        var result: [String: CaseIndex.Entry] = [:]
        result.reserveCapacity(entries.count)
        for entry in entries { result[entry.listing.reference.rawValue] = entry }
        return result
    }

    /// The entries in file order (by reference).
    static func decodeEntries(_ data: Data) -> [CaseIndex.Entry] {
        data.withUnsafeBytes { raw -> [CaseIndex.Entry] in
            let bytes = raw.bindMemory(to: UInt8.self)
            let headerBytes = Array(header.utf8)
            guard bytes.count > headerBytes.count, bytes[headerBytes.count] == 0x0A,
                  zip(headerBytes, bytes).allSatisfy({ $0 == $1 }) else { return [] }
            var result: [CaseIndex.Entry] = []
            result.reserveCapacity(bytes.count / 120)
            var strings = StringPool()
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(fieldCount)
            var lineStart = headerBytes.count + 1
            var fieldStart = lineStart
            var index = lineStart
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x09 {
                    ranges.append(fieldStart..<index)
                    fieldStart = index + 1
                } else if byte == 0x0A {
                    ranges.append(fieldStart..<index)
                    if let entry = entry(ranges, bytes, &strings) { result.append(entry) }
                    ranges.removeAll(keepingCapacity: true)
                    lineStart = index + 1
                    fieldStart = lineStart
                }
                index += 1
            }
            return result
        }
    }

    /// One String for each distinct value of the fields that repeat from case to case (template, threshold,
    /// lead), instead of one allocation per case: 10,000 listings hold a few MB less.
    struct StringPool {
        private var known: [String: String] = [:]

        mutating func intern(_ value: String) -> String {
            if value.utf8.count <= 15 { return value }  // small strings are stored inline anyway
            if let existing = known[value] { return existing }
            if known.count < 1_000 { known[value] = value }
            return value
        }
    }

    private static func entry(_ f: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ strings: inout StringPool) -> CaseIndex.Entry? {
        guard f.count == fieldCount else { return nil }
        func text(_ i: Int) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[f[i]])
            let string = String(decoding: slice, as: UTF8.self)
            return slice.contains(0x5C) ? unescape(string) : string
        }
        func number(_ i: Int) -> Int64? {
            var value: Int64 = 0
            var negative = false
            var any = false
            for position in f[i] {
                let byte = bytes[position]
                if byte == 0x2D, position == f[i].lowerBound { negative = true; continue }
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value &* 10 &+ Int64(byte - 0x30)
                any = true
            }
            return any ? (negative ? -value : value) : nil
        }
        guard let reference = CaseReference(stored: text(0)), let size = number(1), let modified = number(2),
              let updated = number(3), let revision = number(4), let status = CaseStatus(rawValue: text(5)),
              let answered = number(6), let concerns = number(7) else { return nil }
        let threshold = strings.intern(text(9))
        let review = text(10)
        let problem = text(14)
        var listing = CaseListing(unreadable: reference, problem: "")
        listing.subjectName = text(13)
        listing.subjectInitials = text(12)
        listing.status = status
        listing.lead = strings.intern(text(11))
        listing.updatedAt = Timestamp(secondsSinceEpoch: updated)
        listing.revision = Int(revision)
        listing.templateID = strings.intern(text(8))
        listing.templateVersion = strings.intern(text(15))
        listing.answeredItems = Int(answered)
        listing.concerns = Int(concerns)
        listing.threshold = threshold.isEmpty ? nil : threshold
        if !review.isEmpty {
            guard let day = LocalDate(iso8601: review) else { return nil }
            listing.reviewOn = day
        }
        listing.problem = problem.hasPrefix("!") ? String(problem.dropFirst()) : nil
        return CaseIndex.Entry(listing: listing, size: size, modifiedNanoseconds: modified)
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.unicodeScalars.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension CaseIndexFile {
    /// The references of the `REF.json` files in a folder, sorted, read with readdir: FileManager's
    /// contentsOfDirectory costs several milliseconds more for 10,000 files.
    static func references(inFolder folder: String) -> [CaseReference] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var result: [CaseReference] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String? in
                let bytes = raw.bindMemory(to: UInt8.self)
                // "KTR-4827.json": 13 bytes, then NUL.
                guard bytes.count > 13, bytes[13] == 0, bytes[0] != 0x2E,
                      bytes[8] == 0x2E, bytes[9] == 0x6A, bytes[10] == 0x73, bytes[11] == 0x6F, bytes[12] == 0x6E
                else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<8]), as: UTF8.self)
            }
            if let name, let reference = CaseReference(stored: name) { result.append(reference) }
        }
        return result.sorted()
    }
}

extension CaseIndexFile {
    /// The names of `.NAME.tmp` files in a folder (temp files of saves), read with readdir.
    static func hiddenTempNames(inFolder folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var result: [String] = []
        while let entry = readdir(directory) {
            guard entry.pointee.d_name.0 == 0x2E else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasSuffix(".tmp") { result.append(name) }
        }
        return result
    }
}

extension CaseStore {
    /// The list as the index has it, without looking at the case files: what the workbench draws its first
    /// screen from (10,000 cases in a few milliseconds), before `list()` checks every file and re-reads the
    /// changed ones. Empty when there is no usable index.
    public func listFromIndex() -> [CaseListing] {
        CaseIndex(store: self).readIndex().map(\.listing)
    }
}
