#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// The listing cache: one summary per case with the size and modification time of the file it came from,
/// kept in `index.tsv` (format: CaseIndexFile).
///
/// Saves do not touch it (a save stays one file write); listing compares each file's size and time with
/// the index, re-reads only the files that changed, and writes the index back when anything did. In an
/// encrypted store the index is sealed like a case file, since it holds subject names.
struct CaseIndex {
    /// Where format 1 (JSON) of the index lived; removed once a new index is written, and before a store is
    /// encrypted, because it holds names in clear.
    static func legacyPath(in store: CaseStore) -> String { store.root + "/index.json" }

    static let formatVersion = 2

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
        // The index and the folder are both sorted by reference: walk them side by side (no dictionaries,
        // which cost time and a copy of every listing for 10,000 cases).
        var cached = readIndex()
        if !zip(cached, cached.dropFirst()).allSatisfy({ $0.listing.reference < $1.listing.reference }) {
            cached.sort { $0.listing.reference < $1.listing.reference }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(cached.count)
        var next = 0
        var changed = false
        // fstatat relative to the open folder: no walk of the store's path for each of 10,000 files.
        let folder = open(store.casesFolder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        for reference in store.references() {
            while next < cached.count, cached[next].listing.reference < reference { next += 1 }
            var info = stat()
            guard fstatat(folder, reference.rawValue + ".json", &info, 0) == 0 else { continue }
            let size = Int64(info.st_size)
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            if next < cached.count, cached[next].listing.reference == reference, cached[next].size == size,
               cached[next].modifiedNanoseconds == modified, cached[next].listing.problem == nil {
                entries.append(cached[next])
                continue
            }
            changed = true
            do {
                let record = try store.load(reference)
                entries.append(Entry(listing: CaseListing(record: record), size: size, modifiedNanoseconds: modified))
            } catch {
                entries.append(Entry(
                    listing: CaseListing(unreadable: reference, problem: "\(error)"), size: size, modifiedNanoseconds: modified))
            }
        }
        if changed || entries.count != cached.count {
            write(entries)
            try? store.files.operations.remove(CaseIndex.legacyPath(in: store))
        }
        cached = []  // freed before the listings are copied out, to lower the peak
        return entries.map(\.listing)
    }

    /// The cached entries, or none when the index is missing, broken, sealed with another key or from
    /// another format (it is only a cache: the case files are the record).
    func readIndex() -> [Entry] {
        guard let stored = try? store.files.read(store.indexPath) else { return [] }
        if let cipher = store.cipher {
            guard let opened = try? cipher.openIndex(stored, file: store.indexPath) else { return [] }
            return CaseIndexFile.decodeEntries(opened)
        }
        guard !SealedEnvelope.isSealed(stored) else { return [] }
        return CaseIndexFile.decodeEntries(stored)
    }

    /// Writes the index, sealed in an encrypted store; a failure only means the next listing reads more.
    private func write(_ entries: [Entry]) {
        let plaintext = CaseIndexFile.encode(entries)
        if let cipher = store.cipher {
            if let sealed = try? cipher.sealIndex(plaintext) { try? store.files.write(sealed, to: store.indexPath) }
        } else {
            try? store.files.write(plaintext, to: store.indexPath)
        }
    }
}
