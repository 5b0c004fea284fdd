import FoundationEssentials

/// A store opened for work: the case files with the authority's settings and the templates they use.
///
/// Every front end (the command line, the workbench) starts here, so each reads settings and templates the
/// same way and reports a broken one with the same sentence.
public final class Workspace: @unchecked Sendable {
    public let store: CaseStore
    public let user: String
    private var cachedSettings: AuthoritySettings?
    private var cachedTemplates: TemplateLibrary?

    public init(store: CaseStore, user: String = CaseworkEnvironment.currentUser()) {
        self.store = store
        self.user = user
    }

    /// `passphrase` is asked for only when the store turns out to be encrypted: a front end passes a
    /// closure that prompts (once, before any full-screen UI starts) or reads `--passphrase-file`.
    public convenience init(
        storePath: String, user: String = CaseworkEnvironment.currentUser(), passphrase: (() throws -> Data)? = nil
    ) throws {
        self.init(store: try CaseStore(root: storePath, passphrase: passphrase), user: user)
    }

    /// The store's settings.json, or the bundled default when there is none.
    public func settings() throws -> AuthoritySettings {
        if let cachedSettings { return cachedSettings }
        // Checked again at the moment of reading: the settings decide what each recipient receives.
        try StoreTrust.checkEntry(store.settingsPath, store: store.root, folder: false)
        let loaded = try SettingsValidator.load(storePath: store.settingsPath)
        cachedSettings = loaded
        return loaded
    }

    public func templates() throws -> TemplateLibrary {
        if let cachedTemplates { return cachedTemplates }
        try StoreTrust.checkTemplates(store: store.root)
        let loaded = try TemplateLibrary.load(storeTemplatesFolder: store.templatesFolder)
        cachedTemplates = loaded
        return loaded
    }

    /// Looks up a case reference typed by a person, with a helpful error when it is malformed.
    public static func reference(_ text: String) throws -> CaseReference {
        guard let reference = CaseReference(text) else {
            throw CaseworkError.invalidArgument(
                "'\(TextSanitizer.echo(text))' is not a case reference: references look like KTR-4827 (three letters, four digits).")
        }
        return reference
    }
}
