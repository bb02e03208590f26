import BylineCore
import BylineStore
import BylineUI
import Foundation

/// Reloads feeds: fetches each (conditionally, several at a time), reads it, fetches the page
/// behind every new item, analyses it and stores it with the item, then records how the
/// reload went on the subscription.
///
/// Nothing a reload meets removes an item: a failed fetch, a login page served in place of the
/// feed, an empty body or a feed that suddenly lists nothing leave the library as it was, and
/// only the status and message say what happened. An item seen once is never new again.
public struct FeedReloader: Sendable {
    /// Pages fetched at once for one feed (the fetcher also limits connections per host).
    static let pagesPerFeed = 4

    let database: AppDatabase
    let fetcher: any HTTPFetching
    let settings: FeedSettings
    let now: @Sendable () -> Date

    /// Creates a reloader storing into `database`, fetching with `fetcher`.
    public init(database: AppDatabase, fetcher: any HTTPFetching, settings: FeedSettings,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.fetcher = fetcher
        self.settings = settings
        self.now = now
    }

    /// Reloads `feeds`, `settings.concurrency` at a time, calling `onResult` as each one
    /// finishes; the report keeps the order of `feeds`. New items are stored in batches of
    /// several feeds, one transaction each: one commit and one flush of the search indexes
    /// for a hundred articles cost a third of what a commit per feed did. A smaller batch is
    /// stored once it has waited `storeDelay`, so that a slow feed does not hold back the
    /// items of the fast ones (the reader shows them as they are stored).
    public func reload(_ feeds: [StoredFeed], onResult: @escaping @Sendable (FeedReloadResult) -> Void = { _ in })
        async -> FeedReloadReport {
        let started = Date()
        var results = [FeedReloadResult?](repeating: nil, count: feeds.count)
        var batch = StoreBatch()
        let finish = { (index: Int, result: FeedReloadResult) in
            results[index] = result
            onResult(result)
        }
        await withTaskGroup(of: (Int, FeedStep).self) { group in
            var next = 0
            let addNext = { (group: inout TaskGroup<(Int, FeedStep)>) in
                let index = next
                let feed = feeds[index]
                group.addTask { (index, await reload(feed)) }
                next += 1
            }
            var running = 0
            var timerSet = false
            while next < min(settings.concurrency, feeds.count) { addNext(&group); running += 1 }
            for await (index, step) in group {
                switch step {
                case .recorded(let result):
                    running -= 1
                    finish(index, result)
                case .toStore(let update, let result):
                    running -= 1
                    batch.add(index: index, feed: feeds[index], update: update, result: result)
                    if batch.articleCount >= Self.storeBatchSize {
                        await store(batch).forEach(finish)
                        batch = StoreBatch()
                    } else if !timerSet {
                        timerSet = true
                        group.addTask {
                            try? await Task.sleep(for: Self.storeDelay)
                            return (-1, .storeDue)
                        }
                    }
                case .storeDue:
                    timerSet = false
                    await store(batch).forEach(finish)
                    batch = StoreBatch()
                    continue
                }
                if next < feeds.count, !Task.isCancelled {
                    addNext(&group)
                    running += 1
                }
                // The last feed is in: a waiting timer need not run out.
                if running == 0, next == feeds.count || Task.isCancelled { group.cancelAll() }
            }
        }
        await store(batch).forEach(finish)
        let finished = zip(feeds, results).map { feed, result in
            result ?? FeedReloadResult(feed: feed, status: feed.status, message: "cancelled")
        }
        return FeedReloadReport(feeds: finished, seconds: Date().timeIntervalSince(started))
    }

    /// Articles stored in one transaction, at least (a feed's items are never split).
    static let storeBatchSize = 100

    /// How long new items wait for others to share their transaction.
    static let storeDelay: Duration = .seconds(1)

    /// Stores a batch; returns each feed's final result, by its index. When the batch cannot
    /// be stored, each of its feeds is recorded as failed.
    private func store(_ batch: StoreBatch) async -> [(Int, FeedReloadResult)] {
        guard !batch.pending.isEmpty else { return [] }
        let checkedAt = now()
        do {
            try await database.store(batch.pending.map(\.update), now: checkedAt)
        } catch {
            var failed: [(Int, FeedReloadResult)] = []
            for item in batch.pending {
                let check = FeedCheck(status: .failed, error: "the library could not store the items: \(error)", checkedAt: checkedAt)
                failed.append((item.index, await record(check, feed: item.feed)))
            }
            return failed
        }
        var stored: [(Int, FeedReloadResult)] = []
        for item in batch.pending {
            var result = item.result
            let keep = settings.retention(url: item.feed.url)
            let retention = FeedRetention(count: keep.items, maxAge: keep.days.map { Double($0) * 86_400 })
            result.removed = (try? await database.applyRetention(retention, feedId: item.feed.id, now: checkedAt)) ?? 0
            stored.append((item.index, result))
        }
        return stored
    }

    /// Reloads one feed: records the outcome when there is nothing to store, else returns the
    /// items to store with the check that records the reload.
    func reload(_ feed: StoredFeed) async -> FeedStep {
        let checkedAt = now()
        if feed.status == .gone {
            return .recorded(FeedReloadResult(feed: feed, status: .gone, message: "the feed is gone (HTTP 410) and no longer polled"))
        }
        if let until = feed.retryAfter, until > checkedAt {
            return .recorded(FeedReloadResult(feed: feed, status: .retryLater,
                                              message: "the server asked to wait until \(FeedDate.rfc822(until))"))
        }
        guard let url = FeedAddress.url(feed.url) else {
            let check = FeedCheck(status: .failed, error: "not a feed address: \(feed.url)", checkedAt: checkedAt)
            return .recorded(await record(check, feed: feed))
        }
        let check: FeedCheck
        switch await fetcher.fetch(FetchRequest(url: url, etag: feed.etag, lastModified: feed.lastModified)) {
        case .fetched(let document, let movedTo):
            return await read(document, movedTo: movedTo, feed: feed, checkedAt: checkedAt)
        case .notModified(let movedTo):
            check = FeedCheck(status: .notModified, checkedAt: checkedAt, movedTo: movedTo?.absoluteString)
        case .gone:
            check = FeedCheck(status: .gone, error: "the feed is gone (HTTP 410); it will no longer be polled", checkedAt: checkedAt)
        case .retryLater(let after, let status):
            let until = after ?? checkedAt.addingTimeInterval(3600)
            check = FeedCheck(status: .retryLater, error: "HTTP \(status): the server asked to wait until \(FeedDate.rfc822(until))",
                              checkedAt: checkedAt, retryAfter: until)
        case .failed(let failure):
            if Task.isCancelled { return .recorded(Self.cancelled(feed)) }
            check = FeedCheck(status: .failed, error: failure.description, checkedAt: checkedAt)
        }
        return .recorded(await record(check, feed: feed))
    }

    /// Reads a fetched feed and makes the entries of its new items; the items are stored,
    /// and the fetch recorded, with the next batch.
    private func read(_ document: FetchedDocument, movedTo: URL?, feed: StoredFeed, checkedAt: Date) async -> FeedStep {
        let parsed: Feed
        do {
            parsed = try FeedParser.parse(document.body, url: document.finalURL.absoluteString, contentType: document.contentType)
        } catch {
            // The validators are not kept: the next fetch must not be told "not modified".
            return .recorded(await record(FeedCheck(status: .failed, error: "\(error); the library keeps the items it has",
                                                    checkedAt: checkedAt, movedTo: movedTo?.absoluteString), feed: feed))
        }
        let fresh: [FeedItem]
        do {
            fresh = try await newItems(of: parsed, feed: feed)
        } catch {
            return .recorded(await record(FeedCheck(status: .failed, error: "the library could not be read: \(error)",
                                                    checkedAt: checkedAt), feed: feed))
        }
        var notes = parsed.warnings
        if parsed.items.isEmpty { notes.append("the feed listed no items; the library keeps the items it has") }
        let check = FeedCheck(status: .ok, error: notes.isEmpty ? nil : notes.joined(separator: "; "), checkedAt: checkedAt,
                              etag: document.etag, lastModified: document.lastModified, movedTo: movedTo?.absoluteString,
                              feedTitle: parsed.title, siteURL: parsed.siteURL)
        let entries = await entries(for: fresh, feed: feed, feedTitle: parsed.title, firstSeen: checkedAt)
        // Pages whose fetch the cancellation cut short would store the feed's summary for
        // good: the feed is left as it was, its items new for the next reload.
        if Task.isCancelled { return .recorded(Self.cancelled(feed)) }
        var result = FeedReloadResult(feed: feed, check: check)
        result.newItems = entries.count
        result.pageFailures = entries.filter(\.pageFailed).count
        return .toStore(FeedUpdate(feedId: feed.id, entries: entries.map(\.entry), check: check), result)
    }

    /// The items of `parsed` the feed has not listed before, each once.
    private func newItems(of parsed: Feed, feed: StoredFeed) async throws -> [FeedItem] {
        let known = try await database.knownItems(feedId: feed.id)
        var guids = known.guids
        var links = Set(known.links.map(FeedItemKey.of))
        return parsed.items.filter { item in
            let key = FeedItemKey.of(item.guid)
            let link = item.link.map(FeedItemKey.of)
            guard !guids.contains(key), link.map(links.contains) != true else { return false }
            guids.insert(key)
            if let link { links.insert(link) }
            return true
        }
    }

    /// The entries to store for new items: the page behind each (a few at a time) or the
    /// feed's content, read and analysed; in the feed's order.
    private func entries(for items: [FeedItem], feed: StoredFeed, feedTitle: String?, firstSeen: Date) async
        -> [(entry: FeedItemEntry, pageFailed: Bool)] {
        let fetchPages = settings.fullText(url: feed.url, own: feed.fullText)
        var entries = [(entry: FeedItemEntry, pageFailed: Bool)?](repeating: nil, count: items.count)
        await withTaskGroup(of: (Int, FeedItemEntry, Bool).self) { group in
            var next = 0
            let addNext = { (group: inout TaskGroup<(Int, FeedItemEntry, Bool)>) in
                let index = next
                let item = items[index]
                group.addTask {
                    let made = await entry(for: item, fetchPage: fetchPages, feedAddress: feed.url, feedTitle: feedTitle ?? feed.feedTitle,
                                           firstSeen: firstSeen)
                    return (index, made.entry, made.pageFailed)
                }
                next += 1
            }
            while next < min(Self.pagesPerFeed, items.count) { addNext(&group) }
            for await (index, entry, pageFailed) in group {
                entries[index] = (entry, pageFailed)
                if next < items.count { addNext(&group) }
            }
        }
        return entries.compactMap { $0 }
    }

    /// The entry of one item: its page fetched when asked and possible, read and analysed.
    private func entry(for item: FeedItem, fetchPage: Bool, feedAddress: String, feedTitle: String?, firstSeen: Date) async
        -> (entry: FeedItemEntry, pageFailed: Bool) {
        var page: FetchedDocument?
        var problem: String?
        if fetchPage, let link = item.link, let url = FeedAddress.pageURL(link, feedAddress: feedAddress) {
            switch await fetcher.fetch(FetchRequest(url: url)) {
            case .fetched(let document, _):
                if ContentType.isHTML(document.contentType) {
                    page = document
                } else {
                    problem = "not a web page (\(document.contentType ?? "no type"))"
                }
            case .failed(let failure): problem = failure.description
            case .gone: problem = "gone (HTTP 410)"
            case .retryLater(_, let status): problem = "HTTP \(status)"
            case .notModified: problem = "HTTP 304 without a request for it"
            }
        }
        let made = FeedItemArticle(item: item, feedTitle: feedTitle, firstSeen: firstSeen).make(page: page, pageProblem: problem)
        let hasContent = !made.article.text.isEmpty || made.article.title != nil
        let entry = FeedItemEntry(guid: FeedItemKey.of(item.guid), link: item.link, title: item.title,
                                  published: item.published ?? item.updated, enclosures: item.enclosures,
                                  article: hasContent ? made : nil)
        return (entry, problem != nil)
    }

    /// The result of a feed whose reload was cancelled before it stored anything: nothing is
    /// recorded, so the feed keeps its status and validators.
    private static func cancelled(_ feed: StoredFeed) -> FeedReloadResult {
        FeedReloadResult(feed: feed, status: feed.status, message: "cancelled")
    }

    /// Records `check` on the subscription and returns the feed's result.
    private func record(_ check: FeedCheck, feed: StoredFeed) async -> FeedReloadResult {
        var message = check.error
        do {
            try await database.record(check, feedId: feed.id)
        } catch {
            message = [message, "the reload could not be recorded: \(error)"].compactMap { $0 }.joined(separator: "; ")
        }
        var result = FeedReloadResult(feed: feed, check: check)
        result.message = message
        return result
    }
}

extension FeedReloadResult {
    /// A result for `feed` with nothing new.
    init(feed: StoredFeed, status: StoredFeed.Status, message: String?) {
        self.init(feedId: feed.id, url: feed.url, title: feed.displayTitle, status: status, newItems: 0,
                  pageFailures: 0, message: message, movedTo: nil, removed: 0)
    }

    /// The result of a reload of `feed` that `check` records.
    init(feed: StoredFeed, check: FeedCheck) {
        self.init(feed: feed, status: check.status, message: check.error)
        movedTo = check.movedTo
        title = check.feedTitle.map { feed.userTitle ?? $0 } ?? feed.displayTitle
    }
}

/// What reloading one feed came to.
enum FeedStep: Sendable {
    /// Nothing to store: the outcome is recorded.
    case recorded(FeedReloadResult)
    /// New items to store, with the check that records the reload, and the result to report
    /// once they are stored.
    case toStore(FeedUpdate, FeedReloadResult)
    /// The items waiting in the batch have waited long enough: store them.
    case storeDue
}

/// Feeds whose new items wait to be stored together.
private struct StoreBatch: Sendable {
    struct Item: Sendable {
        let index: Int
        let feed: StoredFeed
        let update: FeedUpdate
        let result: FeedReloadResult
    }

    private(set) var pending: [Item] = []
    private(set) var articleCount = 0

    mutating func add(index: Int, feed: StoredFeed, update: FeedUpdate, result: FeedReloadResult) {
        pending.append(Item(index: index, feed: feed, update: update, result: result))
        articleCount += update.entries.count
    }
}
