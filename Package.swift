// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineCore", targets: ["BylineCore"]),
        .library(name: "BylineStore", targets: ["BylineStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "BylineCore",
            dependencies: ["CLibXML2"]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "BylineStore",
            dependencies: [
                "BylineCore",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore",
                "BylineStore",
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
    ]
)
