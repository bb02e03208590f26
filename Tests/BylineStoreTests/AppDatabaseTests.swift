import BylineCore
import Foundation
import GRDB
import Testing
@testable import BylineStore

@Suite("Library database")
struct AppDatabaseTests {
    @Test("a library written by the first schema version is migrated with its articles intact")
    func migratesFirstVersion() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try LibrarySchema.migrator.migrate(queue, upTo: "v1 articles and analysis")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO article (url, contentHash, title, authors, addedAt, updatedAt, format, original, originalSize, body)
                VALUES ('https://example.test/a', 1, 'Old article', '[]', '2026-01-01 10:00:00.000', '2026-01-01 10:00:00.000',
                        'text', x'00', 1, 'Body words about lighthouses.');
                INSERT INTO articleFts(rowid, title, body) VALUES (1, 'Old article', 'Body words about lighthouses.');
                INSERT INTO paragraph (articleId, position, start, "end", kind) VALUES (1, 0, 0, 11, 'heading'), (1, 1, 13, 29, 'body');
                INSERT INTO link (articleId, position, start, "end", url) VALUES (1, 0, 18, 28, 'https://example.test/light');
                """)
        }
        #expect(try queue.read { try $0.tableExists("annotation") } == false)

        let library = try AppDatabase(queue)

        #expect(try queue.read { try $0.tableExists("annotation") && $0.tableExists("annotationTag") })
        #expect(try library.articleCount() == 1)
        #expect(try library.searchArticles("lighthouse").map(\.summary.title) == ["Old article"])
        #expect(try library.articles(ArticleFilter(words: "old art")).map(\.title) == ["Old article"])
        let note = try library.annotate(AnnotationRequest(articleId: 1, quote: "lighthouses", note: "check"))
        #expect(note.anchor.position == .init(start: 17, end: 28))
        // v4 moved the paragraph and link rows into the article's layout.
        let paragraphs = try library.article(id: 1)?.article.paragraphs
        #expect(paragraphs == [Paragraph(range: TextRange(start: 0, end: 11), kind: .heading),
                               Paragraph(range: TextRange(start: 13, end: 29),
                                         links: [Link(range: TextRange(start: 18, end: 28), url: "https://example.test/light")])])
        #expect(try queue.read { try $0.tableExists("paragraph") || $0.tableExists("link") } == false)
    }

    @Test("the migrations build the schema GRDB's checks expect")
    func schemaIsConsistent() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        _ = try AppDatabase(queue)
        #expect(try queue.read(LibrarySchema.migrator.hasCompletedMigrations))
        #expect(try queue.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test("a library file is created with its folder, in WAL mode with foreign keys on")
    func opensFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/library.sqlite").path
        let library = try AppDatabase.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try library.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try library.writer.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
        // Opening again migrates nothing and sees the same library.
        try library.save([Fixtures.harbourStory()])
        #expect(try AppDatabase.open(path: path).articleCount() == 1)
    }

    @Test("the library path: option, then BYLINE_LIBRARY, then XDG_DATA_HOME, then ~/.local/share")
    func location() {
        #expect(LibraryLocation.path(option: "/x/lib.sqlite", environment: ["BYLINE_LIBRARY": "/y"], home: "/home/u") == "/x/lib.sqlite")
        #expect(LibraryLocation.path(option: nil, environment: ["BYLINE_LIBRARY": "/y/l.db", "XDG_DATA_HOME": "/d"], home: "/home/u") == "/y/l.db")
        #expect(LibraryLocation.path(option: nil, environment: ["XDG_DATA_HOME": "/d"], home: "/home/u") == "/d/byline/library.sqlite")
        #expect(LibraryLocation.path(option: nil, environment: ["XDG_DATA_HOME": ""], home: "/home/u") == "/home/u/.local/share/byline/library.sqlite")
    }

    @Test("original bytes survive compression, and cost little when they hold the text")
    func deflateRoundTrip() {
        let text = (0..<120).map { "Sentence \($0) of the harbour report, with figures \($0 * 37)." }.joined(separator: " ")
        let page = Array(("<html><body><h1>Report</h1><p>" + text + "</p></body></html>").utf8)
        let compressed = Deflate.compress(page, dictionary: Array(text.utf8))
        #expect(compressed.count < page.count / 20)
        #expect(Deflate.decompress(compressed, size: page.count, dictionary: Array(text.utf8)) == page)
        #expect(Deflate.decompress(compressed, size: page.count, dictionary: Array("other words".utf8)) == nil)
        #expect(Deflate.decompress([1, 2, 3], size: 10, dictionary: []) == nil)
        #expect(Deflate.decompress(Deflate.compress([], dictionary: []), size: 0, dictionary: []) == [])
        let unrelated = Array(String(repeating: "<p>Harbour news, in brief.</p>\n", count: 200).utf8)
        #expect(Deflate.decompress(Deflate.compress(unrelated, dictionary: []), size: unrelated.count, dictionary: []) == unrelated)
    }
}
