import BylineCore
import Foundation
import Testing
@testable import BylineStore

/// Pages of the article list read from either end, and the title index behind the filter.
@Suite("Article list pages")
struct ArticlePageTests {
    /// Nine articles: some undated, some untitled, two sharing a date, so every order has ties
    /// that only the id breaks.
    private static func library() throws -> AppDatabase {
        let library = try AppDatabase.inMemory()
        let dates: [String?] = ["2026-01-03", nil, "2026-01-01", "2026-01-03", nil, "2026-01-02", "2026-01-05", "2026-01-04", "2026-01-03"]
        let articles = dates.enumerated().map { index, date in
            let title = index % 4 == 1 ? nil : "Harbour note \(9 - index)"
            return Fixtures.stored(Fixtures.article(["Paragraph \(index) about the quay."], title: title, site: index % 3 == 0 ? "Tide Post" : "Quay Daily",
                                                    published: date), path: "/saved/note-\(index).html")
        }
        try library.save(articles)
        return library
    }

    @Test("every page of every order equals that window of the whole list, whichever end it is read from",
          arguments: [ArticleOrder.added, .published, .oldest, .title, .site, .quotes])
    func pagesMatchTheWholeList(order: ArticleOrder) throws {
        let library = try Self.library()
        for words in ["", "harbour", "tide"] {
            let whole = try library.articles(ArticleFilter(words: words, order: order, limit: 100)).map(\.id)
            for limit in 1...4 {
                for offset in 0...(whole.count + 1) {
                    let filter = ArticleFilter(words: words, order: order, limit: limit, offset: offset)
                    let expected = Array(whole.dropFirst(offset).prefix(limit))
                    let page = try library.articlePage(filter)
                    #expect(page.total == whole.count)
                    #expect(page.articles.map(\.id) == expected, "order \(order), words '\(words)', offset \(offset), limit \(limit)")
                    #expect(try library.articles(filter).map(\.id) == expected)
                }
            }
        }
    }

    @Test("the title index follows a replaced article: its old title is no longer found")
    func titleIndexFollowsReplacement() throws {
        let library = try AppDatabase.inMemory()
        let url = "https://example.test/pier"
        let first = Fixtures.stored(Fixtures.article(["The pier opens."], title: "Pier opens at dawn", url: url))
        let id = try library.save([first]).first!.id
        let second = Fixtures.stored(Fixtures.article(["The pier stays shut."], title: "Pier stays shut", url: url))
        #expect(try library.save([second]).first == .updated(id, orphaned: 0))
        #expect(try library.articles(ArticleFilter(words: "dawn")).isEmpty)
        #expect(try library.articles(ArticleFilter(words: "SHUT pie")).map(\.id) == [id])
        #expect(try library.articleCount(ArticleFilter(words: "stays")) == 1)
    }

    @Test("words of three characters or more are found inside words and across case; quotes in them are literal")
    func indexedWords() throws {
        let library = try AppDatabase.inMemory()
        try library.save([Fixtures.stored(Fixtures.article(["Words."], title: "Harbour \"works\" resume", site: "Quay Daily"))])
        #expect(try library.articleCount(ArticleFilter(words: "ARBO")) == 1)
        #expect(try library.articleCount(ArticleFilter(words: "\"works\"")) == 1)
        #expect(try library.articleCount(ArticleFilter(words: "\"works")) == 1)
        #expect(try library.articleCount(ArticleFilter(words: "works\" AND")) == 0)
        #expect(try library.articleCount(ArticleFilter(words: "uay Dai ha")) == 1)
        #expect(try library.articleCount(ArticleFilter(words: "harbours")) == 0)
    }
}
