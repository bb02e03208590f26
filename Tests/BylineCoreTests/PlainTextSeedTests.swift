import Foundation
import Testing
@testable import BylineCore

/// The hand-labelled seed article in `../shared/seed`, when this checkout sits beside it.
enum PlainTextSeed {
    /// `../shared/seed/china-russia-allies.txt` relative to the package root.
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed/china-russia-allies.txt")

    /// Whether the seed is there to be read.
    static var isPresent: Bool { FileManager.default.fileExists(atPath: file.path) }
}

@Suite("Seed article (../shared/seed)", .enabled(if: PlainTextSeed.isPresent, "../shared/seed is absent"))
struct PlainTextSeedTests {
    @Test("title, site, eleven body paragraphs, first and last paragraph, no boilerplate")
    func seed() throws {
        let bytes = try [UInt8](Data(contentsOf: PlainTextSeed.file))
        let article = try ArticleReader.read(bytes)
        #expect(article.title == "Will China and Russia Become Official Allies?")
        #expect(article.site == "The American Spectator")
        #expect(article.paragraphs.filter { $0.kind == .body }.count == 11)
        let scalars = Array(article.text.unicodeScalars)
        let texts = article.paragraphs.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
        #expect(texts.first?.hasPrefix("As the war in Ukraine continues") == true)
        #expect(texts.last?.hasPrefix("Russia and China will likely stop short") == true)
        for boilerplate in ["Sign up to receive", "By submitting this form", "Subscribe Today", "USA News and Politics"] {
            #expect(!article.text.contains(boilerplate), "\(boilerplate) should be gone")
        }
    }
}
