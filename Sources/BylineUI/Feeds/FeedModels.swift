/// One subscription as the feeds screen shows it.
public struct FeedSummary: Hashable, Sendable {
    /// The library's id of the feed.
    public var id: Int64
    /// The name shown (the user's, else the feed's, else its address).
    public var title: String
    /// The user's tags.
    public var tags: [String]
    /// Articles the feed brought that are not read yet.
    public var unreadCount: Int
    /// Articles the feed brought that are in the library.
    public var articleCount: Int
    /// When the newest item was first seen, as the feeds screen prints it; `nil` before any.
    public var lastUpdate: String?
    /// Why the last reload failed, when it did.
    public var failure: String?

    /// Creates a summary.
    public init(id: Int64, title: String, tags: [String] = [], unreadCount: Int = 0, articleCount: Int = 0,
                lastUpdate: String? = nil, failure: String? = nil) {
        self.id = id
        self.title = title
        self.tags = tags
        self.unreadCount = unreadCount
        self.articleCount = articleCount
        self.lastUpdate = lastUpdate
        self.failure = failure
    }
}

/// Every subscription, and how many of their articles are new (unread) in all.
public struct FeedOverview: Hashable, Sendable {
    /// The subscriptions, in the order they were added.
    public var feeds: [FeedSummary]
    /// Unread articles brought by any feed (one that two feeds list counts once).
    public var newItemCount: Int

    /// Creates an overview.
    public init(feeds: [FeedSummary], newItemCount: Int) {
        self.feeds = feeds
        self.newItemCount = newItemCount
    }
}

/// A row of the feeds screen.
public enum FeedEntry: Hashable, Sendable {
    /// Every new item across feeds.
    case newItems(count: Int)
    /// A tag gathering the items of its feeds (a query feed).
    case tag(TagSummary)
    /// One subscription.
    case feed(FeedSummary)
}

/// A tag of the feeds screen: its feeds and their counts added up.
public struct TagSummary: Hashable, Sendable {
    /// The tag.
    public var name: String
    /// The tagged feeds' ids.
    public var feedIDs: [Int64]
    /// Unread articles of the tagged feeds (summed per feed).
    public var unreadCount: Int

    /// The tags of `feeds`, by name, each with its feeds.
    static func gathering(_ feeds: [FeedSummary]) -> [TagSummary] {
        var byName: [String: TagSummary] = [:]
        for feed in feeds {
            for tag in Set(feed.tags) {
                byName[tag, default: TagSummary(name: tag, feedIDs: [], unreadCount: 0)].feedIDs.append(feed.id)
                byName[tag]!.unreadCount += feed.unreadCount
            }
        }
        return byName.values.sorted { $0.name.lowercased() < $1.name.lowercased() || ($0.name.lowercased() == $1.name.lowercased() && $0.name < $1.name) }
    }
}

/// What the library list shows: the whole library, or the items of feeds.
public enum ListScope: Hashable, Sendable {
    /// Every article.
    case library
    /// The items of every feed that are not read yet.
    case newItems
    /// The items of one feed.
    case feed(id: Int64, title: String)
    /// The items of every feed tagged `name`.
    case tag(String)

    /// The list's heading.
    var heading: String {
        switch self {
        case .library: return "Byline"
        case .newItems: return "New items"
        case .feed(_, let title): return "Feed: " + title
        case .tag(let name): return "Tag: " + name
        }
    }
}

/// A reload under way: feeds done of those asked for, and what they brought.
public struct ReloadProgress: Hashable, Sendable {
    /// Feeds being reloaded.
    public var total: Int
    /// Feeds finished.
    public var done = 0
    /// New items stored so far.
    public var newItems = 0
    /// Feeds that could not be read.
    public var failed = 0
    /// Feeds done when the lists were last loaded again, and whether a feed done since
    /// brought items or failed.
    var doneAtRefresh = 0
    var changedSinceRefresh = false

    /// A reload of `total` feeds, none done.
    public init(total: Int) {
        self.total = total
    }

    /// Takes in one feed's outcome; returns whether the lists shown should be loaded again:
    /// when something changed, at most once per tenth of the feeds (a hundred feeds finishing
    /// in a burst would otherwise reload the lists a hundred times while keys wait).
    mutating func receive(_ outcome: FeedReloadOutcome) -> Bool {
        done += 1
        newItems += outcome.newItems
        if outcome.failure != nil { failed += 1 }
        changedSinceRefresh = changedSinceRefresh || outcome.newItems > 0 || outcome.failure != nil
        guard changedSinceRefresh, done - doneAtRefresh >= max(1, total / 10) else { return false }
        doneAtRefresh = done
        changedSinceRefresh = false
        return true
    }

    /// The status line's words for it.
    var description: String {
        "Reloading \(done)/\(total) feeds · \(newItems) new" + (failed > 0 ? " · \(failed) failed" : "")
    }
}

/// How one feed's reload went, as the reader hears of it.
public struct FeedReloadOutcome: Hashable, Sendable {
    /// The feed.
    public var feedID: Int64
    /// Items it listed for the first time, now stored.
    public var newItems: Int
    /// Why it could not be read, when it could not.
    public var failure: String?

    /// Creates an outcome.
    public init(feedID: Int64, newItems: Int, failure: String? = nil) {
        self.feedID = feedID
        self.newItems = newItems
        self.failure = failure
    }
}

/// The feeds screen: the rows, the selection, and the reload under way.
public struct FeedsState: Hashable, Sendable {
    /// The subscriptions and counts, once loaded.
    public private(set) var overview: FeedOverview?
    /// The rows: new items, then the tags, then the feeds.
    public private(set) var entries: [FeedEntry] = []
    /// The selected row.
    public var selected = 0
    /// The reload under way, if any.
    public var reload: ReloadProgress?

    /// Takes in a loaded overview, keeping the selection on the same row where it still is.
    mutating func receive(_ overview: FeedOverview) {
        let kept = entries.indices.contains(selected) ? entries[selected].identity : nil
        self.overview = overview
        entries = [.newItems(count: overview.newItemCount)] + TagSummary.gathering(overview.feeds).map(FeedEntry.tag)
            + overview.feeds.map(FeedEntry.feed)
        selected = kept.flatMap { identity in entries.firstIndex { $0.identity == identity } } ?? min(selected, entries.count - 1)
    }

    /// The selected row, if any.
    var selectedEntry: FeedEntry? { entries.indices.contains(selected) ? entries[selected] : nil }

    /// Counts `item` read (or unread again) in the feeds that list it and in the new items.
    mutating func count(_ item: ArticleSummary, read: Bool) {
        guard var changed = overview, !item.feedIDs.isEmpty else { return }
        let step = read ? -1 : 1
        for index in changed.feeds.indices where item.feedIDs.contains(changed.feeds[index].id) {
            changed.feeds[index].unreadCount = max(0, changed.feeds[index].unreadCount + step)
        }
        changed.newItemCount = max(0, changed.newItemCount + step)
        receive(changed)
    }
}

extension FeedEntry {
    /// What stays the same about a row when its counts change.
    var identity: String {
        switch self {
        case .newItems: return "new"
        case .tag(let tag): return "tag:" + tag.name
        case .feed(let feed): return "feed:\(feed.id)"
        }
    }
}
