import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework passphrase`: changes the passphrase by rewrapping the store key; no case is re-encrypted.
struct PassphraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase", abstract: "Change an encrypted store's passphrase.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .customLong("new-passphrase-file"), help: ArgumentHelp("Read the new passphrase from this file.", valueName: "file"))
    var newPassphraseFile: String?

    func run() throws {
        PassphraseInput.disableCoreDumps()
        let root = try storeOptions.path
        let old = try storeOptions.passphraseFile.map(PassphraseInput.read(file:))
            ?? PassphraseInput.prompt("Current passphrase: ")
        let new = try newPassphraseFile.map(PassphraseInput.read(file:))
            ?? PassphraseInput.prompt("New passphrase: ", confirm: true)
        try StoreEncryption.changePassphrase(root: root, old: old, new: new, by: CaseworkEnvironment.currentUser())
        print("Changed the passphrase of \(root).")
    }
}
