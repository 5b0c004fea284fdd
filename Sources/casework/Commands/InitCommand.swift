import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `casework init [--encrypt]`: makes a new or empty folder a store (encrypted from the start when asked);
/// a folder holding anything else is refused untouched (`StoreTrust`).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a case store, optionally encrypted with a passphrase.",
        discussion: """
            With --encrypt the passphrase is asked for twice with no echo (or read from --passphrase-file). \
            It derives, with scrypt (N = 2^17), the key that unwraps the store's random key; lose it and the \
            cases cannot be read by anyone. The folder must be new or empty (or already a store); one that \
            holds other files is refused and left as it is.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Encrypt every case file, the index and the case keys.") var encrypt = false

    func run() throws {
        let root = try storeOptions.path
        let outcome = try StoreTrust.prepare(root: root, files: DurableFile())
        if !encrypt {
            _ = try storeOptions.workspace()
            switch outcome {
            case .created, .adoptedEmpty: print("Created the case store \(root).")
            case .existing, .adoptedOldStore: print("\(root) is already a Casework store; nothing was changed.")
            }
            return
        }
        let passphrase = try EncryptCommand.newPassphrase(storeOptions)
        let report = try StoreEncryption.encrypt(root: root, passphrase: passphrase, by: CaseworkEnvironment.currentUser())
        print("Created the encrypted case store \(root)" + (report.sealed > 0 ? " (\(report.sealed) existing cases sealed)." : "."))
    }
}
