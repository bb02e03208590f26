@testable import BylineApp
import BylineLoopback
import Foundation
import Glibc
import Testing

/// The URLSession fetcher against servers on 127.0.0.1: conditional GET, redirects, the
/// statuses that mean something to a feed reader, timeouts, size caps and gzip. Every test is
/// bounded by its fetcher's limits; none asserts how long anything took.
@Suite("Fetching over HTTP")
struct HTTPFetcherTests {
    /// Limits for tests that expect an answer: long enough that a loaded machine (the suites
    /// run in parallel on two cores) never turns a slow answer into a timeout.
    static let roomy = FetchLimits(connectTimeout: .seconds(5), idleTimeout: .seconds(5), totalTimeout: .seconds(10),
                                   maxBodyBytes: 1_024 * 1_024, perHostConnections: 2, userAgent: "BylineTests")
    /// Limits for tests that expect a timeout, short enough that none waits long.
    static let quick = FetchLimits(connectTimeout: .milliseconds(300), idleTimeout: .milliseconds(300), totalTimeout: .seconds(2),
                                   maxBodyBytes: 1_024 * 1_024, perHostConnections: 2, userAgent: "BylineTests")
    static let feed = Array("<rss><channel><title>Harbour news</title></channel></rss>".utf8)

    /// Runs `body` with a fetcher and a server answering with `routes`, then stops the server.
    private func withServer<T>(limits: FetchLimits = roomy, _ routes: @escaping LoopbackServer.Routes,
                               _ body: (URLSessionFetcher, LoopbackServer) async throws -> T) async throws -> T {
        let server = try LoopbackServer.start(routes: routes)
        defer { server.stop() }
        return try await body(URLSessionFetcher(limits: limits), server)
    }

    /// The document of a `.fetched` outcome, recording an issue for any other.
    private func fetchedDocument(_ outcome: FetchOutcome, sourceLocation: SourceLocation = #_sourceLocation) -> FetchedDocument? {
        guard case .fetched(let document, _) = outcome else {
            Issue.record("expected a fetched document, got \(outcome)", sourceLocation: sourceLocation)
            return nil
        }
        return document
    }

    // MARK: Success and conditional GET

    @Test("200: the body, its type and validators, and the user agent sent")
    func fetchesADocument() async throws {
        try await withServer({ _ in
            LoopbackResponse(headers: ["Content-Type": "application/rss+xml", "ETag": "\"v1\"",
                                       "Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"], body: .bytes(Self.feed))
        }) { fetcher, server in
            let outcome = await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))
            let document = try #require(fetchedDocument(outcome))
            #expect(outcome == .fetched(document, movedTo: nil))
            #expect(document.status == 200)
            #expect(document.body == Self.feed)
            #expect(document.contentType == "application/rss+xml")
            #expect(document.etag == "\"v1\"")
            #expect(document.lastModified == "Tue, 01 Dec 2026 10:00:00 GMT")
            #expect(document.finalURL == server.url("/feed.xml"))
            let request = try #require(server.requests.first)
            #expect(request.header("User-Agent") == "BylineTests")
            #expect(request.header("If-None-Match") == nil)
            #expect(request.header("If-Modified-Since") == nil)
        }
    }

    @Test("The first fetch's ETag and Last-Modified are sent back next time, and 304 follows")
    func conditionalGet() async throws {
        let lastModified = "Tue, 01 Dec 2026 10:00:00 GMT"
        try await withServer({ request in
            if request.header("If-None-Match") == "\"v1\"" { return LoopbackResponse(status: 304) }
            return LoopbackResponse(headers: ["ETag": "\"v1\"", "Last-Modified": lastModified], body: .bytes(Self.feed))
        }) { fetcher, server in
            let first = try #require(fetchedDocument(await fetcher.fetch(FetchRequest(url: server.url("/feed")))))
            let again = FetchRequest(url: server.url("/feed"), etag: first.etag, lastModified: first.lastModified)
            #expect(await fetcher.fetch(again) == .notModified(movedTo: nil))
            let sent = try #require(server.requests.last)
            #expect(sent.header("If-None-Match") == "\"v1\"")
            #expect(sent.header("If-Modified-Since") == lastModified)
        }
    }

    @Test("304 from a server that keeps no ETag, only Last-Modified")
    func notModifiedWithoutETag() async throws {
        let lastModified = "Tue, 01 Dec 2026 10:00:00 GMT"
        try await withServer({ request in
            request.header("If-Modified-Since") == lastModified
                ? LoopbackResponse(status: 304)
                : LoopbackResponse(headers: ["Last-Modified": lastModified], body: .bytes(Self.feed))
        }) { fetcher, server in
            let first = try #require(fetchedDocument(await fetcher.fetch(FetchRequest(url: server.url("/feed")))))
            #expect(first.etag == nil)
            let again = FetchRequest(url: server.url("/feed"), etag: first.etag, lastModified: first.lastModified)
            #expect(await fetcher.fetch(again) == .notModified(movedTo: nil))
            #expect(server.requests.last?.header("If-None-Match") == nil)
        }
    }

    @Test("A weak ETag is echoed back exactly, W/ and quotes included")
    func weakETag() async throws {
        try await withServer({ request in
            request.header("If-None-Match") == "W/\"x\""
                ? LoopbackResponse(status: 304)
                : LoopbackResponse(headers: ["ETag": "W/\"x\""], body: .bytes(Self.feed))
        }) { fetcher, server in
            let first = try #require(fetchedDocument(await fetcher.fetch(FetchRequest(url: server.url("/feed")))))
            #expect(first.etag == "W/\"x\"")
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"), etag: first.etag)) == .notModified(movedTo: nil))
            #expect(server.requests.last?.header("If-None-Match") == "W/\"x\"")
        }
    }

    @Test("A server that ignores the validators answers 200 again, and the body comes back")
    func serverIgnoringValidators() async throws {
        try await withServer({ _ in LoopbackResponse(headers: ["ETag": "\"v1\""], body: .bytes(Self.feed)) }) { fetcher, server in
            let again = await fetcher.fetch(FetchRequest(url: server.url("/feed"), etag: "\"v1\""))
            #expect(fetchedDocument(again)?.body == Self.feed)
        }
    }

    // MARK: Redirects

    /// Answers `/a` → `/b` → `/feed` with the two statuses given, and the feed.
    private static func chain(_ first: Int, _ second: Int) -> LoopbackServer.Routes {
        { request in
            switch request.path {
            case "/a": .redirect(first, to: "/b")
            case "/b": .redirect(second, to: "/feed")
            case "/feed": LoopbackResponse(body: .bytes(feed))
            default: LoopbackResponse(status: 404)
            }
        }
    }

    @Test("A chain of permanent redirects (301, 308) gives the final URL to save", arguments: [301, 308])
    func permanentChain(status: Int) async throws {
        try await withServer(Self.chain(status, status)) { fetcher, server in
            let outcome = await fetcher.fetch(FetchRequest(url: server.url("/a")))
            let document = try #require(fetchedDocument(outcome))
            #expect(outcome == .fetched(document, movedTo: server.url("/feed")))
            #expect(document.finalURL == server.url("/feed"))
            #expect(document.body == Self.feed)
        }
    }

    @Test("Temporary redirects (302, 303, 307) are followed but not saved", arguments: [302, 303, 307])
    func temporaryChain(status: Int) async throws {
        try await withServer(Self.chain(status, status)) { fetcher, server in
            let outcome = await fetcher.fetch(FetchRequest(url: server.url("/a")))
            let document = try #require(fetchedDocument(outcome))
            #expect(outcome == .fetched(document, movedTo: nil))
            #expect(document.finalURL == server.url("/feed"))
        }
    }

    @Test("301 then 302: one temporary hop means the URL is not saved")
    func mixedChain() async throws {
        try await withServer(Self.chain(301, 302)) { fetcher, server in
            let outcome = await fetcher.fetch(FetchRequest(url: server.url("/a")))
            let document = try #require(fetchedDocument(outcome))
            #expect(outcome == .fetched(document, movedTo: nil))
        }
    }

    @Test("304 at the end of a permanent chain still reports the move, and the validators follow the redirect")
    func notModifiedAfterMove() async throws {
        try await withServer({ request in
            request.path == "/old" ? .redirect(301, to: "/new")
                : request.header("If-None-Match") == "\"v1\"" ? LoopbackResponse(status: 304) : LoopbackResponse(status: 500)
        }) { fetcher, server in
            let outcome = await fetcher.fetch(FetchRequest(url: server.url("/old"), etag: "\"v1\""))
            #expect(outcome == .notModified(movedTo: server.url("/new")))
        }
    }

    @Test("A redirect loop fails after a bounded number of hops")
    func redirectLoop() async throws {
        try await withServer({ request in .redirect(302, to: request.path == "/a" ? "/b" : "/a") }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/a"))) == .failed(.redirectLoop))
            #expect(server.requests.count == RedirectChain.maximumHops + 1)
        }
    }

    @Test("A redirect without a Location is a bad status")
    func redirectWithoutLocation() async throws {
        try await withServer({ _ in LoopbackResponse(status: 301) }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/a"))) == .failed(.badStatus(301)))
        }
    }

    // MARK: Statuses

    @Test("410: gone for good")
    func gone() async throws {
        try await withServer({ _ in LoopbackResponse(status: 410) }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .gone)
        }
    }

    @Test("429 with Retry-After in seconds")
    func tooManyRequests() async throws {
        try await withServer({ _ in LoopbackResponse(status: 429, headers: ["Retry-After": "120"]) }) { fetcher, server in
            let before = Date()
            let outcome = await fetcher.fetch(FetchRequest(url: server.url("/feed")))
            let after = Date()
            guard case .retryLater(let retry?, let status) = outcome else {
                Issue.record("expected retryLater with a date, got \(outcome)")
                return
            }
            #expect(status == 429)
            #expect(retry >= before.addingTimeInterval(120) && retry <= after.addingTimeInterval(120))
        }
    }

    @Test("503 with Retry-After as an HTTP date")
    func serviceUnavailable() async throws {
        try await withServer({ _ in
            LoopbackResponse(status: 503, headers: ["Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"])
        }) { fetcher, server in
            let expected = try #require(ISO8601DateFormatter().date(from: "2026-10-21T07:28:00Z"))
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .retryLater(after: expected, status: 503))
        }
    }

    @Test("503 without Retry-After: retry later, no date")
    func serviceUnavailableWithoutDate() async throws {
        try await withServer({ _ in LoopbackResponse(status: 503) }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .retryLater(after: nil, status: 503))
        }
    }

    @Test("Other 4xx and 5xx statuses are bad statuses", arguments: [400, 401, 403, 404, 500, 502])
    func badStatus(status: Int) async throws {
        try await withServer({ _ in LoopbackResponse(status: status, body: .bytes(Array("<html>no</html>".utf8))) }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .failed(.badStatus(status)))
        }
    }

    @Test("Retry-After: seconds, the three HTTP date forms, and nonsense")
    func retryAfterForms() throws {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let expected = try #require(ISO8601DateFormatter().date(from: "1994-11-06T08:49:37Z"))
        #expect(RetryAfter.date(from: " 30 ", now: now) == now.addingTimeInterval(30))
        #expect(RetryAfter.date(from: "Sun, 06 Nov 1994 08:49:37 GMT", now: now) == expected)
        #expect(RetryAfter.date(from: "Sunday, 06-Nov-94 08:49:37 GMT", now: now) == expected)
        #expect(RetryAfter.date(from: "Sun Nov  6 08:49:37 1994", now: now) == expected)
        #expect(RetryAfter.date(from: "soon", now: now) == nil)
        #expect(RetryAfter.date(from: "-5", now: now) == nil)
        #expect(RetryAfter.date(from: "99999999999999999999999", now: now) == nil)
    }

    // MARK: Connections and timeouts

    @Test("A refused connection fails as refused, not by a timeout")
    func refused() async throws {
        let port = try LoopbackPort(.refusing)
        defer { port.close() }
        #expect(await URLSessionFetcher(limits: Self.roomy).fetch(FetchRequest(url: port.url("/feed"))) == .failed(.refused))
    }

    @Test("A host that accepts the connection and never answers times out")
    func silentHost() async throws {
        let port = try LoopbackPort(.silent)
        defer { port.close() }
        #expect(await URLSessionFetcher(limits: Self.quick).fetch(FetchRequest(url: port.url("/feed"))) == .failed(.timedOut))
    }

    @Test("Fetches waiting for a host that timed out are turned away instead of timing out one by one")
    func silentHostIsLeftAlone() async throws {
        let port = try LoopbackPort(.silent)
        defer { port.close() }
        let fetcher = URLSessionFetcher(limits: Self.quick)
        let outcomes = await withTaskGroup(of: FetchOutcome.self) { group in
            for number in 0..<6 {
                group.addTask { await fetcher.fetch(FetchRequest(url: port.url("/feed\(number)"))) }
            }
            return await group.reduce(into: [FetchOutcome]()) { $0.append($1) }
        }
        // Two fetches (the per-host limit) wait out the timeout; the other four are not tried.
        #expect(outcomes.filter { $0 == .failed(.timedOut) }.count == 2)
        #expect(outcomes.filter { $0 == .failed(.hostSilent) }.count == 4)
        #expect(await fetcher.fetch(FetchRequest(url: port.url("/later"))) == .failed(.hostSilent))
    }

    @Test("A server that sends the head and then goes quiet times out")
    func quietAfterHead() async throws {
        try await withServer(limits: Self.quick, { _ in
            LoopbackResponse(body: .repeating(Self.feed, times: 1, interval: .seconds(30)))
        }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .failed(.timedOut))
        }
    }

    @Test("A server trickling bytes within the idle timeout still runs out of total time")
    func slowTrickle() async throws {
        try await withServer(limits: Self.quick, { _ in
            LoopbackResponse(body: .repeating(Array("<".utf8), times: 1_000, interval: .milliseconds(50)))
        }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .failed(.timedOut))
        }
    }

    @Test("Cancelling the awaiting task ends the fetch as cancelled")
    func cancelled() async throws {
        let port = try LoopbackPort(.silent)
        defer { port.close() }
        let patient = FetchLimits(idleTimeout: .seconds(60), totalTimeout: .seconds(60))
        let fetcher = URLSessionFetcher(limits: patient)
        let fetch = Task { await fetcher.fetch(FetchRequest(url: port.url("/feed"))) }
        fetch.cancel()
        #expect(await fetch.value == .failed(.cancelled))
    }

    @Test("A URL that is not http or https is refused before any connection", arguments: ["ftp://127.0.0.1/feed", "file:///etc/hosts"])
    func invalidURL(url: String) async throws {
        let url = try #require(URL(string: url))
        #expect(await URLSessionFetcher(limits: Self.roomy).fetch(FetchRequest(url: url)) == .failed(.invalidURL(url.absoluteString)))
    }

    // MARK: Bodies

    @Test("An endless body, sent as fast as loopback goes, stops at the cap as too large")
    func endlessBody() async throws {
        try await withServer({ _ in
            LoopbackResponse(body: .repeating([UInt8](repeating: 0x41, count: 65_536), times: nil, interval: .zero))
        }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .failed(.tooLarge(limit: Self.roomy.maxBodyBytes)))
        }
    }

    @Test("A gzip body arrives decoded")
    func gzipDecoded() async throws {
        try await withServer({ _ in .gzipped(Self.feed) }) { fetcher, server in
            let document = try #require(fetchedDocument(await fetcher.fetch(FetchRequest(url: server.url("/feed")))))
            #expect(document.body == Self.feed)
        }
    }

    /// The body decodes to 512 MB; the fetch must stop at the cap. (The memory this takes is
    /// measured by `byline bench feeds` in a process of its own: the peak resident set is the
    /// whole test process's, which the suites running beside this one raise.)
    @Test("A gzip bomb (512 MB of zeros in half a megabyte) stops at a 1 MB cap")
    func gzipBomb() async throws {
        let bomb = Gzip.compress([UInt8](repeating: 0, count: 1 << 20), repeated: 512)
        #expect(bomb.count < 1 << 20)
        try await withServer({ _ in
            LoopbackResponse(headers: ["Content-Encoding": "gzip"], body: .bytes(bomb))
        }) { fetcher, server in
            #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))) == .failed(.tooLarge(limit: Self.roomy.maxBodyBytes)))
        }
    }

    @Test("Content-Encoding: gzip on a body that is not gzip fails as undecodable")
    func falseGzip() async throws {
        try await withServer({ _ in
            LoopbackResponse(headers: ["Content-Encoding": "gzip"], body: .bytes(Self.feed))
        }) { fetcher, server in
            let outcome = await fetcher.fetch(FetchRequest(url: server.url("/feed")))
            guard case .failed(.undecodable) = outcome else {
                Issue.record("expected undecodable, got \(outcome)")
                return
            }
        }
    }

    // MARK: Concurrency

    @Test("100 concurrent fetches that redirect, at most 2 at a time per host: all arrive, no crash")
    func concurrentRedirects() async throws {
        let gauge = ConcurrencyGauge()
        try await withServer({ request in
            gauge.enter()
            defer { gauge.leave() }
            usleep(2_000)  // long enough for more than two fetches to overlap, were they let
            return request.path.hasPrefix("/old/")
                ? .redirect(301, to: "/new/" + request.path.dropFirst("/old/".count))
                : LoopbackResponse(body: .bytes(Array(request.path.utf8)))
        }) { fetcher, server in
            let outcomes = await withTaskGroup(of: (Int, FetchOutcome).self) { group in
                for index in 0..<100 {
                    group.addTask { (index, await fetcher.fetch(FetchRequest(url: server.url("/old/\(index)")))) }
                }
                return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            #expect(outcomes.count == 100)
            for (index, outcome) in outcomes {
                let document = fetchedDocument(outcome)
                #expect(outcome == document.map { .fetched($0, movedTo: server.url("/new/\(index)")) })
                #expect(document?.body == Array("/new/\(index)".utf8))
            }
            #expect(gauge.highest <= 2)
        }
    }
}

/// Counts requests being answered at once, and the most there ever were.
private final class ConcurrencyGauge: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var current = 0
    private var most = 0

    var highest: Int {
        lock.withLock { most }
    }

    func enter() {
        lock.withLock {
            current += 1
            most = max(most, current)
        }
    }

    func leave() {
        lock.withLock { current -= 1 }
    }
}
