import BylineApp
import BylineCore
import BylineStore
import BylineUI
import Foundation
import Synchronization
import Testing

/// A fetcher answering from a table of URLs, logging every request.
private final class ScriptedFetcher: HTTPFetching {
    private let state = Mutex<(routes: [String: FetchOutcome], requests: [FetchRequest])>(([:], []))

    func answer(_ url: String, with outcome: FetchOutcome) {
        state.withLock { $0.routes[url] = outcome }
    }

    func answer(_ url: String, body: String, type: String = "application/rss+xml", etag: String? = nil) {
        let document = FetchedDocument(status: 200, body: Array(body.utf8), contentType: type, etag: etag,
                                       lastModified: nil, finalURL: URL(string: url)!)
        answer(url, with: .fetched(document, movedTo: nil))
    }

    var requests: [FetchRequest] { state.withLock { $0.requests } }

    func fetch(_ request: FetchRequest) async -> FetchOutcome {
        state.withLock { state in
            state.requests.append(request)
            return state.routes[request.url.absoluteString] ?? .failed(.badStatus(404))
        }
    }
}

/// Reloading feeds against scripted answers: what is stored, what is kept, what is recorded.
struct FeedReloaderTests {
    private static let feedURL = "https://gazette.example.test/rss"

    private static func rss(_ items: [(guid: String, link: String)]) -> String {
        let entries = items.map { item in
            "<item><title>Story \(item.guid)</title><link>\(item.link)</link><guid>\(item.guid)</guid>"
                + "<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>"
                + "<description>The feed's short version of story \(item.guid).</description></item>"
        }.joined()
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>The Harbour Gazette</title>"
            + "<link>https://gazette.example.test/</link>\(entries)</channel></rss>"
    }

    private static func page(_ number: Int) -> String {
        """
        <html><head><title>Pier story \(number)</title></head><body><article><h1>Pier story \(number)</h1>
        <p>The harbour board in Port Aldren voted on Tuesday to close pier number \(number) for good.</p>
        <p>“The timbers are rotten through,” said Ines Calloway, a professor of marine engineering at Dunmore University.</p>
        <p>She said the board would publish its survey of the pier within a month.</p>
        </article></body></html>
        """
    }

    private func setUp(fullText: Bool? = nil) throws -> (AppDatabase, ScriptedFetcher, FeedReloader, StoredFeed) {
        let database = try AppDatabase.inMemory()
        let feed = try database.subscribe([FeedSubscriptionRequest(url: Self.feedURL, fullText: fullText)]).added[0]
        let fetcher = ScriptedFetcher()
        let reloader = FeedReloader(database: database, fetcher: fetcher, settings: FeedSettings())
        return (database, fetcher, reloader, feed)
    }

    private func reloadAll(_ reloader: FeedReloader, _ database: AppDatabase) async throws -> FeedReloadReport {
        await reloader.reload(try database.feeds())
    }

    @Test func theFirstReloadStoresEachItemWithItsPageAnalysed() async throws {
        let (database, fetcher, reloader, _) = try setUp()
        fetcher.answer(Self.feedURL, body: Self.rss([("s1", "https://gazette.example.test/1"), ("s2", "https://gazette.example.test/2")]),
                       etag: "\"v1\"")
        fetcher.answer("https://gazette.example.test/1", body: Self.page(1), type: "text/html; charset=utf-8")
        fetcher.answer("https://gazette.example.test/2", body: Self.page(2), type: "text/html")
        let report = try await reloadAll(reloader, database)
        #expect(report.feeds.map(\.status) == [.ok])
        #expect(report.newItems == 2)
        #expect(report.failures == 0)
        let articles = try database.articles()
        #expect(Set(articles.compactMap(\.title)) == ["Pier story 1", "Pier story 2"])
        let quotes = try database.searchQuotes(QuoteQuery(text: "timbers"))
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker?.name == "Ines Calloway")
        let feed = try database.feeds()[0]
        #expect(feed.etag == "\"v1\"")
        #expect(feed.feedTitle == "The Harbour Gazette")
        #expect(try database.integrityCheck() == "ok")
    }

    @Test func aSecondReloadSendsTheValidatorsAndANotModifiedFeedAddsNothing() async throws {
        let (database, fetcher, reloader, _) = try setUp(fullText: false)
        fetcher.answer(Self.feedURL, body: Self.rss([("s1", "https://gazette.example.test/1")]), etag: "W/\"weak\"")
        _ = try await reloadAll(reloader, database)
        fetcher.answer(Self.feedURL, with: .notModified(movedTo: nil))
        let report = try await reloadAll(reloader, database)
        #expect(report.feeds.map(\.status) == [.notModified])
        #expect(fetcher.requests.last?.etag == "W/\"weak\"")
        #expect(try database.articles().count == 1)
    }

    @Test func anItemSeenBeforeIsNeverNewAgainEvenWhenItsGUIDChangesScheme() async throws {
        let (database, fetcher, reloader, _) = try setUp(fullText: false)
        fetcher.answer(Self.feedURL, body: Self.rss([("http://gazette.example.test/1", "http://gazette.example.test/1")]))
        _ = try await reloadAll(reloader, database)
        let id = try #require(try database.articles().first?.id)
        try database.markRead(id)
        // The server ignores conditional requests and the site moved to TLS.
        fetcher.answer(Self.feedURL, body: Self.rss([("https://gazette.example.test/1", "https://gazette.example.test/1")]))
        let report = try await reloadAll(reloader, database)
        #expect(report.newItems == 0)
        #expect(try database.articles().count == 1)
        #expect(try database.feedListings().first?.unreadCount == 0)
    }

    @Test(arguments: [
        ("an HTML login page", "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><input name=user></form></body></html>", "text/html"),
        ("an empty body", "", "application/rss+xml"),
    ])
    func whatIsNotAFeedKeepsEveryItemAndItsValidatorsAreNotSaved(_ name: String, body: String, type: String) async throws {
        let (database, fetcher, reloader, _) = try setUp(fullText: false)
        fetcher.answer(Self.feedURL, body: Self.rss([("s1", "https://gazette.example.test/1")]), etag: "\"good\"")
        _ = try await reloadAll(reloader, database)
        fetcher.answer(Self.feedURL, body: body, type: type, etag: "\"login\"")
        let report = try await reloadAll(reloader, database)
        #expect(report.feeds.map(\.status) == [.failed], "\(name)")
        #expect(report.feeds.first?.message?.contains("keeps the items") == true)
        #expect(try database.articles().count == 1)
        #expect(try database.feeds()[0].etag == "\"good\"")
    }

    @Test func aFeedThatSuddenlyListsNothingKeepsEveryItem() async throws {
        let (database, fetcher, reloader, _) = try setUp(fullText: false)
        fetcher.answer(Self.feedURL, body: Self.rss([("s1", "https://gazette.example.test/1")]))
        _ = try await reloadAll(reloader, database)
        fetcher.answer(Self.feedURL, body: Self.rss([]))
        let report = try await reloadAll(reloader, database)
        #expect(report.feeds.first?.status == .ok)
        #expect(report.feeds.first?.message?.contains("listed no items") == true)
        #expect(try database.articles().count == 1)
    }

    @Test func aPageThatFailsLeavesTheFeedsOwnContent() async throws {
        let (database, fetcher, reloader, _) = try setUp()
        fetcher.answer(Self.feedURL, body: Self.rss([("s1", "https://gazette.example.test/missing")]))
        let report = try await reloadAll(reloader, database)
        #expect(report.newItems == 1)
        #expect(report.feeds.first?.pageFailures == 1)
        let article = try #require(try database.article(id: try database.articles()[0].id))
        #expect(article.article.text.contains("short version of story s1"))
        #expect(article.article.title == "Story s1")
    }

    @Test func enclosuresAreKeptWithTheItem() async throws {
        let (database, fetcher, reloader, _) = try setUp(fullText: false)
        let rss = Self.rss([("s1", "https://gazette.example.test/1")]).replacingOccurrences(
            of: "</item>", with: "<enclosure url=\"/audio/s1.mp3\" type=\"audio/mpeg\" length=\"1234\"/></item>")
        fetcher.answer(Self.feedURL, body: rss)
        _ = try await reloadAll(reloader, database)
        let id = try #require(try database.articles().first?.id)
        let enclosures = try database.enclosures(articleId: id)
        #expect(enclosures.map(\.url) == ["https://gazette.example.test/audio/s1.mp3"])
        #expect(enclosures.first?.type == "audio/mpeg")
        #expect(enclosures.first?.length == 1234)
    }

    @Test func anItemWithoutADateIsDatedWhenFirstSeen() async throws {
        let database = try AppDatabase.inMemory()
        _ = try database.subscribe([FeedSubscriptionRequest(url: Self.feedURL, fullText: false)])
        let fetcher = ScriptedFetcher()
        let seen = Date(timeIntervalSince1970: 1_796_000_000)
        let reloader = FeedReloader(database: database, fetcher: fetcher, settings: FeedSettings(), now: { seen })
        fetcher.answer(Self.feedURL, body: Self.rss([("s1", "https://gazette.example.test/1")])
            .replacingOccurrences(of: "<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>", with: ""))
        _ = try await reloadAll(reloader, database)
        #expect(try database.articles().first?.published == FeedDate.iso8601(seen))
    }

    @Test func aPageWithLessTextThanTheFeedLeavesTheFeedsContent() async throws {
        let (database, fetcher, reloader, _) = try setUp()
        let whole = (1...6).map { "<p>Paragraph \($0) of the whole story the feed carries about the pier and the harbour board.</p>" }.joined()
        let rss = Self.rss([("s1", "https://gazette.example.test/1")]).replacingOccurrences(
            of: "</item>", with: "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[\(whole)]]></content:encoded></item>")
        fetcher.answer(Self.feedURL, body: rss)
        fetcher.answer("https://gazette.example.test/1", body: "<html><body><p>Subscribe to read on.</p></body></html>", type: "text/html")
        _ = try await reloadAll(reloader, database)
        let article = try #require(try database.article(id: try database.articles()[0].id))
        #expect(article.article.text.contains("Paragraph 6 of the whole story"))
        #expect(!article.article.text.contains("Subscribe to read on"))
    }

    @Test func withoutFullTextNoPageIsFetched() async throws {
        let (database, fetcher, reloader, _) = try setUp(fullText: false)
        fetcher.answer(Self.feedURL, body: Self.rss([("s1", "https://gazette.example.test/1")]))
        _ = try await reloadAll(reloader, database)
        #expect(fetcher.requests.map(\.url.absoluteString) == [Self.feedURL])
    }

    @Test func goneFeedsStopBeingPolledAndRetryAfterIsRespected() async throws {
        let (database, fetcher, reloader, _) = try setUp(fullText: false)
        fetcher.answer(Self.feedURL, with: .gone)
        #expect(try await reloadAll(reloader, database).feeds.first?.status == .gone)
        _ = try await reloadAll(reloader, database)
        #expect(fetcher.requests.count == 1)

        let other = "https://post.example.test/atom"
        _ = try database.subscribe([FeedSubscriptionRequest(url: other)])
        fetcher.answer(other, with: .retryLater(after: Date().addingTimeInterval(600), status: 429))
        let first = try await reloader.reload([database.feed(named: other)])
        #expect(first.feeds.first?.status == .retryLater)
        let second = try await reloader.reload([database.feed(named: other)])
        #expect(second.feeds.first?.message?.contains("wait until") == true)
        #expect(fetcher.requests.filter { $0.url.absoluteString == other }.count == 1)
    }

    @Test func aPermanentMoveIsSavedAndAFailureIsRecordedWithItsReason() async throws {
        let (database, fetcher, reloader, feed) = try setUp(fullText: false)
        let moved = URL(string: "https://gazette.example.test/feed.xml")!
        let document = FetchedDocument(status: 200, body: Array(Self.rss([]).utf8), contentType: "application/rss+xml",
                                       etag: nil, lastModified: nil, finalURL: moved)
        fetcher.answer(Self.feedURL, with: .fetched(document, movedTo: moved))
        let report = try await reloadAll(reloader, database)
        #expect(report.feeds.first?.movedTo == moved.absoluteString)
        #expect(try database.feed(named: String(feed.id)).url == moved.absoluteString)
        fetcher.answer(moved.absoluteString, with: .failed(.refused))
        let failed = try await reloadAll(reloader, database)
        #expect(failed.failures == 1)
        let stored = try database.feed(named: String(feed.id))
        #expect(stored.status == .failed)
        #expect(stored.lastError == FetchFailure.refused.description)
    }
}
