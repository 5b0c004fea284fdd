// swift-tools-version:6.1
// The performance benchmark: its own package, so that `swift test` of the main package never builds it.
// Run everything with `bash Benchmarks/run.sh` from the top of the repository.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is whatever the clone was called.
let mainFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let mainIdentity = mainFolder.lastPathComponent.lowercased()

let package = Package(
    name: "casework-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "casework-bench",
            dependencies: [
                .product(name: "CaseworkCore", package: mainIdentity),
                .product(name: "CaseworkUI", package: mainIdentity),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
