import BylineApp
import BylineLoopback
import BylineStore
import BylineTerminal
import BylineUI
import Dispatch
import Foundation
import Synchronization

/// The feeds part of `byline bench ui --feeds-screen`: a SQLite library of `articles`
/// synthetic articles brought by `feeds` feeds (the first bringing `largestFeed` of them, the
/// others an equal share; ten tags), then the feeds screen's first frame, opening the largest
/// feed, key-to-frame latency idle, and the same during a background reload of `reloadFeeds`
/// feeds served on 127.0.0.1.
struct FeedsScreenBench {
    let articles: Int
    let feeds: Int
    let largestFeed: Int
    let reloadFeeds: Int
    let rounds: Int
    let size: Size

    /// The keys timed, from the feeds screen with the largest feed selected: moves, a feed's
    /// list, a tag's list, an article and back.
    static let script = ["j", "k", "<C-d>", "<C-u>", "gg", "j", "<Enter>", "j", "G", "gg", "<Enter>", "]q", "q", "q",
                         "G", "k", "<Enter>", "j", "q", "12G"]

    /// Builds the library at `path` unless it already holds the feeds, and measures.
    func run(path: String) throws -> String {
        let clock = ContinuousClock()
        let buildStart = clock.now
        let built = try build(path: path)
        let build = clock.now - buildStart

        let firstFrameStart = clock.now
        let mailbox = Mailbox()
        let database = try AppDatabase.open(path: path)
        let (program, _) = makeProgram(database: database, reload: nil, mailbox: mailbox)
        program.start()
        let feedsKeyStart = clock.now
        press("F", program)
        program.drawFrame()
        let firstFrame = clock.now - firstFrameStart
        let feedsKey = clock.now - feedsKeyStart

        press("q", program)
        program.drawFrame()
        let warmFeedsKey = timeKey("F", program, clock: clock).wall
        press("12G", program)
        program.drawFrame()
        let open = timeKey("<Enter>", program, clock: clock).wall
        let opened = program.state.feedItems.total
        press("q", program)
        press("12G", program)
        program.drawFrame()

        var idle = KeyTimes()
        for _ in 0..<rounds {
            for notation in Self.script { idle.add(notation, timeKey(notation, program, clock: clock)) }
        }

        let reload = try measureDuringReload(database: database, clock: clock)
        let figure = { (number: Int, name: String, value: Duration, target: String, what: String) in
            "  \(number). \(name.padding(toLength: 27, withPad: " ", startingAt: 0)) \(BenchTime.milliseconds(value).leftPadded(to: 9)) ms   \("(target \(target))".padding(toLength: 18, withPad: " ", startingAt: 0)) \(what)"
        }
        return """
            bench ui --feeds-screen: \(articles) articles in \(feeds) feeds (the largest \(largestFeed) items, \(opened) listed when opened), terminal \(size.width)×\(size.height)
            machine                 \(MachineLoad.description)
            library                 \(built ? "built in \(BenchTime.milliseconds(build)) ms" : "reused (already built)")
            issue 12's four figures (wall clock):
            \(figure(1, "feeds screen first frame", feedsKey, "≤ 100 ms", "F to its frame, every feed's counts read cold"))
            \(figure(2, "open the largest feed", open, "≤ 50 ms", "Enter to the first frame of its \(opened) items"))
            \(figure(3, "key to frame p99, idle", idle.p99, "≤ 10 ms", "\(idle.count) keys of the script"))
            \(figure(4, "key to frame p99, reloading", reload.keys.p99, "≤ 50 ms", "\(reload.keys.count) keys while \(reloadFeeds) loopback feeds reloaded"))
            details:
            feeds screen            \(BenchTime.milliseconds(warmFeedsKey)) ms the next time; \(BenchTime.milliseconds(firstFrame)) ms from opening the library (its first page and frame included)
            key to frame, idle      \(idle.summary)
            key to frame, reloading \(reload.keys.summary)
            reload                  \(reloadFeeds) loopback feeds × 10 items (a page fetched for each) in \(BenchTime.milliseconds(reload.duration)) ms: \(reload.status)
            """
    }

    /// Presses the keys of `notation` without drawing.
    private func press(_ notation: String, _ program: Program) {
        for key in KeyPress.sequence(notation) ?? [] { program.handle(.key(key)) }
    }

    /// The time from the keys of `notation` to their frame, the mailbox read in between as the
    /// run loop does.
    private func timeKey(_ notation: String, _ program: Program, clock: ContinuousClock) -> (wall: Duration, processor: Duration) {
        let start = clock.now
        let processorStart = BenchTime.threadProcessorTime()
        press(notation, program)
        program.receiveMail()
        program.drawFrame()
        return (clock.now - start, BenchTime.threadProcessorTime() - processorStart)
    }

    private func makeProgram(database: AppDatabase, reload: BackgroundReload?, mailbox: Mailbox) -> (Program, TestBackend) {
        let backend = TestBackend(size: size)
        let program = Program(state: AppState(size: size), backend: backend, renderer: Renderer(theme: BuiltinTheme.theme),
                              library: StoreLibraryExecutor(database: database, reload: reload), external: BenchExternalActions(),
                              mailbox: mailbox)
        return (program, backend)
    }

    /// Keys typed every few milliseconds while `reloadFeeds` loopback feeds (ten items each,
    /// a page fetched for every item) reload in the background.
    private func measureDuringReload(database: AppDatabase, clock: ContinuousClock) throws -> (keys: KeyTimes, duration: Duration, status: String) {
        let corpus = SyntheticFeeds(feeds: reloadFeeds, items: 10, carriesArticles: false)
        let server = try LoopbackServer.start { request in BenchFeedsCommand.answer(request, corpus: corpus) }
        defer { server.stop() }
        let requests = (0..<reloadFeeds).map { FeedSubscriptionRequest(url: server.url("/feed/\($0).xml").absoluteString, tags: ["reload-bench"]) }
        let subscribed = try database.subscribe(requests).added
        // The loopback feeds go when the server does (their articles stay in the library).
        defer { for feed in subscribed { try? database.unsubscribe(feedId: feed.id) } }
        var settings = FeedSettings()
        settings.concurrency = 16
        settings.perHost = 16
        let mailbox = Mailbox()
        let reload = BackgroundReload(database: database, fetcher: FeedFetching.make(settings: settings), settings: settings, mailbox: mailbox)
        let (program, _) = makeProgram(database: database, reload: reload, mailbox: mailbox)
        program.start()
        press("F", program)
        // Row 12 is now the loopback feeds' tag (after the new items and ten bench tags):
        // r reloads its feeds only.
        press("12G", program)
        program.drawFrame()
        let started = clock.now
        press("r", program)
        var latencies = KeyTimes()
        var index = 0
        while (program.state.feeds.reload != nil || reload.isRunning), clock.now - started < .seconds(300) {
            let notation = Self.script[index % Self.script.count]
            latencies.add(notation, timeKey(notation, program, clock: clock))
            index += 1
            Thread.sleep(forTimeInterval: 0.005)
        }
        let duration = clock.now - started
        program.receiveMail()
        return (latencies, duration, program.state.message?.text ?? "")
    }

    /// Builds the library at `path` (`false` when it already has the feeds).
    private func build(path: String) throws -> Bool {
        let database = try AppDatabase.open(path: path)
        guard try database.feeds().count < feeds else { return false }
        let requests = (0..<feeds).map { FeedSubscriptionRequest(url: "https://bench.example/feed/\($0).xml", tags: ["bench-\($0 % 10)"]) }
        let subscribed = try database.subscribe(requests).added
        var generator = SyntheticLibrary()
        var progress = ProgressBar(total: articles, label: "building")
        let share = max(1, (articles - largestFeed) / max(1, feeds - 1))
        var number = 0
        var pending: [FeedUpdate] = []
        var pendingCount = 0
        for (position, feed) in subscribed.enumerated() {
            let count = position == 0 ? largestFeed : (position == subscribed.count - 1 ? articles - number : share)
            var entries: [FeedItemEntry] = []
            for _ in 0..<max(0, count) {
                let article = generator.article(number: number)
                entries.append(FeedItemEntry(guid: "bench-\(number)", link: article.article.url, title: article.article.title,
                                             published: Date(timeIntervalSince1970: 1_780_000_000 + Double(number) * 60), article: article))
                number += 1
                pendingCount += 1
                if pendingCount >= 500 {
                    pending.append(FeedUpdate(feedId: feed.id, entries: entries))
                    entries = []
                    try store(pending, into: database)
                    pending = []
                    pendingCount = 0
                    progress.update(number)
                }
            }
            if !entries.isEmpty { pending.append(FeedUpdate(feedId: feed.id, entries: entries)) }
        }
        try store(pending, into: database)
        progress.finish()
        return true
    }

    private func store(_ updates: [FeedUpdate], into database: AppDatabase) throws {
        guard !updates.isEmpty else { return }
        let failure = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await database.store(updates)
            } catch {
                failure.withLock { $0 = String(describing: error) }
            }
            done.signal()
        }
        done.wait()
        if let message = failure.withLock({ $0 }) { throw BenchFailure(message: message) }
    }
}

/// Key-to-frame times, with the slowest of each key.
struct KeyTimes {
    private var all: [Duration] = []
    private var processor: [Duration] = []
    private var slowest: [String: Duration] = [:]

    /// How many keys were timed.
    var count: Int { all.count }

    /// The 99th percentile of the wall-clock times.
    var p99: Duration { BenchTime.percentile(all.sorted(), 0.99) }

    mutating func add(_ notation: String, _ time: (wall: Duration, processor: Duration)) {
        all.append(time.wall)
        processor.append(time.processor)
        slowest[notation] = max(slowest[notation] ?? .zero, time.wall)
    }

    /// p50, p99, max, the count, and the three slowest keys.
    var summary: String {
        let sorted = all.sorted()
        let keys = slowest.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key) \(BenchTime.milliseconds($0.value))" }
        return "p50 \(BenchTime.milliseconds(BenchTime.percentile(sorted, 0.5))) ms, p99 \(BenchTime.milliseconds(BenchTime.percentile(sorted, 0.99))) ms, "
            + "max \(BenchTime.milliseconds(sorted.last ?? .zero)) ms (\(sorted.count) keys; slowest: \(keys.joined(separator: ", ")) ms); "
            + "processor time of the run loop's thread p99 \(BenchTime.milliseconds(BenchTime.percentile(processor.sorted(), 0.99))) ms"
    }
}

/// The machine's load when a benchmark runs: its figures are wall-clock times on shared cores.
enum MachineLoad {
    /// "2 cores, load average 3.41 (1 min), 3.05 (5 min)".
    static var description: String {
        var loads = [Double](repeating: 0, count: 2)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard getloadavg(&loads, 2) == 2 else { return "\(cores) cores, load average unknown" }
        return "\(cores) cores, load average " + String(format: "%.2f (1 min), %.2f (5 min)", loads[0], loads[1])
    }
}

/// A failure of a benchmark step.
struct BenchFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Effects that leave the terminal do nothing in the benchmarks.
final class BenchExternalActions: ExternalActions {
    func open(url: String) -> String? { nil }
    func editNote(_ initial: String) -> String? { nil }
}

/// Percentiles and milliseconds of measured durations.
enum BenchTime {
    /// The value at `fraction` of `sorted`.
    static func percentile(_ sorted: [Duration], _ fraction: Double) -> Duration {
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }

    /// The processor time this thread has used (CLOCK_THREAD_CPUTIME_ID): what a key costs,
    /// whatever else the machine is doing.
    static func threadProcessorTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// `duration` in milliseconds with three decimals.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.3f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
