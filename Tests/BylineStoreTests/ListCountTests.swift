import BylineCore
@testable import BylineStore
import Foundation
import GRDB
import Testing

/// The counts the feeds screen and the article lists keep: each feed's counts in `feedCount`,
/// and list counts and pages kept in memory while the lists do not change. A stale count or
/// row is a bug, so every write that can change one is followed by a comparison with the
/// counts and pages read afresh.
@Suite("kept counts and pages: each feed's, and the lists'")
struct ListCountTests {
    /// Two feeds: the gazette (tagged "coast") with three items, the almanac (tagged "coast" and
    /// "almanac") listing one of them too; and an article saved by hand.
    func library(_ database: AppDatabase) async throws -> (gazette: Int64, almanac: Int64) {
        let feeds = try database.subscribe([FeedSubscriptionRequest(url: "https://gazette.example.test/rss", tags: ["coast"]),
                                            FeedSubscriptionRequest(url: "https://almanac.example.test/rss", tags: ["coast", "almanac"])]).added
        _ = try database.save([Fixtures.stored(Fixtures.article(["Kept by hand."], title: "Saved by hand", url: "https://example.test/hand"))])
        try await database.store([FeedUpdate(feedId: feeds[0].id, entries: (1...3).map(Self.entry))])
        try await database.store([FeedUpdate(feedId: feeds[1].id, entries: [Self.entry(2)])])
        return (feeds[0].id, feeds[1].id)
    }

    /// An item whose article is "Tide table N".
    static func entry(_ number: Int) -> FeedItemEntry {
        let article = Fixtures.article(["High water at \(number) o'clock."], title: "Tide table \(number)", url: "https://example.test/tide/\(number)")
        return FeedItemEntry(guid: "tide-\(number)", link: article.url, title: nil, published: nil, article: Fixtures.stored(article))
    }

    /// Lists of every kind, with and without a filter.
    func filters(_ feeds: (gazette: Int64, almanac: Int64)) -> [ArticleFilter] {
        [ArticleFilter(), ArticleFilter(words: "tide"), ArticleFilter(unreadOnly: true),
         ArticleFilter(feeds: .feed(feeds.gazette)), ArticleFilter(feeds: .feed(feeds.almanac)),
         ArticleFilter(feeds: .tag("coast")), ArticleFilter(feeds: .tag("almanac")), ArticleFilter(words: "tide", feeds: .tag("coast")),
         ArticleFilter(unreadOnly: true, feeds: .anyFeed), ArticleFilter(unreadOnly: true, feeds: .tag("coast"))]
    }

    /// Each list's first page and count as the library gives them (kept or not) and as read
    /// afresh.
    func pages(_ database: AppDatabase, _ filters: [ArticleFilter]) throws -> (given: [ArticlePage], fresh: [ArticlePage]) {
        let given = try filters.map { try database.articlePage($0) }
        let fresh = try database.writer.read { db in
            try filters.map { filter in
                let query = ArticlePageQuery(filter)
                let total = try query.count(db)
                return ArticlePage(total: total, articles: try query.summaries(db, total: total))
            }
        }
        return (given, fresh)
    }

    /// Each feed's counts as kept, and as counted from its items.
    func feedCounts(_ database: AppDatabase) throws -> (kept: [[Int]], fresh: [[Int]]) {
        let kept = try database.feedListings().map { [$0.articleCount, $0.unreadCount, $0.lastItemAt == nil ? 0 : 1] }
        let fresh = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT count(i.articleId), coalesce(sum(i.articleId IS NOT NULL AND NOT i.articleRead), 0), max(i.firstSeenAt) IS NOT NULL
                FROM feed f LEFT JOIN feedItem i ON i.feedId = f.id GROUP BY f.id ORDER BY f.id
                """).map { [$0[0], $0[1], $0[2]] as [Int] }
        }
        return (kept, fresh)
    }

    /// Asks every list for its first page and count (so that they are kept), runs `change`,
    /// and expects the pages and counts given afterwards to be those read afresh, the feeds'
    /// counts too. Returns the lists' counts.
    func expectCountsFollow(_ what: Comment, _ database: AppDatabase, _ feeds: (gazette: Int64, almanac: Int64),
                            change: () async throws -> Void) async throws -> [Int] {
        let before = try pages(database, filters(feeds))
        #expect(before.given.map(\.total) == before.fresh.map(\.total))
        #expect(before.given.map(\.articles) == before.fresh.map(\.articles))
        try await change()
        let after = try pages(database, filters(feeds))
        #expect(after.given.map(\.total) == after.fresh.map(\.total), what)
        #expect(after.given.map(\.articles) == after.fresh.map(\.articles), what)
        let feedsAfter = try feedCounts(database)
        #expect(feedsAfter.kept == feedsAfter.fresh, what)
        return after.given.map(\.total)
    }

    @Test func aCountIsKeptUntilTheListsChange() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try await library(database)
        let gazette = ArticleFilter(feeds: .feed(feeds.gazette))
        #expect(try database.articlePage(gazette).total == 3)
        // An item slipped in behind the library's back (no write of its own records it): the
        // count kept is the one given, which shows that it is kept.
        try await database.writer.write { db in
            try db.execute(sql: "INSERT INTO feedItem (feedId, guid, firstSeenAt, articleId) SELECT ?, 'slipped', '2026-01-01', id FROM article WHERE title = 'Saved by hand'",
                           arguments: [feeds.gazette])
        }
        #expect(try database.articlePage(gazette).total == 3)
        #expect(try database.articlePage(ArticleFilter(order: .title, limit: 1, offset: 2, feeds: .feed(feeds.gazette))).total == 3,
                "another page, another order: the same count")
        try await database.store([FeedUpdate(feedId: feeds.gazette, entries: [Self.entry(4)])])
        #expect(try database.articlePage(gazette).total == 5, "a write of the library's own counts again")
    }

    @Test func newItemsCountTheirArticlesAndAReadMarkKeepsTheOtherCounts() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try await library(database)
        let tide2 = try #require(try database.articles(ArticleFilter(words: "table 2")).first?.id)
        let counts = try await expectCountsFollow("after reading the article two feeds list", database, feeds) {
            try database.markRead(tide2)
        }
        #expect(counts == [4, 3, 3, 3, 1, 3, 1, 3, 2, 2])
        #expect(try database.feedListings().map(\.unreadCount) == [2, 0])
        let unread = try await expectCountsFollow("after marking it unread again", database, feeds) {
            try database.markRead(tide2, false)
        }
        #expect(unread == [4, 3, 4, 3, 1, 3, 1, 3, 3, 3])
        #expect(try database.feedListings().map(\.unreadCount) == [3, 1])
        _ = try await expectCountsFollow("after marking it unread once more (nothing changes)", database, feeds) {
            try database.markRead(tide2, false)
        }
        #expect(try database.feedListings().map(\.unreadCount) == [3, 1])
        _ = try await expectCountsFollow("after starring it", database, feeds) {
            try database.setStarred(tide2, true)
        }
        #expect(try database.articlePage(ArticleFilter(feeds: .feed(feeds.almanac))).articles.map(\.isStarred) == [true])
    }

    @Test func storingNewItemsCountsThem() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try await library(database)
        let tide1 = try #require(try database.articles(ArticleFilter(words: "table 1")).first?.id)
        try database.markRead(tide1)
        let counts = try await expectCountsFollow("after storing items, one of them an article read already", database, feeds) {
            try await database.store([FeedUpdate(feedId: feeds.almanac, entries: [Self.entry(1), Self.entry(5)])])
        }
        #expect(counts == [5, 4, 4, 3, 3, 4, 3, 4, 3, 3])
        #expect(try database.feedListings().map { [$0.articleCount, $0.unreadCount] } == [[3, 2], [3, 2]])
    }

    @Test func countsAreBroughtForwardOverSeveralStores() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try await library(database)
        let counts = try await expectCountsFollow("after three stores, one of an item already known", database, feeds) {
            try await database.store([FeedUpdate(feedId: feeds.gazette, entries: [Self.entry(7)])])
            try await database.store([FeedUpdate(feedId: feeds.almanac, entries: [Self.entry(7), Self.entry(8)])])
            try await database.store([FeedUpdate(feedId: feeds.gazette, entries: [Self.entry(7)])])
        }
        #expect(counts == [6, 5, 6, 4, 3, 5, 3, 5, 5, 5])
    }

    @Test func savingRetitlingRemovingAndUnsubscribingCountAgain() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try await library(database)
        _ = try await expectCountsFollow("after saving an article by hand", database, feeds) {
            try database.save([Fixtures.stored(Fixtures.article(["Another tide."], title: "Tide by hand", url: "https://example.test/hand-2"))])
        }
        let resaved = try await expectCountsFollow("after saving a feed's article again under another title", database, feeds) {
            try database.save([Fixtures.stored(Fixtures.article(["Low water at 3 o'clock."], title: "Ebb chart 3", url: "https://example.test/tide/3"))])
        }
        #expect(resaved[0] == 5 && resaved[1] == 3, "the same article, no longer found by the word")
        let hand = try #require(try database.articles(ArticleFilter(words: "saved")).first?.id)
        let retitled = try await expectCountsFollow("after re-reading an article under a new title", database, feeds) {
            try database.replace([(id: hand, article: Fixtures.stored(Fixtures.article(["Kept by hand."], title: "Tide kept by hand")))])
        }
        #expect(retitled[1] == 4, "the filter finds the new title")
        _ = try await expectCountsFollow("after retention removed the gazette's oldest articles", database, feeds) {
            let removed = try await database.applyRetention(FeedRetention(count: 1), feedId: feeds.gazette)
            #expect(removed == 1, "the article the almanac lists too is kept")
        }
        let unsubscribed = try await expectCountsFollow("after unsubscribing from the gazette", database, feeds) {
            try database.unsubscribe(feedId: feeds.gazette)
        }
        #expect(unsubscribed[5] == 1, "the tag keeps the almanac's item only")
    }

    @Test func aChangeMadeByAnotherConnectionIsSeen() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-counts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("library.sqlite").path
        let reader = try AppDatabase.open(path: path)
        let feeds = try await library(reader)
        let other = try AppDatabase.open(path: path)
        _ = try await expectCountsFollow("after another process stored and read", reader, feeds) {
            try await other.store([FeedUpdate(feedId: feeds.almanac, entries: [Self.entry(6)])])
            try other.markRead(try #require(try other.articles(ArticleFilter(words: "table 3")).first?.id))
        }
    }

    @Test func aListingHoldsTheSubscriptionAsStored() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try await library(database)
        try database.renameFeed(feeds.gazette, to: "The Gazette")
        try await database.record(FeedCheck(status: .retryLater, error: "HTTP 429", checkedAt: Date(timeIntervalSince1970: 1_790_000_000),
                                            etag: "\"v2\"", lastModified: "Tue, 01 Dec 2026 08:00:00 GMT",
                                            retryAfter: Date(timeIntervalSince1970: 1_790_003_600), feedTitle: "Almanac of tides",
                                            siteURL: "https://almanac.example.test/"), feedId: feeds.almanac)
        #expect(try database.feedListings().map(\.feed) == database.feeds())
        #expect(try database.feedListings().map(\.feed.tags) == [["coast"], ["coast", "almanac"]])
    }

    @Test func theMigrationCountsTheItemsAlreadyThere() async throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try LibrarySchema.migrator.migrate(queue, upTo: "v7 feed lists")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO feed (id, url, addedAt) VALUES (1, 'https://old.example.test/rss', '2026-01-01'), (2, 'https://empty.example.test/rss', '2026-01-01');
                INSERT INTO feedItem (feedId, guid, firstSeenAt) VALUES (1, 'gone-article', '2026-01-02'), (1, 'also-gone', '2026-01-05');
                """)
        }
        let database = try AppDatabase(queue)
        let listings = try database.feedListings()
        #expect(listings.map { [$0.articleCount, $0.unreadCount] } == [[0, 0], [0, 0]])
        #expect(listings.map { $0.lastItemAt != nil } == [true, false])
        let feedCounts = try feedCounts(database)
        #expect(feedCounts.kept == feedCounts.fresh)
    }
}
