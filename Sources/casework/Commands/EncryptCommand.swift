import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework encrypt`: encrypts an existing store in place, resumably.
struct EncryptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encrypt", abstract: "Encrypt an existing store in place (safe to run again after an interruption).",
        discussion: """
            Each case is sealed in memory and replaces its plain file by an atomic rename, so at every moment \
            each case is whole, either plain or sealed. If the run is interrupted, run it again with the same \
            passphrase to finish. Copies of the plain files in backups, and blocks the file system has freed, \
            are not erased by this: see docs/security.md.
            """)

    @OptionGroup var storeOptions: StoreOptions

    /// A new passphrase: from --passphrase-file, else asked twice.
    static func newPassphrase(_ options: StoreOptions) throws -> Data {
        PassphraseInput.disableCoreDumps()
        if let file = options.passphraseFile { return try PassphraseInput.read(file: file) }
        return try PassphraseInput.prompt("New passphrase for the case store: ", confirm: true)
    }

    func run() throws {
        let root = try storeOptions.path
        let store = try CaseStore(root: root, passphrase: storeOptions.passphrase)
        let passphrase = store.isEncrypted ? try storeOptions.passphrase() : try EncryptCommand.newPassphrase(storeOptions)
        let report = try StoreEncryption.encrypt(root: root, passphrase: passphrase, by: CaseworkEnvironment.currentUser())
        print("Sealed \(report.sealed) case files (\(report.alreadySealed) were already sealed)"
              + (report.sessionsSealed > 0 ? " and \(report.sessionsSealed) session files with unsaved drafts." : "."))
        for failure in report.failures { printError(failure) }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
