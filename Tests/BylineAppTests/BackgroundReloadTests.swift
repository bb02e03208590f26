import BylineApp
import BylineLoopback
import BylineStore
import BylineTerminal
import BylineUI
import Foundation
import Testing

/// The reader's reloads in the background: outcomes posted as feeds finish, the feeds screen's
/// rows read from the library, and a reload cancelled on quit without a trace.
@Suite("Reloading from the reader")
struct BackgroundReloadTests {
    private static func rss(base: String) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Keel Bulletin</title>"
            + "<item><title>Pier reopens</title><link>\(base)/story/1</link><description>The pier reopens.</description></item>"
            + "</channel></rss>"
    }

    private static let page = """
        <html><head><title>Pier reopens</title></head><body><article>
        <p>The pier at Keel Island reopens on Monday after repairs.</p>
        <p>“The new piles will outlast all of us,” said Marta Oyelaran, an engineer at Dunmore University.</p>
        </article></body></html>
        """

    private static func routes(_ request: LoopbackRequest) -> LoopbackResponse {
        switch request.path {
        case "/feed.xml": return .text(rss(base: "http://\(request.header("Host") ?? "127.0.0.1")"), contentType: "application/rss+xml")
        case "/story/1": return .text(page, contentType: "text/html; charset=utf-8")
        case "/broken.xml": return LoopbackResponse(status: 500)
        // Answers a byte every second for a minute: a reload still waiting when the user quits.
        case "/slow.xml": return LoopbackResponse(body: .repeating(Array(" ".utf8), times: 60, interval: .seconds(1)))
        default: return LoopbackResponse(status: 404)
        }
    }

    /// Lets the program read its mail until the reload is over (at most ten seconds).
    private static func waitForTheReload(_ program: Program) async throws {
        var waited = 0
        while program.state.feeds.reload != nil, waited < 1_000 {
            program.receiveMail()
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
    }

    private static func program(database: AppDatabase, mailbox: Mailbox) -> (Program, BackgroundReload) {
        var settings = FeedSettings()
        settings.connectTimeout = 2
        let reload = BackgroundReload(database: database, fetcher: FeedFetching.make(settings: settings), settings: settings, mailbox: mailbox)
        let size = Size(width: 80, height: 12)
        let program = Program(state: AppState(size: size), backend: TestBackend(size: size), renderer: Renderer(theme: BuiltinTheme.theme),
                              library: StoreLibraryExecutor(database: database, reload: reload), external: NoExternalActions(), mailbox: mailbox)
        return (program, reload)
    }

    @Test("R reloads every feed in the background; the new item and the failure reach the feeds screen")
    func reloadFromTheReader() async throws {
        let server = try LoopbackServer.start { Self.routes($0) }
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-reload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("library.sqlite").path)
        let feeds = try database.subscribe([FeedSubscriptionRequest(url: server.url("/feed.xml").absoluteString, tags: ["isles"]),
                                            FeedSubscriptionRequest(url: server.url("/broken.xml").absoluteString)]).added
        let mailbox = Mailbox()
        let (program, _) = Self.program(database: database, mailbox: mailbox)
        program.start()
        program.send(.key(.character("F")))
        program.send(.key(.character("R")))
        #expect(program.state.feeds.reload == ReloadProgress(total: 2))
        try await Self.waitForTheReload(program)
        #expect(program.state.feeds.reload == nil)
        #expect(program.state.message?.text == "Reloaded 2 feeds: 1 new item, 1 failed (marked ! on the feeds screen)")
        let rows = program.state.feeds.overview?.feeds ?? []
        #expect(rows.map(\.id) == feeds.map(\.id))
        #expect(rows.map(\.unreadCount) == [1, 0])
        #expect(rows[0].failure == nil)
        #expect(rows[1].failure?.contains("500") == true)
        #expect(program.state.feeds.overview?.newItemCount == 1)
        // The feed's list shows the item with its most quoted source.
        program.send(.key(KeyPress(.end)))
        program.send(.key(.character("k")))
        program.send(.key(KeyPress(.enter)))
        #expect(program.state.screen == .feedItems)
        #expect(program.state.feedItems.page?.items.map(\.title) == ["Pier reopens"])
        #expect(program.state.feedItems.page?.items.first?.topSpeaker == "Marta Oyelaran")
    }

    @Test("quitting during a reload cancels it at once, marks no feed failed and leaves the library whole")
    func quittingCancelsCleanly() async throws {
        let server = try LoopbackServer.start { Self.routes($0) }
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-reload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("library.sqlite").path)
        _ = try database.subscribe([FeedSubscriptionRequest(url: server.url("/slow.xml").absoluteString)])
        let mailbox = Mailbox()
        let (program, reload) = Self.program(database: database, mailbox: mailbox)
        program.start()
        program.send(.key(.character("R")))
        #expect(reload.isRunning)
        try await Task.sleep(for: .milliseconds(200))
        let clock = ContinuousClock()
        let started = clock.now
        StoreLibraryExecutor(database: database, reload: reload).finish()
        #expect(clock.now - started < .seconds(30), "the slow fetch (a minute) is cancelled, not waited for")
        #expect(!reload.isRunning)
        #expect(try database.feeds().map(\.status) == [.new], "a cancelled reload records nothing")
        #expect(try database.integrityCheck() == "ok")
    }
}

extension BackgroundReloadTests {
    @Test("a slow feed does not hold back the items of a fast one: they are stored while it is still read")
    func fastFeedsAreStoredBeforeSlowOnesFinish() async throws {
        let server = try LoopbackServer.start { Self.routes($0) }
        defer { server.stop() }
        let database = try AppDatabase.inMemory()
        let feeds = try database.subscribe([FeedSubscriptionRequest(url: server.url("/slow.xml").absoluteString),
                                            FeedSubscriptionRequest(url: server.url("/feed.xml").absoluteString)]).added
        let mailbox = Mailbox()
        let reload = BackgroundReload(database: database, fetcher: FeedFetching.make(settings: FeedSettings()), settings: FeedSettings(), mailbox: mailbox)
        #expect(reload.start(feeds))
        let clock = ContinuousClock()
        let started = clock.now
        var stored = 0
        // The slow feed trickles for a minute; half of it is a deadline, not a timing.
        while stored == 0, clock.now - started < .seconds(30) {
            try await Task.sleep(for: .milliseconds(50))
            stored = try database.articleCount()
        }
        #expect(stored == 1)
        #expect(reload.isRunning, "the slow feed is still being read")
        reload.cancelAndWait()
    }
}

private final class NoExternalActions: ExternalActions {
    func open(url: String) -> String? { nil }
    func editNote(_ initial: String) -> String? { nil }
}
