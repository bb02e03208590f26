import Foundation

/// Locates the plain-text fixtures (original texts written for these tests) next to this file.
enum PlainTextFixture {
    /// The folder holding the fixtures.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/text")

    /// The bytes of the fixture called `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The text of the fixture called `name`, decoded as UTF-8.
    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The bytes of the bundled sample article called `name` (in the package's `Samples/`).
    static func sample(_ name: String) throws -> [UInt8] {
        let root = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try [UInt8](Data(contentsOf: root.appendingPathComponent("Samples").appendingPathComponent(name)))
    }
}
