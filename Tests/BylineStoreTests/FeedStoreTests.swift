import BylineCore
import BylineStore
import Foundation
import Testing

/// Subscriptions, the memory of feed items, fetch records and retention.
struct FeedStoreTests {
    let gazette = FeedSubscriptionRequest(url: "https://gazette.example.test/rss", tags: ["local"])
    let post = FeedSubscriptionRequest(url: "https://post.example.test/atom", title: "Island Post")

    func entry(_ guid: String, url: String, at day: Int = 1) -> FeedItemEntry {
        let article = Fixtures.article(["Item \(guid) reports on the harbour."], title: "Item \(guid)", url: url)
        return FeedItemEntry(guid: guid, link: url, title: "Item \(guid)", published: Date(timeIntervalSince1970: Double(day) * 86_400),
                             article: Fixtures.stored(article))
    }

    @Test func subscribingTwiceKeepsOneSubscription() async throws {
        let database = try AppDatabase.inMemory()
        let first = try database.subscribe([gazette, post])
        #expect(first.added.map(\.url) == [gazette.url, post.url])
        #expect(first.added.first?.tags == ["local"])
        #expect(first.added.first?.status == .new)
        let second = try database.subscribe([gazette])
        #expect(second.added.isEmpty)
        #expect(second.existing == [gazette.url])
        #expect(try database.feeds().count == 2)
    }

    @Test func aFeedIsFoundByIdURLOrTitle() async throws {
        let database = try AppDatabase.inMemory()
        let added = try database.subscribe([gazette, post]).added
        #expect(try database.feed(named: String(added[1].id)).url == post.url)
        #expect(try database.feed(named: gazette.url).id == added[0].id)
        #expect(try database.feed(named: "island post").id == added[1].id)
        #expect(throws: FeedStoreError.noSuchFeed("Evening Star")) { try database.feed(named: "Evening Star") }
    }

    @Test func aCheckKeepsValidatorsUntilNewOnesComeAndSavesAPermanentMove() async throws {
        let database = try AppDatabase.inMemory()
        let feed = try database.subscribe([gazette]).added[0]
        let now = Date(timeIntervalSince1970: 1_000_000)
        try await database.record(FeedCheck(status: .ok, checkedAt: now, etag: "\"v1\"", lastModified: "Mon, 01 Jun 2026 10:00:00 GMT",
                                      feedTitle: "The Harbour Gazette", siteURL: "https://gazette.example.test/"), feedId: feed.id)
        try await database.record(FeedCheck(status: .notModified, checkedAt: now, movedTo: "https://gazette.example.test/feed.xml"), feedId: feed.id)
        let stored = try database.feed(named: String(feed.id))
        #expect(stored.etag == "\"v1\"")
        #expect(stored.lastModified == "Mon, 01 Jun 2026 10:00:00 GMT")
        #expect(stored.url == "https://gazette.example.test/feed.xml")
        #expect(stored.displayTitle == "The Harbour Gazette")
        #expect(stored.status == .notModified)
        try await database.record(FeedCheck(status: .failed, error: "the connection was refused", checkedAt: now), feedId: feed.id)
        #expect(try database.feed(named: String(feed.id)).lastError == "the connection was refused")
    }

    @Test func itemsAreKnownPerFeedAndStoredOnce() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try database.subscribe([gazette, post]).added
        let ids = try await database.store([entry("a", url: "https://gazette.example.test/a"), entry("b", url: "https://gazette.example.test/b")],
                                     feedId: feeds[0].id)
        #expect(ids.allSatisfy { $0 != nil })
        // The same GUID in another feed is another item; the article (same URL) is shared.
        let shared = try await database.store([entry("a", url: "https://gazette.example.test/a")], feedId: feeds[1].id)
        #expect(shared == [ids[0]])
        // Storing an item again changes nothing.
        try await database.store([entry("a", url: "https://gazette.example.test/a")], feedId: feeds[0].id)
        let known = try await database.knownItems(feedId: feeds[0].id)
        #expect(known.guids == ["a", "b"])
        #expect(known.contains(guid: "z", link: "https://gazette.example.test/b"))
        #expect(!known.contains(guid: "z", link: "https://gazette.example.test/z"))
        let listings = try database.feedListings()
        #expect(listings.map(\.articleCount) == [2, 1])
        #expect(listings.map(\.unreadCount) == [2, 1])
        try database.markRead(ids[0]!)
        #expect(try database.feedListings().map(\.unreadCount) == [1, 0])
        #expect(try database.integrityCheck() == "ok")
    }

    @Test func retentionRemovesOldArticlesButNeverStarredOrAnnotatedOnesAndRemembersTheItems() async throws {
        let database = try AppDatabase.inMemory()
        let feed = try database.subscribe([gazette]).added[0]
        var ids: [Int64] = []
        for day in 1...5 {
            let stored = try await database.store([entry("item\(day)", url: "https://gazette.example.test/\(day)")], feedId: feed.id,
                                            now: Date(timeIntervalSince1970: Double(day) * 86_400))
            ids.append(stored[0]!)
        }
        try database.setStarred(ids[0], true)
        _ = try database.annotate(articleId: ids[1], range: TextRange(start: 0, end: 4), note: "keep")
        let removed = try await database.applyRetention(FeedRetention(count: 2), feedId: feed.id)
        #expect(removed == 1)
        #expect(try database.article(id: ids[2]) == nil)
        #expect(try database.article(id: ids[0]) != nil)
        #expect(try database.article(id: ids[1]) != nil)
        #expect(try database.article(id: ids[4]) != nil)
        #expect(try await database.knownItems(feedId: feed.id).guids.count == 5)
        #expect(try database.searchArticles("harbour").map(\.summary.id).contains(ids[2]) == false)
        #expect(try database.integrityCheck() == "ok")
    }

    @Test func unsubscribingKeepsTheArticles() async throws {
        let database = try AppDatabase.inMemory()
        let feed = try database.subscribe([gazette]).added[0]
        let ids = try await database.store([entry("a", url: "https://gazette.example.test/a")], feedId: feed.id)
        try database.unsubscribe(feedId: feed.id)
        #expect(try database.feeds().isEmpty)
        #expect(try database.article(id: ids[0]!) != nil)
    }
}

extension FeedStoreTests {
    @Test func oneBatchStoresSeveralFeedsAndRecordsTheirChecks() async throws {
        let database = try AppDatabase.inMemory()
        let feeds = try database.subscribe([gazette, post]).added
        let now = Date(timeIntervalSince1970: 2_000_000)
        let ids = try await database.store([
            FeedUpdate(feedId: feeds[0].id, entries: [entry("a", url: "https://gazette.example.test/a")],
                       check: FeedCheck(status: .ok, checkedAt: now, etag: "\"g1\"")),
            FeedUpdate(feedId: feeds[1].id, entries: [entry("b", url: "https://post.example.test/b"), entry("c", url: "https://post.example.test/c")],
                       check: FeedCheck(status: .ok, error: "the feed listed a duplicate GUID", checkedAt: now)),
        ], now: now)
        #expect(ids.map(\.count) == [1, 2])
        let stored = try database.feeds()
        #expect(stored.map(\.etag) == ["\"g1\"", nil])
        #expect(stored.map(\.lastError) == [nil, "the feed listed a duplicate GUID"])
        #expect(try database.feedListings().map(\.articleCount) == [1, 2])
    }
}

private extension AppDatabase {
    /// One feed's items, stored alone.
    @discardableResult
    func store(_ entries: [FeedItemEntry], feedId: Int64, now: Date = Date()) async throws -> [Int64?] {
        try await store([FeedUpdate(feedId: feedId, entries: entries)], now: now)[0]
    }
}
