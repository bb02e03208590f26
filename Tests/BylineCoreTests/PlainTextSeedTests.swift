import Foundation
import Testing
@testable import BylineCore

/// The hand-labelled seed article in `../shared/seed`, when this checkout sits beside it.
///
/// The expectations are read from the seed's `.expected.json` (its `article` key), the file the
/// seed checker reads, so no text of the seed is written in the test.
enum PlainTextSeed {
    /// `../shared/seed` relative to the package root.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed")
    /// The seed article.
    static let file = folder.appendingPathComponent("china-russia-allies.txt")
    /// What the seed checker expects of it: same name, `.expected.json`.
    static let expectations = folder.appendingPathComponent("china-russia-allies.expected.json")

    /// Whether the seed and its expectations are there to be read.
    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: file.path) && FileManager.default.fileExists(atPath: expectations.path)
    }

    /// The `article` part of the expectations.
    struct Expected: Decodable {
        var title: String
        var site: String
        var bodyParagraphs: Int
        var firstParagraphStarts: String
        var lastParagraphStarts: String
        var boilerplateNotInBody: [String]

        enum CodingKeys: String, CodingKey {
            case title, site
            case bodyParagraphs = "body_paragraphs"
            case firstParagraphStarts = "first_paragraph_starts"
            case lastParagraphStarts = "last_paragraph_starts"
            case boilerplateNotInBody = "boilerplate_not_in_body"
        }
    }

    /// Reads the `article` key of the expectations file.
    static func expected() throws -> Expected {
        struct Document: Decodable { var article: Expected }
        return try JSONDecoder().decode(Document.self, from: Data(contentsOf: expectations)).article
    }

    /// Text as the seed checker compares it: curly quotes and apostrophes made straight, odd
    /// spaces made plain, white space collapsed and trimmed, case folded.
    static func key(_ text: String?) -> String {
        guard let text else { return "" }
        var folded = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let plain: Unicode.Scalar
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`": plain = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{AB}", "\u{BB}": plain = "\""
            case "\u{A0}", "\u{202F}", "\u{2007}", "\u{2009}": plain = " "
            default: plain = scalar
            }
            if plain.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(" ") }
            pendingSpace = false
            folded.unicodeScalars.append(plain)
        }
        return folded.lowercased()
    }
}

@Suite("Seed article (../shared/seed)", .enabled(if: PlainTextSeed.isPresent, "../shared/seed is absent"))
struct PlainTextSeedTests {
    @Test("title, site, body paragraph count, first and last paragraph, no boilerplate, as expected.json says")
    func seed() throws {
        let expected = try PlainTextSeed.expected()
        let bytes = try [UInt8](Data(contentsOf: PlainTextSeed.file))
        let article = try ArticleReader.read(bytes)
        let key = PlainTextSeed.key
        #expect(key(article.title) == key(expected.title), "title \(article.title ?? "nil")")
        #expect(key(article.site) == key(expected.site), "site \(article.site ?? "nil")")
        #expect(article.paragraphs.filter { $0.kind == .body }.count == expected.bodyParagraphs)
        let scalars = Array(article.text.unicodeScalars)
        let texts = article.paragraphs.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
        #expect(key(texts.first).hasPrefix(key(expected.firstParagraphStarts)), "first paragraph \(texts.first ?? "nil")")
        #expect(key(texts.last).hasPrefix(key(expected.lastParagraphStarts)), "last paragraph \(texts.last ?? "nil")")
        #expect(!expected.boilerplateNotInBody.isEmpty)
        let body = key(article.text)
        for boilerplate in expected.boilerplateNotInBody {
            #expect(!body.contains(key(boilerplate)), "\(boilerplate) should be gone")
        }
    }
}
