import ArgumentParser
import BylineApp
import BylineLoopback
import BylineStore
import BylineUI
import Foundation

/// `byline bench feeds`: reload times against a loopback server the bench starts, with
/// synthetic feeds and pages.
struct BenchFeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Time reloads of synthetic feeds served on 127.0.0.1.",
        discussion: """
            Starts an HTTP server on 127.0.0.1 serving --feeds RSS feeds of --items items each (with \
            ETags) and an HTML page of about 5 KB of text for every item, subscribes a new library \
            in a temporary folder to them and times: the first reload (every item new, its page \
            fetched, read, analysed and indexed; with --articles-in-feed the articles come in the \
            feeds and no page is fetched), then reloads where every feed answers 304. Then \
            the same all-304 reload for --large-feeds feeds. Each all-304 figure is the fastest of \
            --rounds runs. All feeds share one host, so the per-host limit is raised to the \
            concurrency for the run.
            """
    )

    @Option(name: .long, help: "Feeds in the main run.")
    var feeds = 100

    @Option(name: .long, help: "Items per feed.")
    var items = 30

    @Option(name: .long, help: "Feeds in the large all-304 run (0 skips it).")
    var largeFeeds = 500

    @Flag(name: .long, help: "Put each item's whole article in the feed and fetch no pages (as newsboat reads feeds).")
    var articlesInFeed = false

    @Option(name: .long, help: "Feeds fetched at once.")
    var concurrency = 16

    @Option(name: .long, help: "All-304 reloads to run; the fastest counts.")
    var rounds = 5

    func validate() throws {
        guard feeds > 0, items >= 0, largeFeeds >= 0, concurrency > 0, rounds > 0 else {
            throw ValidationError("--feeds, --concurrency and --rounds must be at least 1; --items and --large-feeds at least 0")
        }
    }

    func run() async throws {
        try await Failure.exitingOnError {
            let corpus = SyntheticFeeds(feeds: feeds, items: items, carriesArticles: articlesInFeed)
            let server = try LoopbackServer.start { request in BenchFeedsCommand.answer(request, corpus: corpus) }
            defer { server.stop() }
            var settings = FeedSettings()
            settings.concurrency = concurrency
            settings.perHost = concurrency
            let fetcher = FeedFetching.make(settings: settings)
            print("byline bench feeds: \(feeds) feeds × \(items) items on \(server.baseURL.absoluteString), concurrency \(concurrency), "
                  + (articlesInFeed ? "articles in the feeds, no pages fetched" : "a page fetched for every item"))

            let main = try BenchLibrary(feeds: feeds, server: server, settings: settings, fetcher: fetcher, fullText: !articlesInFeed)
            defer { main.remove() }
            let processorBefore = ProcessorTime.seconds
            let first = try await main.reload()
            let processor = ProcessorTime.seconds - processorBefore
            print(String(format: "first reload: %.3f s (%.2f s of processor time, server included), %d new items (%.0f items/s), %d failed feeds",
                         first.seconds, processor, first.newItems, Double(first.newItems) / first.seconds, first.failures))
            let unchanged = try await main.fastestReload(rounds: rounds)
            print(String(format: "all-304 reload of %d feeds: %.1f ms (fastest of %d)", feeds, unchanged * 1000, rounds))
            print("library integrity: \(try main.database.integrityCheck())")

            print(await BenchFeedsCommand.gzipBomb(server: server, fetcher: fetcher, limit: settings.maxSize))

            if largeFeeds > 0 {
                let large = try BenchLibrary(feeds: largeFeeds, server: server, settings: settings, fetcher: fetcher, fullText: false)
                defer { large.remove() }
                _ = try await large.reload()
                let seconds = try await large.fastestReload(rounds: rounds)
                print(String(format: "all-304 reload of %d feeds: %.1f ms (fastest of %d)", largeFeeds, seconds * 1000, rounds))
            }
        }
    }

    /// Fetches a body that decodes to 512 MB (half a megabyte of gzip) and reports the outcome
    /// and how much the process's peak memory grew.
    private static func gzipBomb(server: LoopbackServer, fetcher: any HTTPFetching, limit: Int) async -> String {
        let before = PeakMemory.megabytes
        let outcome = await fetcher.fetch(FetchRequest(url: server.url("/bomb")))
        return "gzip bomb (512 MB decoded, cap \(limit >> 20) MB): \(outcome), peak memory grew \(PeakMemory.megabytes - before) MB"
    }

    /// The loopback server's answer: a feed (304 when the client holds its ETag) or a page.
    /// The routes of the synthetic feeds: `/feed/N.xml` (with an ETag) and `/page/N/M.html`.
    static func answer(_ request: LoopbackRequest, corpus: SyntheticFeeds) -> LoopbackResponse {
        if request.path == "/bomb" {
            return LoopbackResponse(headers: ["Content-Encoding": "gzip"], body: .bytes(bomb))
        }
        let parts = request.path.split(separator: "/")
        if parts.count == 2, parts[0] == "feed", let feed = Int(parts[1].dropLast(4)) {
            let etag = "\"feed-\(feed)\""
            if request.header("If-None-Match") == etag { return LoopbackResponse(status: 304, headers: ["ETag": etag]) }
            let base = "http://\(request.header("Host") ?? "127.0.0.1")"
            return LoopbackResponse(headers: ["Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag],
                                    body: .bytes(Array(corpus.feed(feed, base: base).utf8)))
        }
        if parts.count == 3, parts[0] == "page", let feed = Int(parts[1]), let item = Int(parts[2].dropLast(5)) {
            return LoopbackResponse(headers: ["Content-Type": "text/html; charset=utf-8"], body: .bytes(corpus.page(feed: feed, item: item)))
        }
        return LoopbackResponse(status: 404)
    }
}

/// Half a megabyte of gzip that decodes to 512 MB of zeros.
private let bomb = Gzip.compress([UInt8](repeating: 0, count: 1 << 20), repeated: 512)

/// The most memory this process has held so far (its peak resident set), in MB.
private enum PeakMemory {
    static var megabytes: Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1_024
    }
}

/// A library in a temporary folder subscribed to the bench's feeds.
private struct BenchLibrary {
    let folder: URL
    let database: AppDatabase
    let reloader: FeedReloader

    init(feeds: Int, server: LoopbackServer, settings: FeedSettings, fetcher: any HTTPFetching, fullText: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try AppDatabase.open(path: folder.appendingPathComponent("library.sqlite").path)
        _ = try database.subscribe((0..<feeds).map {
            FeedSubscriptionRequest(url: server.url("/feed/\($0).xml").absoluteString, fullText: fullText)
        })
        reloader = FeedReloader(database: database, fetcher: fetcher, settings: settings)
    }

    /// Reloads every feed once.
    func reload() async throws -> FeedReloadReport {
        await reloader.reload(try database.feeds())
    }

    /// The fastest of `rounds` reloads, in seconds.
    func fastestReload(rounds: Int) async throws -> Double {
        var best = Double.infinity
        for _ in 0..<rounds { best = min(best, try await reload().seconds) }
        return best
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
