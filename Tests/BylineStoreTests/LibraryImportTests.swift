import BylineCore
import Foundation
import Testing
@testable import BylineStore

@Suite("Importing articles")
struct LibraryImportTests {
    @Test("an article and its analysis come back as they were stored")
    func roundTrip() throws {
        let library = try AppDatabase.inMemory()
        let input = Fixtures.harbourStory()
        let outcome = try #require(try library.save([input]).first)
        #expect(outcome == .added(1))
        let stored = try #require(try library.article(id: outcome.id))
        #expect(stored.article == input.article)
        #expect(stored.analysis == input.analysis)
        #expect(stored.summary.quoteCount == 4)
        #expect(stored.format == .text)
    }

    @Test("the same URL, the same file or the same text update the article instead of duplicating it")
    func deduplicates() throws {
        let library = try AppDatabase.inMemory()
        let first = try library.save([Fixtures.harbourStory()]).first!.id
        #expect(try library.save([Fixtures.harbourStory()]) == [.updated(first, orphaned: 0)])

        var byPath = Fixtures.stored(Fixtures.article(["A note about tides."]), path: "/notes/tides.txt")
        let second = try library.save([byPath]).first!.id
        byPath.article = Fixtures.article(["A longer note about tides and currents."])
        #expect(try library.save([byPath]) == [.updated(second, orphaned: 0)])

        let sameText = Fixtures.stored(Fixtures.article(["Unsourced text pasted twice."]))
        let third = try library.save([sameText]).first!.id
        #expect(try library.save([sameText]) == [.updated(third, orphaned: 0)])

        #expect(try library.articleCount() == 3)
        #expect(try library.article(id: second)?.article.text == "A longer note about tides and currents.")
    }

    @Test("a re-import keeps the article's id, read state and star")
    func keepsState() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        try library.markRead(id)
        try library.setStarred(id, true)
        try library.save([Fixtures.harbourStory()])
        let summary = try #require(try library.article(id: id)?.summary)
        #expect(summary.readAt != nil)
        #expect(summary.isStarred)
    }

    @Test("a re-import replaces the analysis, and the quote index with it")
    func replacesAnalysis() throws {
        let library = try AppDatabase.inMemory()
        try library.save([Fixtures.harbourStory()])
        #expect(try library.searchQuotes(QuoteQuery(text: "timbers")).count == 1)
        var changed = Fixtures.harbourStory()
        changed.analysis = Analysis()
        try library.save([changed])
        #expect(try library.searchQuotes(QuoteQuery(text: "timbers")).isEmpty)
        #expect(try library.speakers().isEmpty)
        var retitled = Fixtures.harbourStory()
        retitled.article.title = "Pier closure confirmed"
        try library.save([retitled])
        #expect(try library.searchArticles("confirmed").count == 1)
        #expect(try library.searchArticles("Aldren closes").isEmpty)
        // FTS5's own check that both indexes match their content.
        try library.writer.write { db in
            try db.execute(sql: "INSERT INTO articleFts(articleFts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO quoteFts(quoteFts) VALUES ('integrity-check')")
        }
    }

    @Test("re-analysis replaces an article by id even when its text changed")
    func replaceById() throws {
        let library = try AppDatabase.inMemory()
        let original = Fixtures.stored(Fixtures.article(["Pasted from nowhere, first reading."]))
        let id = try library.save([original]).first!.id
        let reread = Fixtures.stored(Fixtures.article(["Pasted from nowhere, second reading."]))
        #expect(try library.replace([(id: id, article: reread)]) == [.updated(id, orphaned: 0)])
        #expect(try library.articleCount() == 1)
        let kept = try #require(try library.originals(after: 0, limit: 10).first)
        #expect(kept.id == id)
        #expect(kept.bytes == reread.original)
    }

    @Test("damaged originals are skipped without ending the walk over the library")
    func damagedOriginals() throws {
        let library = try AppDatabase.inMemory()
        let ids = try library.save((1...5).map { Fixtures.stored(Fixtures.article(["Story number \($0) of five."])) }).map(\.id)
        try library.writer.write { db in
            try db.execute(sql: "UPDATE article SET original = x'00' WHERE id IN (?, ?, ?)", arguments: [ids[0], ids[1], ids[2]])
        }
        #expect(try library.originals(after: 0, limit: 2).map(\.id) == [ids[3], ids[4]])
        #expect(try library.originals(after: ids[3], limit: 2).map(\.id) == [ids[4]])
    }

    @Test("the list filters unread articles and sites, and sorts")
    func list() throws {
        let library = try AppDatabase.inMemory()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let harbour = try library.save([Fixtures.harbourStory()], now: start).first!.id
        let ferry = try library.save([Fixtures.ferryStory()], now: start.addingTimeInterval(60)).first!.id
        try library.markRead(ferry)
        #expect(try library.articles().map(\.id) == [ferry, harbour])
        #expect(try library.articles(ArticleFilter(unreadOnly: true)).map(\.id) == [harbour])
        #expect(try library.articles(ArticleFilter(site: "island post")).map(\.id) == [ferry])
        #expect(try library.articles(ArticleFilter(order: .title)).map(\.title) == ["Keel Island ferry returns", "Port Aldren closes its old pier"])
        #expect(try library.articles(ArticleFilter(order: .published)).map(\.id) == [ferry, harbour])
        #expect(try library.articles(ArticleFilter(limit: 1, offset: 1)).map(\.id) == [harbour])
    }
}
