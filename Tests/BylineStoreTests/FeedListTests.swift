import BylineCore
@testable import BylineStore
import Foundation
import Testing

/// The lists the feeds screen opens: a feed's items, a tag's, every unread item of any feed,
/// each with its most quoted source; and the count of new items.
struct FeedListTests {
    /// A library with two feeds: the gazette (tagged "local") brings the harbour story and a
    /// quote-free notice; the post brings the notice too, and a library article no feed brought.
    func library() async throws -> (AppDatabase, gazette: Int64, post: Int64) {
        let database = try AppDatabase.inMemory()
        let feeds = try database.subscribe([FeedSubscriptionRequest(url: "https://gazette.example.test/rss", tags: ["local"]),
                                            FeedSubscriptionRequest(url: "https://post.example.test/atom", tags: ["island"])]).added
        let notice = Fixtures.stored(Fixtures.article(["The ferry office opens at nine."], title: "Ferry office hours", url: "https://example.test/ferry"))
        let harbour = Fixtures.harbourStory()
        _ = try database.save([Fixtures.stored(Fixtures.article(["A library article no feed brought."], title: "Saved by hand"))])
        try await database.store([
            FeedUpdate(feedId: feeds[0].id, entries: [
                FeedItemEntry(guid: "g-1", link: harbour.article.url, title: nil, published: nil, article: harbour),
                FeedItemEntry(guid: "g-2", link: notice.article.url, title: nil, published: nil, article: notice),
            ]),
        ])
        // The post lists the same notice: stored again, it stays one article.
        try await database.store([FeedUpdate(feedId: feeds[1].id, entries: [
            FeedItemEntry(guid: "p-1", link: notice.article.url, title: nil, published: nil, article: notice),
        ])])
        return (database, feeds[0].id, feeds[1].id)
    }

    func titles(_ database: AppDatabase, _ filter: ArticleFilter) throws -> [String?] {
        try database.articlePage(filter).articles.map(\.title)
    }

    @Test func aFeedsListHoldsItsItemsOnlyWithTheirMostQuotedSource() async throws {
        let (database, gazette, post) = try await library()
        let page = try database.articlePage(ArticleFilter(order: .title, feeds: .feed(gazette)))
        #expect(page.total == 2)
        #expect(page.articles.map(\.title) == ["Ferry office hours", "Port Aldren closes its old pier"])
        #expect(page.articles.map(\.topSpeaker) == [nil, "Ines Calloway"], "three quotes by the expert beat one by the mayor")
        #expect(page.articles.map(\.feedIds) == [[gazette, post], [gazette]], "the feeds that list each item")
        #expect(try titles(database, ArticleFilter(feeds: .feed(post))) == ["Ferry office hours"])
        #expect(try database.articlePage(ArticleFilter()).articles.allSatisfy { $0.topSpeaker == nil }, "the library list does not ask for it")
    }

    @Test func aTagGathersItsFeedsItemsAndNewItemsAreTheUnreadOnesOfAnyFeed() async throws {
        let (database, _, _) = try await library()
        #expect(try titles(database, ArticleFilter(order: .title, feeds: .tag("local"))) == ["Ferry office hours", "Port Aldren closes its old pier"])
        #expect(try titles(database, ArticleFilter(feeds: .tag("island"))) == ["Ferry office hours"])
        #expect(try titles(database, ArticleFilter(feeds: .tag("nowhere"))).isEmpty)
        #expect(try database.unreadFeedArticleCount() == 2, "an article two feeds list counts once; the hand-saved one is no item")
        let harbour = try #require(try database.articles(ArticleFilter(words: "pier")).first?.id)
        try database.markRead(harbour, true)
        #expect(try titles(database, ArticleFilter(unreadOnly: true, feeds: .anyFeed)) == ["Ferry office hours"])
        #expect(try database.unreadFeedArticleCount() == 1)
        #expect(try database.feedListings().map(\.unreadCount) == [1, 1])
    }

    @Test func aLargeScopeIsReadInTheListsOrderWithTheSameRowsAsASmallOne() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try database.subscribe([FeedSubscriptionRequest(url: "https://wire.example.test/rss", tags: ["wire"]),
                                            FeedSubscriptionRequest(url: "https://quay.example.test/rss", tags: ["wire"])]).added
        let count = ArticlePageQuery.manyFeedArticles + 50
        let entries = (0..<count).map { number in
            let article = Fixtures.article(["Dispatch \(number) from the quay."], title: "Dispatch \(number)", url: "https://wire.example.test/\(number)",
                                           published: String(format: "2026-%02d-%02d", 1 + number % 12, 1 + number % 28))
            return FeedItemEntry(guid: "w-\(number)", link: nil, title: nil, published: nil, article: Fixtures.stored(article))
        }
        try await database.store([FeedUpdate(feedId: feeds[0].id, entries: entries)])
        let few = Fixtures.stored(Fixtures.article(["A quay notice."], title: "Quay notice", url: "https://quay.example.test/1", published: "2026-12-31"))
        try await database.store([FeedUpdate(feedId: feeds[1].id, entries: [FeedItemEntry(guid: "q-1", link: nil, title: nil, published: nil, article: few)])])
        // The whole library in the list's order: every article is the tag's, all but the notice the wire's.
        let library = try database.articlePage(ArticleFilter(order: .published, limit: count + 1)).articles
        for scope in [FeedScope.feed(feeds[0].id), .tag("wire")] {
            let page = try database.articlePage(ArticleFilter(order: .published, limit: 5, feeds: scope))
            let all = library.filter { scope == .tag("wire") || $0.title != "Quay notice" }.map(\.id)
            #expect(page.total == all.count)
            #expect(page.articles.map(\.id) == Array(all.prefix(5)), "the first page is the first rows of the whole list")
            let last = try database.articlePage(ArticleFilter(order: .published, limit: 5, offset: all.count - 5, feeds: scope))
            #expect(last.articles.map(\.id) == Array(all.suffix(5)), "the far end, read backwards, is the same rows")
        }
        #expect(try titles(database, ArticleFilter(order: .published, limit: 1, feeds: .tag("wire"))) == ["Quay notice"])
    }

    @Test func aFilterNarrowsAFeedsList() async throws {
        let (database, gazette, _) = try await library()
        #expect(try titles(database, ArticleFilter(words: "pier", feeds: .feed(gazette))) == ["Port Aldren closes its old pier"])
        #expect(try titles(database, ArticleFilter(words: "hand", feeds: .feed(gazette))).isEmpty)
    }
}
