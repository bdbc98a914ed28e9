// swift-tools-version: 6.1
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, which differs between clones.
let samplan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

// The planners' workbench, samplan-serve (docs/workbench.md), kept apart from the main package:
// resolving Hummingbird, GRDB and the 25 packages they bring takes minutes, and the quick start's
// `swift build --product samplan` must not grow by more than 30 s (BENCHMARKS.md, "Workbench").
// Run from the repository root: swift run -c release --package-path Serve samplan-serve
// (SwiftPM names packages after their folders: the clone must not itself be called "serve").
let package = Package(
    name: "SamplanWorkbench",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "samplan-serve", targets: ["WorkbenchServer"]),
    ],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Pages, workspace, run history, the run queue.
        .target(
            name: "Workbench",
            dependencies: [
                .product(name: "SamplanKit", package: samplan),
                .product(name: "SamplanWorkbooks", package: samplan),
                // The run layer: scenarios, compare and sweep run in this process (RunsRunner).
                .product(name: "SamplanRuns", package: samplan),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The executable: options, token, start.
        .executableTarget(
            name: "WorkbenchServer",
            dependencies: [
                "Workbench",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: [
                "Workbench",
                .product(name: "SamplanKit", package: samplan),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
