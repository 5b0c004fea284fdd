#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CaseworkCore

/// `casework audit verify | show REF`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the audit trail, or list one case's trail.", subcommands: [Verify.self, Show.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the audit trail: name the first entry altered, removed or reordered, and any cut from the end.",
            discussion: """
                Fails when the trail is missing, empty or unreadable while the store holds cases, when a line is \
                not an entry, when a case's revision is logged twice or goes backwards (an older copy put back), \
                and when audit.head records more entries than the trail holds (its end was cut). In an encrypted \
                store the trail is sealed with the store's key, so checking it needs the passphrase. With --cases, \
                also compares every case file's revision with its trail to find files rolled back, changed \
                without being logged, or removed without a trace.
                """)
        @OptionGroup var storeOptions: StoreOptions
        @Flag(help: "Also compare each case file with its trail.") var cases = false

        func run() throws {
            // A plain store's trail is checked without opening the store; an encrypted one's is keyed.
            let root = try storeOptions.path
            let encrypted = access(root + "/" + StoreKeyFile.fileName, F_OK) == 0
            let workspace = encrypted || cases ? try storeOptions.workspace() : nil
            let audit = workspace?.store.audit ?? AuditLog(root: root, files: DurableFile(), now: { Timestamp.now() })
            let result = try audit.verify()
            for warning in result.warnings { printError("\(audit.path): \(warning).") }
            if let problem = result.problem {
                printError("\(audit.path): \(problem). Keep the store as it is, compare audit.jsonl and audit.head with your latest backup, and report it to your data protection officer.")
                throw ExitCode(1)
            }
            print("\(result.entries) entries, chain intact. Head \(result.headHash)")
            guard let workspace else { return }
            let findings = try AuditCrossCheck.run(store: workspace.store)
            for finding in findings { printError("Case \(finding.reference) \(finding.message).") }
            if !findings.isEmpty {
                printError("Keep the store as it is, restore the cases named from your latest backup, and report it to your data protection officer.")
                throw ExitCode(1)
            }
            print("Every case file matches its trail.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a case's audit trail, oldest first.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The case reference.") var reference: String

        func run() throws {
            let audit = AuditLog(root: try storeOptions.path, files: DurableFile(), now: { Timestamp.now() })
            let trail = try audit.trail(for: try Workspace.reference(reference))
            if trail.isEmpty { print("No audit entries for \(reference).") }
            for entry in trail {
                var line = "#\(entry.seq) \(entry.time) \(entry.action.rawValue) by \(TextSanitizer.line(entry.actor))"
                if let ssh = entry.sshClient { line += " from \(TextSanitizer.line(ssh))" }
                if let revision = entry.revision { line += " rev \(revision)" }
                if let fields = entry.fields, !fields.isEmpty { line += " [\(TextSanitizer.line(fields.joined(separator: ", ")))]" }
                if let detail = entry.detail { line += ": \(TextSanitizer.line(detail))" }
                print(line)
            }
        }
    }
}
