import ArgumentParser
import CaseworkCore
import Foundation

/// `--store DIR`, shared by every command that touches cases.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The case store folder.", valueName: "dir"))
    var store: String?

    var path: String {
        StoreLocation.resolve(explicit: store, environment: ProcessInfo.processInfo.environment)
    }

    func workspace() throws -> Workspace {
        try Workspace(storePath: path)
    }
}
