import ArgumentParser
import CaseworkCore

/// `casework audit verify | show REF`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the audit trail, or list one case's trail.", subcommands: [Verify.self, Show.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain and name the first entry that was altered, removed or reordered.",
            discussion: """
                Write the printed head hash somewhere else (a ticket, a notebook): it is how a cut-off tail shows. \
                With --cases, also compares every case file's revision with its trail (needs the passphrase of an \
                encrypted store) to find files rolled back, changed without being logged, or removed without a trace.
                """)
        @OptionGroup var storeOptions: StoreOptions
        @Flag(help: "Also compare each case file with its trail.") var cases = false

        func run() throws {
            // The trail holds no case data, so checking it needs no passphrase.
            let audit = AuditLog(root: try storeOptions.path, files: DurableFile(), now: { Timestamp.now() })
            let result = try audit.verify()
            for warning in result.warnings { printError("\(audit.path): \(warning).") }
            if let problem = result.problem {
                printError("\(audit.path): \(problem). Keep the file as it is and report it to your data protection officer.")
                throw ExitCode(1)
            }
            print("\(result.entries) entries, chain intact. Head \(result.headHash)")
            guard cases else { return }
            let findings = try AuditCrossCheck.run(store: try storeOptions.workspace().store)
            for finding in findings { printError("Case \(finding.reference) \(finding.message).") }
            if !findings.isEmpty { throw ExitCode(1) }
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
