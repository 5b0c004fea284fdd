import ArgumentParser
import CaseworkCore
import FoundationEssentials

/// `--store DIR`, shared by every command that touches cases, and `--passphrase-file FILE` for an
/// encrypted store (otherwise the passphrase is asked for on the terminal, once, with no echo).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The case store folder.", valueName: "dir"))
    var store: String?

    @Option(name: .customLong("passphrase-file"), help: ArgumentHelp(
        "Read an encrypted store's passphrase from this file (for scripts); otherwise it is asked for.", valueName: "file"))
    var passphraseFile: String?

    /// Throws, with what to set, when there is no store given and no home folder for the default one.
    var path: String {
        get throws { try StoreLocation.resolve(explicit: store, environment: ProcessInfo.processInfo.environment) }
    }

    /// Asked only if the store turns out to be encrypted.
    var passphrase: () throws -> Data {
        let file = passphraseFile
        return {
            PassphraseInput.disableCoreDumps()
            if let file { return try PassphraseInput.read(file: file) }
            return try PassphraseInput.prompt("Passphrase for the case store: ")
        }
    }

    /// At the terminal a mistyped passphrase is asked again (three tries); from a file it fails at once.
    func workspace() throws -> Workspace {
        var tries = passphraseFile == nil ? 3 : 1
        while true {
            do {
                return try Workspace(storePath: try path, passphrase: passphrase)
            } catch ProtectionError.wrongPassphrase where tries > 1 {
                tries -= 1
                printError(ProtectionError.wrongPassphrase.description)
            }
        }
    }
}
