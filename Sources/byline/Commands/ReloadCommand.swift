import ArgumentParser
import BylineApp
import BylineStore
import BylineUI
import Foundation
import Synchronization

/// `byline reload`: fetches the feeds and stores their new items with the full article.
struct ReloadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Fetch feeds and add their new items, with the article behind each, to the library.",
        discussion: """
            Feeds are fetched several at a time (`[feeds]` in config.toml sets how many, the \
            timeouts and the user agent). A feed that fails keeps every item the library has. \
            The exit status is 1 when any feed could not be read.
            """
    )

    @Argument(help: ArgumentHelp("Feeds to reload (id, URL or title); all when none is given.", valueName: "feed"))
    var feeds: [String] = []

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() async throws {
        let report = try await Failure.exitingOnError { () async throws -> FeedReloadReport in
            let database = try library.openExisting()
            let chosen = feeds.isEmpty ? try database.feeds() : try feeds.map(database.feed(named:))
            let settings = ConfigFile.load(environment: ProcessInfo.processInfo.environment).config.feeds
            let progress = ReloadProgress(total: chosen.count)
            let reloader = FeedReloader(database: database, fetcher: FeedFetching.make(settings: settings), settings: settings)
            let report = await reloader.reload(chosen) { _ in progress.finished() }
            progress.clear()
            return report
        }
        if json {
            try JSONOutput.print(report)
        } else {
            report.feeds.forEach { print(ReadableFeeds.line($0)) }
            print(ReadableFeeds.summary(report))
        }
        if report.failures > 0 { throw ExitCode.failure }
    }
}

/// Counts finished feeds on standard error while a reload runs.
private final class ReloadProgress: Sendable {
    private let state: Mutex<(bar: ProgressBar, done: Int)>

    init(total: Int) {
        state = Mutex((ProgressBar(total: total, label: "reloading"), 0))
    }

    func finished() {
        state.withLock { state in
            state.done += 1
            state.bar.update(state.done)
        }
    }

    func clear() {
        state.withLock { $0.bar.finish() }
    }
}
