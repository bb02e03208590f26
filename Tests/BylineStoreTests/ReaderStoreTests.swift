import BylineCore
import Foundation
import Testing
@testable import BylineStore

/// What the terminal reader asks of the library: highlights by range, note edits, deletion,
/// expert counts and the filtered list with its total.
@Suite("Library for the reader")
struct ReaderStoreTests {
    @Test("a range becomes a highlight with the words, their context and its position")
    func annotateByRange() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        let text = try #require(try library.article(id: id)).article.text
        let range = Fixtures.range(of: "could fall", in: text)
        let note = try library.annotate(articleId: id, range: range, note: "check the tides", tags: ["pier"])
        #expect(note.anchor.quote.exact == "could fall")
        #expect(note.anchor.quote.prefix.hasSuffix("\"It "))
        #expect(note.anchor.quote.suffix.hasPrefix(" at any tide"))
        #expect(note.anchor.position.range == range)
        #expect(note.note == "check the tides")
        #expect(note.tags == ["pier"])
        #expect(try library.annotations(articleId: id) == [note])
    }

    @Test("an empty range, one past the text, or a missing article is an error", arguments: [
        TextRange(start: 5, end: 5), TextRange(start: -1, end: 3), TextRange(start: 10, end: 1_000_000),
    ])
    func annotateBadRange(range: TextRange) throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        #expect(throws: AnnotationError.rangeOutsideText(range)) { try library.annotate(articleId: id, range: range) }
        #expect(throws: AnnotationError.noArticle(id + 1)) { try library.annotate(articleId: id + 1, range: TextRange(start: 0, end: 3)) }
        #expect(try library.annotations().isEmpty)
    }

    @Test("a note can be changed; the highlight and creation time stay")
    func updateNote() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        let created = Date(timeIntervalSince1970: 1_000_000)
        let note = try library.annotate(articleId: id, range: TextRange(start: 4, end: 11), note: "first", now: created)
        let later = Date(timeIntervalSince1970: 2_000_000)
        let changed = try library.updateNote(annotationId: note.id, note: "second", now: later)
        #expect(changed.note == "second")
        #expect(changed.anchor == note.anchor)
        #expect(changed.createdAt == created)
        #expect(changed.modifiedAt == later)
        #expect(try library.annotations() == [changed])
        #expect(throws: AnnotationError.noAnnotation(note.id + 1)) { try library.updateNote(annotationId: note.id + 1, note: "x") }
    }

    @Test("deleting an annotation removes it and its tag links, and says whether it existed")
    func deleteAnnotation() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        let kept = try library.annotate(articleId: id, range: TextRange(start: 0, end: 3))
        let deleted = try library.annotate(articleId: id, range: TextRange(start: 4, end: 11), tags: ["pier"])
        #expect(try library.deleteAnnotation(id: deleted.id))
        #expect(try !library.deleteAnnotation(id: deleted.id))
        #expect(try library.annotations() == [kept])
        let links = try library.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM annotationTag") }
        #expect(links == 0)
    }

    @Test("the list counts each article's experts")
    func expertCount() throws {
        let library = try AppDatabase.inMemory()
        try library.save([Fixtures.harbourStory(), Fixtures.ferryStory()])
        let counts = try library.articles(ArticleFilter(order: .title)).map { ($0.title ?? "", $0.quoteCount, $0.expertCount) }
        #expect(counts.map(\.0) == ["Keel Island ferry returns", "Port Aldren closes its old pier"])
        #expect(counts.map(\.1) == [1, 4])
        #expect(counts.map(\.2) == [1, 1])
    }

    @Test("words filter titles and sites (case aside, literally), and the count ignores the page")
    func wordsFilter() throws {
        let library = try AppDatabase.inMemory()
        try library.save([Fixtures.harbourStory(), Fixtures.ferryStory()])
        func titles(_ words: String, limit: Int = 50) throws -> [String] {
            try library.articles(ArticleFilter(words: words, order: .title, limit: limit)).compactMap(\.title)
        }
        #expect(try titles("PIER") == ["Port Aldren closes its old pier"])
        #expect(try titles("island post") == ["Keel Island ferry returns"])
        #expect(try titles("gazette old") == ["Port Aldren closes its old pier"])
        #expect(try titles("gazette ferry").isEmpty)
        #expect(try titles("%").isEmpty)
        #expect(try titles("_").isEmpty)
        #expect(try titles("'; DROP TABLE article; --").isEmpty)
        #expect(try titles("e", limit: 1).count == 1)
        #expect(try library.articleCount(ArticleFilter(words: "e", limit: 1)) == 2)
        #expect(try library.articleCount(ArticleFilter(words: "ferry")) == 1)
        #expect(try library.articleCount(ArticleFilter(words: "  ")) == 2)
    }

    @Test("an article without a title is filtered by its file name, and the list says which file it is")
    func untitledByFile() throws {
        let library = try AppDatabase.inMemory()
        let untitled = Fixtures.stored(Fixtures.article(["Night traders lit the square."]), path: "/saved/night-market.html")
        try library.save([Fixtures.harbourStory(), untitled])
        let found = try library.articles(ArticleFilter(words: "market"))
        #expect(found.map(\.sourcePath) == ["/saved/night-market.html"])
        #expect(found.first?.title == nil)
        #expect(try library.articleCount(ArticleFilter(words: "saved")) == 1)
    }

    @Test("the orders the reader offers", arguments: [
        (ArticleOrder.published, ["Keel Island ferry returns", "Port Aldren closes its old pier"]),
        (ArticleOrder.oldest, ["Port Aldren closes its old pier", "Keel Island ferry returns"]),
        (ArticleOrder.site, ["Port Aldren closes its old pier", "Keel Island ferry returns"]),
        (ArticleOrder.quotes, ["Port Aldren closes its old pier", "Keel Island ferry returns"]),
    ])
    func orders(order: ArticleOrder, expected: [String]) throws {
        let library = try AppDatabase.inMemory()
        try library.save([Fixtures.ferryStory(), Fixtures.harbourStory()])
        #expect(try library.articles(ArticleFilter(order: order)).compactMap(\.title) == expected)
    }
}
