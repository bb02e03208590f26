// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineCore", targets: ["BylineCore"]),
        .library(name: "BylineStore", targets: ["BylineStore"]),
        .library(name: "BylineTerminal", targets: ["BylineTerminal"]),
        .library(name: "BylineUI", targets: ["BylineUI"]),
        .library(name: "BylineApp", targets: ["BylineApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "BylineCore",
            dependencies: ["CLibXML2"]
        ),
        .target(
            name: "BylineStore",
            dependencies: [
                "BylineCore",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "BylineTerminal",
            dependencies: ["BylineCore"]
        ),
        .target(
            name: "BylineUI",
            dependencies: ["BylineCore", "BylineTerminal", "TOMLKit"]
        ),
        .target(
            name: "BylineCurses",
            dependencies: ["BylineTerminal", "CNcursesw"]
        ),
        .target(
            name: "BylineApp",
            dependencies: ["BylineCore", "BylineStore", "BylineUI"]
        ),
        // A small HTTP/1.1 server on 127.0.0.1 for the fetcher's tests and the feeds benchmark.
        .target(
            name: "BylineLoopback",
            dependencies: ["CZlib"]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore",
                "BylineStore",
                "BylineTerminal",
                "BylineUI",
                "BylineCurses",
                "BylineApp",
                "BylineLoopback",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BylineCoreTests",
            dependencies: ["BylineCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "BylineStoreTests",
            dependencies: ["BylineStore", "BylineCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "BylineTerminalTests",
            dependencies: ["BylineTerminal", "BylineCore"]
        ),
        .testTarget(
            name: "BylineCursesTests",
            dependencies: ["BylineCurses", "BylineTerminal"]
        ),
        .testTarget(
            name: "BylineUITests",
            dependencies: ["BylineUI", "BylineTerminal", "BylineCore"]
        ),
        // The executable's own types (the SQLite library behind the reader) and the application
        // layer (fetching over HTTP, against BylineLoopback's servers).
        .testTarget(
            name: "BylineAppTests",
            dependencies: ["byline", "BylineApp", "BylineLoopback", "BylineStore", "BylineUI", "BylineTerminal", "BylineCore"]
        ),
        // Runs the built `byline` executable (swift test builds every product first).
        .testTarget(name: "BylineCommandTests"),
    ]
)
