import BylineApp
import BylineLoopback
import BylineStore
import BylineUI
import Foundation
import Testing

/// Whole reloads over HTTP against a server on 127.0.0.1: the feed, its pages, a permanent
/// move, gzip, a feed gone for good, and the library's integrity after each.
@Suite("Reloading feeds over HTTP")
struct FeedReloadOverHTTPTests {
    private static func rss(base: String, count: Int) -> String {
        var items = ""
        for number in 0..<count {
            items += "<item><title>Story \(number)</title><link>\(base)/story/\(number)</link>"
                + "<description>Short version \(number).</description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Ledger</title>\(items)</channel></rss>"
    }

    private static func page(_ number: String) -> String {
        """
        <html><head><title>Story \(number)</title></head><body><article>
        <p>The ferry to Keel Island will run again next week, story \(number) says.</p>
        <p>“The hull work was overdue,” said Ines Calloway, an engineer at Dunmore University.</p>
        </article></body></html>
        """
    }

    private static func routes(_ request: LoopbackRequest) -> LoopbackResponse {
        let base = "http://\(request.header("Host") ?? "127.0.0.1")"
        switch request.path {
        case "/old.xml": return .redirect(301, to: "/feed.xml")
        case "/feed.xml":
            if request.header("If-None-Match") == "\"ledger-1\"" { return LoopbackResponse(status: 304) }
            var response = LoopbackResponse.gzipped(Array(rss(base: base, count: 5).utf8), contentType: "application/rss+xml")
            response.headers["ETag"] = "\"ledger-1\""
            return response
        case "/gone.xml": return LoopbackResponse(status: 410)
        case "/login.xml": return .text("<!DOCTYPE html><html><body><form>Sign in</form></body></html>", contentType: "text/html")
        default:
            guard request.path.hasPrefix("/story/") else { return LoopbackResponse(status: 404) }
            return .text(page(String(request.path.dropFirst(7))), contentType: "text/html; charset=utf-8")
        }
    }

    @Test("a reload fetches the feed and every page, saves the move, and the next one is not modified")
    func fullReload() async throws {
        let server = try LoopbackServer.start { Self.routes($0) }
        defer { server.stop() }
        let database = try AppDatabase.inMemory()
        _ = try database.subscribe([server.url("/old.xml"), server.url("/gone.xml"), server.url("/login.xml")]
            .map { FeedSubscriptionRequest(url: $0.absoluteString) })
        var settings = FeedSettings()
        settings.connectTimeout = 5
        settings.idleTimeout = 5
        let reloader = FeedReloader(database: database, fetcher: FeedFetching.make(settings: settings), settings: settings)

        let first = await reloader.reload(try database.feeds())
        #expect(first.feeds.map(\.status) == [.ok, .gone, .failed])
        #expect(first.feeds[0].newItems == 5)
        #expect(first.feeds[0].pageFailures == 0)
        #expect(first.feeds[0].movedTo == server.url("/feed.xml").absoluteString)
        #expect(try database.feeds()[0].url == server.url("/feed.xml").absoluteString)
        #expect(try database.searchQuotes(QuoteQuery(text: "hull")).count == 5)
        #expect(try database.integrityCheck() == "ok")

        let second = await reloader.reload(try database.feeds())
        #expect(second.feeds.map(\.status) == [.notModified, .gone, .failed])
        #expect(server.requests.filter { $0.path == "/gone.xml" }.count == 1)
        #expect(try database.articles().count == 5)
        #expect(try database.integrityCheck() == "ok")
    }
}
