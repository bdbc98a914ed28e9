// swift-tools-version: 6.1
import PackageDescription

// Layers depend only downward:
//   SamplanSupport (internal utilities, no dependencies) → CGLPK → LinearProgramming / GLPKBackend → PlanningData / Scenario
//   → SummerPlan / LevelStructuring → Reports → Workbooks → Runs → samplan
let package = Package(
    name: "Samplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samplan", targets: ["samplan"]),
        .executable(name: "samplan-datagen", targets: ["DataGenerator"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
        .library(name: "GLPKBackend", targets: ["GLPKBackend"]),
        // The run layer, for the workbench package in Serve/.
        .library(name: "SamplanRuns", targets: ["Runs"]),
        // Every layer, for the benchmarks package in Benchmarks/.
        .library(
            name: "SamplanKit",
            targets: ["LinearProgramming", "GLPKBackend", "PlanningData", "Uncertainty", "Scenario", "SummerPlan", "LevelStructuring", "Reports"]
        ),
        // Excel workbooks of result folders, for the workbench package in Serve/.
        .library(name: "SamplanWorkbooks", targets: ["Workbooks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SHA-256 of a run's inputs (PlanningData) and lazy combinations (LevelStructuring).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
    ],
    targets: [
        // 0. Internal utilities several modules need (Duration seconds, the seeded generator, the
        // (hospital, specialty, week) key); depends on nothing.
        .target(name: "SamplanSupport"),
        // 1. The C library. Debian ships no pkg-config file for GLPK, so none is named.
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // 2. Solver-neutral model and the one backend that knows GLPK.
        .target(name: "LinearProgramming", dependencies: ["SamplanSupport"]),
        .target(name: "GLPKBackend", dependencies: ["CGLPK", "LinearProgramming", "SamplanSupport"]),
        // 3. Data feeds and their derived values.
        .target(name: "PlanningData", dependencies: ["SamplanSupport", .product(name: "Crypto", package: "swift-crypto")]),
        // The random factors and percentiles of Monte Carlo draws (docs/SPEC.md §10); plain arithmetic.
        .target(name: "Uncertainty", dependencies: ["SamplanSupport"]),
        .target(name: "Scenario", dependencies: ["PlanningData", "Uncertainty", .product(name: "Yams", package: "Yams")]),
        // 4. The planning models; they see the solver only through the LinearSolver protocol.
        .target(name: "SummerPlan", dependencies: ["LinearProgramming", "PlanningData", "Uncertainty", "SamplanSupport"]),
        .target(
            name: "LevelStructuring",
            dependencies: ["LinearProgramming", "PlanningData", "SamplanSupport", .product(name: "Algorithms", package: "swift-algorithms")]
        ),
        // 5. Output formats.
        .target(name: "Reports", dependencies: ["LinearProgramming", "PlanningData", "SummerPlan", "LevelStructuring", "Uncertainty"]),
        // 6. The run layer: every job of the command line and the workbench, start to result folder.
        .target(
            name: "Runs",
            dependencies: [
                "LinearProgramming", "GLPKBackend", "PlanningData", "Scenario", "SummerPlan", "LevelStructuring", "Reports",
                "Uncertainty", "Workbooks", "SamplanSupport",
            ]
        ),
        // 7. The command line: parses, calls Runs, prints.
        .executableTarget(
            name: "samplan",
            dependencies: [
                "LinearProgramming", "GLPKBackend", "PlanningData", "Scenario", "SummerPlan", "LevelStructuring", "Reports", "Uncertainty",
                "Runs", "SamplanSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Excel workbooks of result tables (libxlsxwriter, a C library; Debian's libxlsxwriter-dev).
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "Workbooks", dependencies: ["CXLSXWriter", "PlanningData", "Reports"]),
        // The generator of the synthetic default data set.
        .executableTarget(
            name: "DataGenerator",
            dependencies: ["PlanningData", "SamplanSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests. Shared fixtures and checkers live in a support target.
        .target(
            name: "TestSupport",
            dependencies: ["LinearProgramming", "PlanningData", "Scenario", "SummerPlan", "SamplanSupport"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "LinearProgrammingTests",
            dependencies: ["LinearProgramming", "TestSupport"]
        ),
        .testTarget(
            name: "GLPKBackendTests",
            dependencies: ["GLPKBackend", "LinearProgramming", "TestSupport"]
        ),
        .testTarget(name: "PlanningDataTests", dependencies: ["PlanningData", "TestSupport"]),
        .testTarget(name: "SamplanSupportTests", dependencies: ["SamplanSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "LevelStructuring", "PlanningData", "TestSupport"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "PlanningData", "TestSupport"]),
        .testTarget(name: "UncertaintyTests", dependencies: ["Uncertainty", "Scenario", "TestSupport"]),
        .testTarget(
            name: "LevelStructuringTests",
            dependencies: ["LevelStructuring", "Scenario", "PlanningData", "GLPKBackend", "LinearProgramming", "TestSupport", "Runs", "Reports"]
        ),
        .testTarget(
            name: "SummerPlanTests",
            dependencies: ["SummerPlan", "Scenario", "PlanningData", "GLPKBackend", "LinearProgramming", "TestSupport", "Uncertainty", "Runs"]
        ),
        .testTarget(name: "RunsTests", dependencies: ["Runs", "TestSupport"]),
        .testTarget(name: "WorkbooksTests", dependencies: ["Workbooks", "PlanningData", "samplan", "TestSupport"]),
        .testTarget(
            name: "SamplanCLITests",
            dependencies: ["samplan", "DataGenerator", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
