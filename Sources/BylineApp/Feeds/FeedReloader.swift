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
    /// finishes; the report keeps the order of `feeds`.
    public func reload(_ feeds: [StoredFeed], onResult: @escaping @Sendable (FeedReloadResult) -> Void = { _ in })
        async -> FeedReloadReport {
        let started = Date()
        var results = [FeedReloadResult?](repeating: nil, count: feeds.count)
        await withTaskGroup(of: (Int, FeedReloadResult).self) { group in
            var next = 0
            let addNext = { (group: inout TaskGroup<(Int, FeedReloadResult)>) in
                let index = next
                let feed = feeds[index]
                group.addTask { (index, await reload(feed)) }
                next += 1
            }
            while next < min(settings.concurrency, feeds.count) { addNext(&group) }
            for await (index, result) in group {
                results[index] = result
                onResult(result)
                if next < feeds.count, !Task.isCancelled { addNext(&group) }
            }
        }
        let finished = zip(feeds, results).map { feed, result in
            result ?? FeedReloadResult(feed: feed, status: feed.status, message: "cancelled")
        }
        return FeedReloadReport(feeds: finished, seconds: Date().timeIntervalSince(started))
    }

    /// Reloads one feed and records the outcome.
    func reload(_ feed: StoredFeed) async -> FeedReloadResult {
        let checkedAt = now()
        if feed.status == .gone {
            return FeedReloadResult(feed: feed, status: .gone, message: "the feed is gone (HTTP 410) and no longer polled")
        }
        if let until = feed.retryAfter, until > checkedAt {
            return FeedReloadResult(feed: feed, status: .retryLater, message: "the server asked to wait until \(FeedDate.rfc822(until))")
        }
        guard let url = FeedAddress.url(feed.url) else {
            return await record(FeedCheck(status: .failed, error: "not a feed address: \(feed.url)", checkedAt: checkedAt), feed: feed)
        }
        let outcome = await fetcher.fetch(FetchRequest(url: url, etag: feed.etag, lastModified: feed.lastModified))
        switch outcome {
        case .notModified(let movedTo):
            return await record(FeedCheck(status: .notModified, checkedAt: checkedAt, movedTo: movedTo?.absoluteString), feed: feed)
        case .gone:
            return await record(FeedCheck(status: .gone, error: "the feed is gone (HTTP 410); it will no longer be polled",
                                    checkedAt: checkedAt), feed: feed)
        case .retryLater(let after, let status):
            let until = after ?? checkedAt.addingTimeInterval(3600)
            return await record(FeedCheck(status: .retryLater, error: "HTTP \(status): the server asked to wait until \(FeedDate.rfc822(until))",
                                    checkedAt: checkedAt, retryAfter: until), feed: feed)
        case .failed(let failure):
            return await record(FeedCheck(status: .failed, error: failure.description, checkedAt: checkedAt), feed: feed)
        case .fetched(let document, let movedTo):
            return await read(document, movedTo: movedTo, feed: feed, checkedAt: checkedAt)
        }
    }

    /// Reads a fetched feed, stores its new items and records the fetch.
    private func read(_ document: FetchedDocument, movedTo: URL?, feed: StoredFeed, checkedAt: Date) async -> FeedReloadResult {
        let parsed: Feed
        do {
            parsed = try FeedParser.parse(document.body, url: document.finalURL.absoluteString, contentType: document.contentType)
        } catch {
            // The validators are not kept: the next fetch must not be told "not modified".
            return await record(FeedCheck(status: .failed, error: "\(error); the library keeps the items it has",
                                    checkedAt: checkedAt, movedTo: movedTo?.absoluteString), feed: feed)
        }
        var check = FeedCheck(status: .ok, checkedAt: checkedAt, etag: document.etag, lastModified: document.lastModified,
                              movedTo: movedTo?.absoluteString, feedTitle: parsed.title, siteURL: parsed.siteURL)
        var notes = parsed.warnings
        var stored = (new: 0, pageFailures: 0, removed: 0)
        do {
            let fresh = try await newItems(of: parsed, feed: feed)
            if parsed.items.isEmpty { notes.append("the feed listed no items; the library keeps the items it has") }
            let entries = await entries(for: fresh, feed: feed, feedTitle: parsed.title, firstSeen: checkedAt)
            try await database.store(entries.map(\.entry), feedId: feed.id, now: checkedAt)
            stored.new = entries.count
            stored.pageFailures = entries.filter(\.pageFailed).count
            let keep = settings.retention(url: feed.url)
            stored.removed = try await database.applyRetention(FeedRetention(count: keep.items, maxAge: keep.days.map { Double($0) * 86_400 }),
                                                         feedId: feed.id, now: checkedAt)
        } catch {
            check = FeedCheck(status: .failed, error: "the library could not store the items: \(error)", checkedAt: checkedAt)
        }
        if check.error == nil, !notes.isEmpty { check.error = notes.joined(separator: "; ") }
        var result = await record(check, feed: feed)
        result.newItems = stored.new
        result.pageFailures = stored.pageFailures
        result.removed = stored.removed
        return result
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
                    let made = await entry(for: item, fetchPage: fetchPages, feedTitle: feedTitle ?? feed.feedTitle, firstSeen: firstSeen)
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
    private func entry(for item: FeedItem, fetchPage: Bool, feedTitle: String?, firstSeen: Date) async
        -> (entry: FeedItemEntry, pageFailed: Bool) {
        var page: FetchedDocument?
        var problem: String?
        if fetchPage, let link = item.link, let url = FeedAddress.webURL(link) {
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

    /// Records `check` on the subscription and returns the feed's result.
    private func record(_ check: FeedCheck, feed: StoredFeed) async -> FeedReloadResult {
        var message = check.error
        do {
            try await database.record(check, feedId: feed.id)
        } catch {
            message = [message, "the reload could not be recorded: \(error)"].compactMap { $0 }.joined(separator: "; ")
        }
        var result = FeedReloadResult(feed: feed, status: check.status, message: message)
        result.movedTo = check.movedTo
        result.title = check.feedTitle.map { feed.userTitle ?? $0 } ?? feed.displayTitle
        return result
    }
}

extension FeedReloadResult {
    /// A result for `feed` with nothing new.
    init(feed: StoredFeed, status: StoredFeed.Status, message: String?) {
        self.init(feedId: feed.id, url: feed.url, title: feed.displayTitle, status: status, newItems: 0,
                  pageFailures: 0, message: message, movedTo: nil, removed: 0)
    }
}
