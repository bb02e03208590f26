import BylineCore
import BylineStore
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

    @Test func aFilterNarrowsAFeedsList() async throws {
        let (database, gazette, _) = try await library()
        #expect(try titles(database, ArticleFilter(words: "pier", feeds: .feed(gazette))) == ["Port Aldren closes its old pier"])
        #expect(try titles(database, ArticleFilter(words: "hand", feeds: .feed(gazette))).isEmpty)
    }
}
