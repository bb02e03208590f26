import BylineStore
import BylineUI
import Dispatch
import Synchronization

/// The terminal reader's feed reloads: one at a time, on a task of its own (never the run
/// loop's thread), each feed's outcome posted to the mailbox once its items are stored.
/// Cancelling lets the reload store the feeds it finished, in whole transactions, and leaves
/// the others as they were: nothing is half written and no feed is marked failed for it.
public final class BackgroundReload: Sendable {
    /// A reload under way.
    private struct Running: Sendable {
        let task: Task<Void, Never>
        let finished: DispatchSemaphore
    }

    /// How long quitting waits for a cancelled reload to wind down (fetches in flight are
    /// cancelled at once; an article being analysed or a batch being stored is finished).
    static let finishTimeout: DispatchTimeInterval = .seconds(10)

    private let reloader: FeedReloader
    private let mailbox: Mailbox
    private let running = Mutex<Running?>(nil)

    /// Reloads into `database` with `fetcher` and `settings`, posting to `mailbox`.
    public init(database: AppDatabase, fetcher: any HTTPFetching, settings: FeedSettings, mailbox: Mailbox) {
        reloader = FeedReloader(database: database, fetcher: fetcher, settings: settings)
        self.mailbox = mailbox
    }

    /// Starts reloading `feeds`; `false` when a reload is under way already.
    public func start(_ feeds: [StoredFeed]) -> Bool {
        running.withLock { current in
            guard current == nil else { return false }
            let finished = DispatchSemaphore(value: 0)
            // Below the run loop's thread: reading and analysing pages must not take the
            // processor from the keys.
            let task = Task.detached(priority: .background) { [reloader, mailbox] in
                _ = await reloader.reload(feeds) { result in mailbox.post(.feedReloaded(FeedReloadOutcome(result))) }
                self.running.withLock { $0 = nil }
                mailbox.post(.reloadFinished(cancelled: Task.isCancelled))
                finished.signal()
            }
            current = Running(task: task, finished: finished)
            return true
        }
    }

    /// Whether a reload is under way.
    public var isRunning: Bool { running.withLock { $0 != nil } }

    /// Cancels the reload under way, if any, and waits (at most `finishTimeout`) for it to
    /// store what it finished and stop.
    public func cancelAndWait() {
        guard let current = running.withLock({ $0 }) else { return }
        current.task.cancel()
        _ = current.finished.wait(timeout: .now() + Self.finishTimeout)
    }
}

extension FeedReloadOutcome {
    /// What the reader shows of one feed's reload.
    init(_ result: FeedReloadResult) {
        self.init(feedID: result.feedId, newItems: result.newItems,
                  failure: result.failed || result.status == .gone ? result.message ?? result.status.rawValue : nil)
    }
}
