// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Byline's parsers. Built by `make fuzz` with
// `-sanitize=fuzzer,address -parse-as-library` (README, "Fuzzing"); never part of `swift build`.
let package = Package(
    name: "BylineFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Byline", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, and what every target checks of a read article.
        .target(name: "FuzzSupport", dependencies: [.product(name: "BylineCore", package: "Byline")]),
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzSupport", .product(name: "BylineCore", package: "Byline")]),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzSupport", .product(name: "BylineCore", package: "Byline")]),
        .executableTarget(name: "FuzzAnalysis", dependencies: ["FuzzSupport", .product(name: "BylineCore", package: "Byline")]),
        .executableTarget(name: "FuzzFeed", dependencies: ["FuzzSupport", .product(name: "BylineCore", package: "Byline")]),
        .executableTarget(name: "FuzzConfig", dependencies: ["FuzzSupport", .product(name: "BylineUI", package: "Byline")]),
        .executableTarget(name: "FuzzSearch", dependencies: [
            "FuzzSupport",
            .product(name: "BylineCore", package: "Byline"),
            .product(name: "BylineStore", package: "Byline"),
        ]),
    ]
)
