import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework init [--encrypt]`: creates a store, encrypted from the start when asked.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a case store, optionally encrypted with a passphrase.",
        discussion: """
            With --encrypt the passphrase is asked for twice with no echo (or read from --passphrase-file). \
            It derives, with scrypt (N = 2^17), the key that unwraps the store's random key; lose it and the \
            cases cannot be read by anyone.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Encrypt every case file, the index and the case keys.") var encrypt = false

    func run() throws {
        let root = storeOptions.path
        if !encrypt {
            _ = try storeOptions.workspace()
            print("Created the case store \(root).")
            return
        }
        let passphrase = try EncryptCommand.newPassphrase(storeOptions)
        let report = try StoreEncryption.encrypt(root: root, passphrase: passphrase, by: CaseworkEnvironment.currentUser())
        print("Created the encrypted case store \(root)" + (report.sealed > 0 ? " (\(report.sealed) existing cases sealed)." : "."))
    }
}
