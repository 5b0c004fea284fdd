#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CaseworkCore
import CaseworkTerminal

/// `casework`: with no subcommand, the workbench; with one, a scriptable command.
@main
struct Casework: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casework",
        abstract: "A workbench for safeguarding assessments where someone may be at risk of radicalisation.",
        discussion: """
            With no command, opens the full-screen workbench on the case store. The commands below do the \
            same work from a script. The store is --store DIR, else $CASEWORK_STORE, else \
            $XDG_DATA_HOME/casework, else ~/.local/share/casework (never a shared folder such as /tmp). A \
            store is used only if it is yours and private; a folder that is not a store is left untouched.
            """,
        version: CaseworkVersion.string,
        subcommands: [
            NewCommand.self, DetailsCommand.self, ListCommand.self, ShowCommand.self, AnswerCommand.self, ScopeCommand.self, ConcernCommand.self,
            StrengthCommand.self, AgencyCommand.self, ActionCommand.self, DecideCommand.self,
            HistoryCommand.self, TemplateCommand.self, SettingsCommand.self,
            OpennessCommand.self, AgreementCommand.self, PeopleCommand.self, SummaryCommand.self, ShareCommand.self, StatsCommand.self, DemoCommand.self,
            GenerateFictionalCommand.self,
            InitCommand.self, EncryptCommand.self, PassphraseCommand.self, AuditCommand.self, RetentionCommand.self,
            SubjectAccessCommand.self,
        ]
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var screenOptions: ScreenOptions

    func run() throws {
        let workspace = try storeOptions.workspace()
        try Workbench.run(workspace: workspace, accessible: screenOptions.isAccessible)
    }

    /// The parser's own `main`, except that an error reaches standard error through the sanitiser: an
    /// argument or a stored key quoted in it cannot retitle or clear the terminal, and a long one is cut.
    /// Help, `--version` and completion scripts (clean exits) are printed to standard output unchanged.
    static func main() {
        do {
            try refuseArgumentsThatAreNotText()
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if code == .success {
                if !text.isEmpty { Swift.print(text) }
            } else if !text.isEmpty {
                printError(text)
            }
            Glibc.exit(code.rawValue)
        }
    }

    /// Bytes that are not UTF-8 would reach the commands as U+FFFD and be stored as if typed; a subject
    /// made only of them would pass every "cannot be empty" check. They are refused before parsing.
    static func refuseArgumentsThatAreNotText() throws {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index], String(validatingCString: raw) == nil else { continue }
            throw CaseworkError.invalidArgument(
                "Argument \(index) holds bytes that are not UTF-8 text; type it again (or convert it with iconv) so it is stored as written.")
        }
    }
}

enum CaseworkVersion {
    static let string = "0.1.0"
}
