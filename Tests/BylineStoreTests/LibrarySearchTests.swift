import BylineCore
import Testing
@testable import BylineStore

@Suite("Full-text search")
struct LibrarySearchTests {
    private func library() throws -> AppDatabase {
        let library = try AppDatabase.inMemory()
        try library.save([
            Fixtures.harbourStory(),
            Fixtures.ferryStory(),
            Fixtures.stored(Fixtures.article(["The Zürich café reopened; the crème brûlée is back."], title: "Café news")),
        ])
        return library
    }

    @Test("articles are found by words of the title or body, ranked, with a snippet")
    func articles() throws {
        let hits = try library().searchArticles("pier")
        #expect(hits.map(\.summary.title) == ["Port Aldren closes its old pier"])
        #expect(hits[0].snippet.contains("«pier»"))
    }

    @Test("accents are ignored both ways", arguments: ["zurich", "ZÜRICH", "creme brulee", "Crème"])
    func accents(query: String) throws {
        #expect(try library().searchArticles(query).map(\.summary.title) == ["Café news"])
    }

    @Test("the last word is a prefix", arguments: ["harb", "timbers rot", "Aldr", "old pi"])
    func prefixes(query: String) throws {
        #expect(try library().searchArticles(query).map(\.summary.title) == ["Port Aldren closes its old pier"])
    }

    @Test("hostile input never makes a query fail", arguments: [
        "\"", "*", "NEAR(", "'; DROP TABLE article; --", "\"pier", "pier\"*", "AND OR NOT", "title:pier", "^pier", "(((", "",
        "   ", "\u{0}", "pier NEAR(timbers", "{title body}: pier", "-pier", "+pier",
        "\"unterminated * ^ col\u{0}: (x", "pie\u{0}r", "\u{0}\u{0}\u{0}", "\"\"\u{7F0}&\"\"\"\"\"\"\"\u{6}\u{0}\u{0}\u{1}", "ab\"\u{301}cd", "50%\u{301} off",
    ])
    func hostile(query: String) throws {
        let library = try library()
        _ = try library.searchArticles(query)
        _ = try library.searchQuotes(QuoteQuery(text: query, speaker: query))
        _ = try library.articles(ArticleFilter(words: query))
        _ = try library.articleCount(ArticleFilter(words: query))
        #expect(try library.articleCount() == 3)
    }

    @Test("queries are built from words only, quoted, the last one a prefix")
    func queryEscaping() {
        #expect(FullTextQuery.terms(in: "NEAR( \"pier\" *'; DROP") == "\"NEAR\" \"pier\" \"DROP\"*")
        #expect(FullTextQuery.terms(in: "Zürich café") == "\"Zürich\" \"café\"*")
        #expect(FullTextQuery.terms(in: "a") == "\"a\"")
        #expect(FullTextQuery.terms(in: "\"*(): ^-+") == nil)
        #expect(FullTextQuery.terms(in: "Calloway", column: "speaker") == "speaker : (\"Calloway\"*)")
    }

    @Test("repeated words are looked up once, the last one staying the prefix; at most 32 words")
    func repeatedAndManyWords() throws {
        #expect(FullTextQuery.terms(in: "pier Pier harbour pier") == "\"harbour\" \"pier\"*")
        let repeated = try #require(FullTextQuery.terms(in: Array(repeating: "pier", count: 800).joined(separator: " ")))
        #expect(repeated == "\"pier\"*")
        let many = (0..<100).map { "w\($0)" }
        let capped = try #require(FullTextQuery.terms(in: many.joined(separator: " ")))
        #expect(capped.split(separator: " ").count == SearchWords.limit)
        #expect(capped.hasPrefix("\"w0\" "))
        let filter = ArticleConditions(ArticleFilter(words: Array(repeating: "ab", count: 500).joined(separator: " ") + " " + many.joined(separator: " ")))
        #expect(filter.whereClause.components(separatedBy: " LIKE ").count - 1 <= 3 * SearchWords.limit)
        let library = try library()
        #expect(try library.searchArticles(Array(repeating: "pier", count: 800).joined(separator: " ")).count
            == (try library.searchArticles("pier").count))
    }

    @Test("hostile input around real words still finds them")
    func hostileAroundWords() throws {
        let library = try library()
        #expect(try library.searchArticles("\"pier*").count == 1)
        #expect(try library.searchArticles("(pier* timbers\")").count == 1)
        #expect(try library.searchArticles("tim rotten").isEmpty)
        #expect(try library.searchQuotes(QuoteQuery(text: "rotten'; --")).count == 1)
    }

    @Test("quotes are found by their words or their speaker's name")
    func quotes() throws {
        let library = try library()
        let byWords = try library.searchQuotes(QuoteQuery(text: "rotten timbers"))
        #expect(byWords.map(\.text) == ["The timbers are rotten through,"])
        #expect(byWords[0].speaker?.name == "Ines Calloway")
        #expect(byWords[0].speaker?.role == "professor of marine engineering")
        #expect(byWords[0].article.title == "Port Aldren closes its old pier")
        #expect(byWords[0].snippet?.contains("«timbers»") == true)
        #expect(try library.searchQuotes(QuoteQuery(text: "calloway")).count == 4)
    }

    @Test("quote search filters by speaker, class and site")
    func quoteFilters() throws {
        let library = try library()
        let byCalloway = try library.searchQuotes(QuoteQuery(text: "the", speaker: "Calloway"))
        #expect(Set(byCalloway.map(\.text)) == ["The timbers are rotten through,", "The hull work was overdue,"])
        #expect(try library.searchQuotes(QuoteQuery(text: "every option", speaker: "Calloway")).isEmpty)
        #expect(try library.searchQuotes(QuoteQuery(text: "option", sourceClass: .official)).map(\.speaker?.name) == ["Tomas Reyné"])
        #expect(try library.searchQuotes(QuoteQuery(text: "option", sourceClass: .expert)).isEmpty)
        #expect(try library.searchQuotes(QuoteQuery(text: "hull", site: "island post")).count == 1)
        #expect(try library.searchQuotes(QuoteQuery(text: "hull", site: "Aldren Gazette")).isEmpty)
    }
}
