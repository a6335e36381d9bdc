// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Pilotdeck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pilotdeck", targets: ["pilotdeck"]),
        .executable(name: "pilotdeck-bench", targets: ["pilotdeck-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
        .target(
            name: "PilotKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            exclude: ["PHI/Lexicon/README.md", "PHI/Lexicon/build-lexicon.py", "PHI/Lexicon/generate-lexicon.sh"]
        ),
        .target(
            name: "PilotStore",
            dependencies: [
                "PilotKit", "CLibPQ",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"]
        ),
        .target(name: "PHIEvaluation", dependencies: ["PilotKit"]),
        .target(name: "PilotDemo", dependencies: ["PilotKit", "PilotStore"]),
        .target(name: "PilotReports", dependencies: ["PilotKit", "PilotStore"], exclude: ["Schema"]),
        .target(name: "TerminalKit"),
        .target(name: "LatencyProxy"),
        .target(name: "CursesTerminal", dependencies: ["TerminalKit", "CNcursesw"]),
        .target(
            name: "PilotDeck",
            dependencies: ["PilotKit", "PilotStore", "PilotReports", "TerminalKit"]
        ),
        .executableTarget(
            name: "pilotdeck",
            dependencies: [
                "PilotKit", "PilotStore", "PilotReports", "PilotDeck", "PilotDemo", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pilotdeck-bench",
            dependencies: [
                "PilotKit", "PilotStore", "PilotReports", "PilotDeck", "PilotDemo", "TerminalKit", "CursesTerminal", "PHIEvaluation",
                "LatencyProxy",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "PilotdeckTestSupport", dependencies: ["PilotKit", "PilotStore", "PilotDemo"], path: "Tests/PilotdeckTestSupport"),
        .testTarget(name: "PilotKitTests", dependencies: ["PilotKit", "PHIEvaluation"]),
        .testTarget(name: "PilotStoreTests", dependencies: ["PilotStore", "PilotKit", "PilotDemo", "PilotdeckTestSupport"]),
        .testTarget(
            name: "PilotReportsTests", dependencies: ["PilotReports", "PilotKit", "PilotStore", "PilotDemo", "PilotdeckTestSupport"],
            exclude: ["Golden"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(
            name: "PilotDeckTests",
            dependencies: ["PilotDeck", "PilotStore", "PilotKit", "PilotDemo", "TerminalKit", "PilotdeckTestSupport"]
        ),
        .testTarget(name: "CLITests", dependencies: ["PilotKit", "PilotDemo", "LatencyProxy", "PilotdeckTestSupport"]),
        .testTarget(
            name: "FaultTests",
            dependencies: ["PilotKit", "PilotStore", "PilotDemo", "PilotdeckTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
