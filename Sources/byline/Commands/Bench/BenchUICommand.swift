import ArgumentParser
import BylineApp
import BylineCore
import BylineStore
import BylineTerminal
import BylineUI
import Foundation

/// `byline bench ui`: how fast the reader draws its first frame and answers keys, over a
/// large synthetic library in memory or a SQLite library (`--library`), in an in-memory
/// terminal. Figures, never pass/fail.
struct BenchUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Measure the reader's first frame and key-to-frame latency on a synthetic library."
    )

    @Option(name: .long, help: "Articles in the synthetic library.")
    var articles = 100_000

    @Option(name: .long, help: "Rounds of the key script to time.")
    var rounds = 50

    @Option(name: .long, help: "Terminal width.")
    var width = 120

    @Option(name: .long, help: "Terminal height.")
    var height = 40

    @Option(name: .long, help: ArgumentHelp(
        "Measure this SQLite library (for example one made by `byline bench library --library PATH`) instead of a synthetic one in memory; the first frame then includes opening it.",
        valueName: "path"))
    var library: String?

    @Flag(name: .long, help: ArgumentHelp(
        "Measure the feeds screen instead: a SQLite library (built at --library, or in a temporary folder) of --articles articles in --feeds feeds, and a reload of --reload-feeds loopback feeds."))
    var feedsScreen = false

    @Option(name: .long, help: "Feeds of the --feeds-screen library.")
    var feeds = 1_000

    @Option(name: .long, help: "Items of the largest feed of the --feeds-screen library.")
    var largestFeed = 15_000

    @Option(name: .long, help: "Loopback feeds reloaded while keys are timed (--feeds-screen).")
    var reloadFeeds = 100

    func validate() throws {
        guard articles > 0, rounds > 0, width >= 40, height >= 8 else { throw ValidationError("sizes must be positive and the terminal at least 40×8") }
        guard !feedsScreen || (feeds >= 12 && largestFeed > 0 && largestFeed < articles && reloadFeeds > 0) else {
            throw ValidationError("--feeds-screen needs at least 12 feeds, a largest feed smaller than --articles, and feeds to reload")
        }
    }

    func run() throws {
        if feedsScreen { return try runFeedsScreen() }
        let clock = ContinuousClock()
        let generationStart = clock.now
        let memoryLibrary = library == nil ? InMemoryLibrary(entries: (0..<articles).map(SyntheticArticle.entry)) : nil
        let generation = clock.now - generationStart

        let backend = TestBackend(size: Size(width: width, height: height))
        let firstFrameStart = clock.now
        let firstFrameProcessorStart = BenchTime.threadProcessorTime()
        let executor: LibraryExecutor = try memoryLibrary ?? StoreLibraryExecutor(database: AppDatabase.open(path: library!))
        let program = Program(state: AppState(size: backend.size), backend: backend, renderer: Renderer(theme: BuiltinTheme.theme),
                              library: executor, external: BenchExternalActions())
        program.start()
        let firstFrame = clock.now - firstFrameStart
        let firstFrameProcessor = BenchTime.threadProcessorTime() - firstFrameProcessorStart
        let firstFrameCells = program.lastFrameCellCount

        let script = ["j", "j", "k", "<C-d>", "G", "gg", "5j", "<Enter>", "]q", "]q", "]c", "gs", "<C-o>", "p", "<Tab>", "j", "<Enter>",
                      "/", "s", "a", "i", "d", "<Enter>", "n", "v", "v", "<Esc>", "<Esc>", "j", "<Space>", "q", "j"]
        var latencies: [Duration] = []
        var processorTimes: [Duration] = []
        var slowest: [String: Duration] = [:]
        var cells: [Int] = []
        for _ in 0..<rounds {
            for notation in script {
                for key in KeyPress.sequence(notation) ?? [] {
                    let start = clock.now
                    let processorStart = BenchTime.threadProcessorTime()
                    program.handle(.key(key))
                    program.drawFrame()
                    let latency = clock.now - start
                    processorTimes.append(BenchTime.threadProcessorTime() - processorStart)
                    latencies.append(latency)
                    slowest[key.description] = max(slowest[key.description] ?? .zero, latency)
                    cells.append(program.lastFrameCellCount)
                }
            }
        }
        let filterLatencies = timeTyping("/article 9", program: program, clock: clock)
        for key in KeyPress.sequence("<Esc>") ?? [] { program.handle(.key(key)) }
        let quoteSearchLatencies = timeTyping("Sthe steel", program: program, clock: clock)

        let long = measureLongArticle(clock: clock)

        latencies.sort()
        processorTimes.sort()
        let fullScreen = width * height
        let source = library.map { "the SQLite library \($0)" } ?? "\(articles) synthetic articles in memory"
        print("""
            bench ui: \(source), terminal \(width)×\(height), \(latencies.count) timed keys
            library build           \(library == nil ? "\(BenchTime.milliseconds(generation)) ms (generating articles and building the default order and filter keys; not part of start-up)" : "none (opening the file is part of the first frame)")
            first frame             \(BenchTime.milliseconds(firstFrame)) ms, processor \(BenchTime.milliseconds(firstFrameProcessor)) ms (\(firstFrameCells) cells written)
            key to frame p50        \(BenchTime.milliseconds(BenchTime.percentile(latencies, 0.50))) ms
            key to frame p99        \(BenchTime.milliseconds(BenchTime.percentile(latencies, 0.99))) ms
            key to frame max        \(BenchTime.milliseconds(latencies.last ?? .zero)) ms
            processor time per key  p50 \(BenchTime.milliseconds(BenchTime.percentile(processorTimes, 0.50))) ms, p99 \(BenchTime.milliseconds(BenchTime.percentile(processorTimes, 0.99))) ms, max \(BenchTime.milliseconds(processorTimes.last ?? .zero)) ms (immune to a busy machine)
            filter as you type p50  \(BenchTime.milliseconds(BenchTime.percentile(filterLatencies, 0.50))) ms (words of 3+ characters from the title index, shorter ones by a scan; with the count)
            filter as you type max  \(BenchTime.milliseconds(filterLatencies.last ?? .zero)) ms
            quote search as you type p50 \(BenchTime.milliseconds(BenchTime.percentile(quoteSearchLatencies, 0.50))) ms, max \(BenchTime.milliseconds(quoteSearchLatencies.last ?? .zero)) ms
            slowest keys            \(slowest.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key) \(BenchTime.milliseconds($0.value)) ms" }.joined(separator: ", "))
            long article (\(long.paragraphs) paragraphs, \(long.scalars) characters): open \(BenchTime.milliseconds(long.open)) ms, ]q p99 \(BenchTime.milliseconds(long.jump)) ms, resize \(BenchTime.milliseconds(long.resize)) ms
            cells written per key   mean \(cells.reduce(0, +) / max(1, cells.count)), max \(cells.max() ?? 0) of \(fullScreen)
            """)
    }

    /// The feeds screen's figures, on the library at `--library` (kept) or a temporary one.
    private func runFeedsScreen() throws {
        try Failure.exitingOnError {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-ui-\(getpid())")
            let path = library ?? folder.appendingPathComponent("library.sqlite").path
            defer { if library == nil { try? FileManager.default.removeItem(at: folder) } }
            let bench = FeedsScreenBench(articles: articles, feeds: feeds, largestFeed: largestFeed, reloadFeeds: reloadFeeds,
                                         rounds: rounds, size: Size(width: width, height: height))
            print(try bench.run(path: path))
        }
    }

    /// The latency of each key of `notation` typed one by one, each with its frame, sorted.
    private func timeTyping(_ notation: String, program: Program, clock: ContinuousClock) -> [Duration] {
        var latencies: [Duration] = []
        for key in KeyPress.sequence(notation) ?? [] {
            let start = clock.now
            program.handle(.key(key))
            program.drawFrame()
            latencies.append(clock.now - start)
        }
        return latencies.sorted()
    }

    /// Opening, jumping through and re-wrapping one very long article.
    private func measureLongArticle(clock: ContinuousClock) -> (paragraphs: Int, scalars: Int, open: Duration, jump: Duration, resize: Duration) {
        let paragraphs = 2_000
        let entry = SyntheticArticle.entry(0, paragraphs: paragraphs)
        let backend = TestBackend(size: Size(width: width, height: height))
        let program = Program(state: AppState(size: backend.size), backend: backend, renderer: Renderer(theme: BuiltinTheme.theme),
                              library: InMemoryLibrary(entries: [entry]), external: BenchExternalActions())
        program.start()
        let openStart = clock.now
        program.handle(.key(KeyPress(.enter)))
        program.drawFrame()
        let open = clock.now - openStart
        var jumps: [Duration] = []
        for _ in 0..<200 {
            for key in KeyPress.sequence("]q") ?? [] {
                let start = clock.now
                program.handle(.key(key))
                program.drawFrame()
                jumps.append(clock.now - start)
            }
        }
        jumps.sort()
        let resizeStart = clock.now
        program.handle(.resize(Size(width: width - 20, height: height)))
        program.drawFrame()
        let resize = clock.now - resizeStart
        return (paragraphs, entry.article.text.unicodeScalars.count, open, BenchTime.percentile(jumps, 0.99), resize)
    }

}

/// A made-up article with quotes, sources and claims placed by construction.
enum SyntheticArticle {
    private static let sites = ["The Harbour Herald", "Valley Courier", "Northgate Times", "Coastal Ledger", "Morning Signal"]
    private static let names = ["Lena Ortiz", "Amir Haddad", "June Park", "Tomas Reyes", "Ada Byrne", "Kofi Mensah"]

    static func entry(_ index: Int) -> InMemoryLibrary.Entry {
        entry(index, paragraphs: 8)
    }

    /// An article of `paragraphs` paragraphs, each with a claim, a quote and a vague claim.
    static func entry(_ index: Int, paragraphs count: Int) -> InMemoryLibrary.Entry {
        var builder = ArticleBuilder()
        var quotes: [Quote] = []
        var claims: [Claim] = []
        var mentions: [[Mention]] = Array(repeating: [], count: 2)
        var offset = 0
        for paragraph in 0..<count {
            let speaker = paragraph % 2
            let name = names[(index + speaker) % names.count]
            let opening = "\(name) said the council would review the budget for district \(paragraph) next week. "
            let quote = "We expect a decision before the end of the month and we will publish every figure"
            let text = opening + "\"" + quote + ",\" \(name.split(separator: " ").last!) said. Critics say the plan is rushed."
            if paragraph > 0 { offset += 2 }
            mentions[speaker].append(Mention(text: name, range: TextRange(start: offset, end: offset + name.unicodeScalars.count)))
            let claimStart = offset + name.unicodeScalars.count + " said ".unicodeScalars.count
            claims.append(Claim(range: TextRange(start: claimStart, end: offset + opening.unicodeScalars.count - 2), sourceIndex: speaker))
            let quoteStart = offset + opening.unicodeScalars.count + 1
            quotes.append(Quote(range: TextRange(start: quoteStart, end: quoteStart + quote.unicodeScalars.count), kind: .direct, sourceIndex: speaker))
            let vagueStart = offset + text.unicodeScalars.count - "the plan is rushed.".unicodeScalars.count
            claims.append(Claim(range: TextRange(start: vagueStart, end: vagueStart + "the plan is rushed".unicodeScalars.count), isVague: true))
            builder.append(text)
            offset += text.unicodeScalars.count
        }
        let sources = (0..<2).map { speaker in
            Source(name: names[(index + speaker) % names.count], kind: .person, sourceClass: speaker == 0 ? .official : .expert,
                   role: speaker == 0 ? "council member" : "professor of economics", mentions: mentions[speaker])
        }
        let article = Article(title: "Article \(index): council reviews district budgets", site: sites[index % sites.count],
                              published: String(format: "2026-%02d-%02d", index % 12 + 1, index % 28 + 1),
                              text: builder.text, paragraphs: builder.paragraphs)
        return InMemoryLibrary.Entry(id: Int64(index + 1), article: article, analysis: Analysis(quotes: quotes, sources: sources, claims: claims.sorted { $0.range < $1.range }))
    }
}
