#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The listing cache: one summary per case with the size and modification time of the file it came from.
///
/// Saves do not touch it (a save stays one file write); listing compares each file's size and time with
/// the index, re-reads only the files that changed, and writes the index back when anything did. In an
/// encrypted store the index is sealed, since it holds subject names.
struct CaseIndex {
    static let formatVersion = 1

    struct Entry: Codable {
        var listing: CaseListing
        var size: Int64
        var modifiedNanoseconds: Int64
    }

    struct File: Codable {
        var formatVersion: Int
        var entries: [String: Entry]
    }

    let store: CaseStore

    func listings() -> [CaseListing] {
        let cached = readIndex()
        var entries: [String: Entry] = [:]
        var changed = false
        for reference in store.references() {
            let path = store.path(for: reference)
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            let size = Int64(info.st_size)
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            if let entry = cached[reference.rawValue], entry.size == size, entry.modifiedNanoseconds == modified,
               entry.listing.problem == nil {
                entries[reference.rawValue] = entry
                continue
            }
            changed = true
            do {
                let record = try store.load(reference)
                entries[reference.rawValue] = Entry(listing: CaseListing(record: record), size: size, modifiedNanoseconds: modified)
            } catch {
                entries[reference.rawValue] = Entry(
                    listing: CaseListing(unreadable: reference, problem: "\(error)"), size: size, modifiedNanoseconds: modified)
            }
        }
        if changed || entries.count != cached.count {
            if let plaintext = try? CaseCodec.encodeLine(File(formatVersion: CaseIndex.formatVersion, entries: entries)) {
                // Subject names are in the index: in an encrypted store it is sealed like a case file.
                if let cipher = store.cipher {
                    if let sealed = try? cipher.sealIndex(plaintext) { try? store.files.write(sealed, to: store.indexPath) }
                } else {
                    try? store.files.write(plaintext, to: store.indexPath)
                }
            }
        }
        return entries.values.map(\.listing).sorted { $0.reference < $1.reference }
    }

    /// The cached entries, or none when the index is missing, broken or from another format.
    private func readIndex() -> [String: Entry] {
        guard let stored = try? store.files.read(store.indexPath),
              let data = store.cipher == nil ? stored : try? store.cipher!.openIndex(stored, file: store.indexPath),
              let file = try? JSONDecoder().decode(File.self, from: data),
              file.formatVersion == CaseIndex.formatVersion
        else { return [:] }
        return file.entries
    }
}
