// swift-tools-version:6.1
import PackageDescription

/// The shipped code imports FoundationEssentials only, and sees only the members of what each file
/// imports: one call into the full Foundation links it and ICU's locale data into the binary (measured: 104
/// MB, 17 MB resident for `casework --version`), and without this setting such a call can slip in through a
/// dependency's import.
let essentialsOnly: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "casework",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "casework", targets: ["casework"]),
        .library(name: "CaseworkCore", targets: ["CaseworkCore"]),
        // For the benchmark package (Benchmarks/), which measures update, view and diff in process.
        .library(name: "CaseworkUI", targets: ["CaseworkUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // The bundled templates, settings and training cases. The top-level Resources folder is its own
        // target so that the data stays where people look for it and still ships beside the binary.
        .target(
            name: "CaseworkResources",
            path: "Resources",
            exclude: ["README.md"],
            resources: [.copy("templates"), .copy("settings"), .copy("training")]
        ),
        .target(
            name: "CaseworkCore",
            dependencies: [
                "CaseworkResources",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: essentialsOnly
        ),
        .target(
            name: "CaseworkUI",
            dependencies: ["CaseworkCore"],
            swiftSettings: essentialsOnly
        ),
        // No pkgConfig: SwiftPM would drop its -D flags with a warning; shim.h sets them instead, and the
        // headers live in /usr/include on Debian.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "CaseworkTerminal",
            dependencies: ["CaseworkUI", "CNcursesw"],
            swiftSettings: essentialsOnly
        ),
        .executableTarget(
            name: "casework",
            dependencies: [
                "CaseworkCore", "CaseworkUI", "CaseworkTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: essentialsOnly
        ),
        // Test helper: saves in a loop so the crash-loop test can kill -9 it mid-save. Not a product.
        .executableTarget(
            name: "casework-crashtest",
            dependencies: ["CaseworkCore"]
        ),
        // Shared by the test targets: starting programs safely (see ChildProcess for why not Foundation's Process).
        .target(
            name: "CaseworkTestSupport",
            path: "Tests/CaseworkTestSupport"
        ),
        .testTarget(
            name: "CaseworkCoreTests",
            dependencies: ["CaseworkCore", "CaseworkTestSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "CaseworkUITests",
            dependencies: [
                "CaseworkUI", "CaseworkCore",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["CaseworkCore", "CaseworkTestSupport", "casework"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
