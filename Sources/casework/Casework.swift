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
            $XDG_DATA_HOME/casework, else ~/.local/share/casework.
            """,
        version: CaseworkVersion.string,
        subcommands: [
            NewCommand.self, ListCommand.self, ShowCommand.self, AnswerCommand.self, ConcernCommand.self,
            StrengthCommand.self, AgencyCommand.self, ActionCommand.self, DecideCommand.self,
            HistoryCommand.self, TemplateCommand.self, SettingsCommand.self,
            OpennessCommand.self, AgreementCommand.self, PeopleCommand.self, SummaryCommand.self, ShareCommand.self, StatsCommand.self, DemoCommand.self,
            GenerateFictionalCommand.self,
            InitCommand.self, EncryptCommand.self, PassphraseCommand.self, AuditCommand.self, RetentionCommand.self,
            SubjectAccessCommand.self,
        ]
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let workspace = try storeOptions.workspace()
        try Workbench.run(workspace: workspace)
    }
}

enum CaseworkVersion {
    static let string = "0.1.0"
}
