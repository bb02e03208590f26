// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineCore", targets: ["BylineCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BylineCoreTests",
            dependencies: ["BylineCore"],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `byline` executable (swift test builds every product first).
        .testTarget(name: "BylineCommandTests"),
    ]
)
