import BylineCore
import Foundation

/// A subscription as the library keeps it.
public struct StoredFeed: Hashable, Sendable, Codable {
    /// How the last reload of a feed went.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Subscribed, never reloaded.
        case new
        /// Fetched and read.
        case ok
        /// The server said nothing changed (304).
        case notModified = "not-modified"
        /// The fetch or the parse failed; `lastError` says why.
        case failed
        /// The server said the feed is gone for good (410): it is no longer polled.
        case gone
        /// The server asked to be left alone until `retryAfter` (429, 503).
        case retryLater = "retry-later"
    }

    /// The library's id of the feed.
    public var id: Int64
    /// Where the feed is fetched from (after any permanent redirect).
    public var url: String
    /// The title the feed gives itself.
    public var feedTitle: String?
    /// The user's name for the feed, which wins over the feed's own.
    public var userTitle: String?
    /// The website the feed belongs to.
    public var siteURL: String?
    /// The user's tags.
    public var tags: [String]
    /// Whether the full article behind each item is fetched; `nil` follows the configuration.
    public var fullText: Bool?
    /// The validators of the last successful fetch, sent back on the next one.
    public var etag: String?
    public var lastModified: String?
    /// How the last reload went, why it failed, and when it ran.
    public var status: Status
    public var lastError: String?
    public var checkedAt: Date?
    /// The earliest time the server accepts another fetch.
    public var retryAfter: Date?
    /// When the user subscribed.
    public var addedAt: Date

    /// The name to show: the user's, else the feed's, else its URL.
    public var displayTitle: String { userTitle ?? feedTitle ?? url }
}

/// A subscription with the counts `feed list` and the feeds screen show.
public struct FeedListing: Hashable, Sendable {
    /// The subscription.
    public var feed: StoredFeed
    /// Items whose article is in the library.
    public var articleCount: Int
    /// Of those, the ones not read yet.
    public var unreadCount: Int
    /// When the newest item was first seen.
    public var lastItemAt: Date?
}

/// A new subscription: where the feed is, and what the user says of it.
public struct FeedSubscriptionRequest: Hashable, Sendable {
    public var url: String
    public var title: String?
    public var tags: [String]
    public var fullText: Bool?

    /// Creates a subscription request.
    public init(url: String, title: String? = nil, tags: [String] = [], fullText: Bool? = nil) {
        self.url = url
        self.title = title
        self.tags = tags
        self.fullText = fullText
    }
}

/// What one reload learned about a feed, to record on the subscription.
public struct FeedCheck: Hashable, Sendable {
    public var status: StoredFeed.Status
    public var error: String?
    public var checkedAt: Date
    /// New validators; `nil` keeps the stored ones.
    public var etag: String?
    public var lastModified: String?
    /// The feed's new URL after a permanent redirect.
    public var movedTo: String?
    public var retryAfter: Date?
    /// The feed's own title and website, when it was read.
    public var feedTitle: String?
    public var siteURL: String?

    /// Creates a check record.
    public init(status: StoredFeed.Status, error: String? = nil, checkedAt: Date, etag: String? = nil,
                lastModified: String? = nil, movedTo: String? = nil, retryAfter: Date? = nil,
                feedTitle: String? = nil, siteURL: String? = nil) {
        self.status = status
        self.error = error
        self.checkedAt = checkedAt
        self.etag = etag
        self.lastModified = lastModified
        self.movedTo = movedTo
        self.retryAfter = retryAfter
        self.feedTitle = feedTitle
        self.siteURL = siteURL
    }
}

/// The items a feed has listed before: their keys and their links, so that an item whose
/// GUID changed but whose link did not is not new.
public struct KnownFeedItems: Hashable, Sendable {
    public var guids: Set<String>
    public var links: Set<String>

    /// Whether an item with `guid` and `link` was seen before.
    public func contains(guid: String, link: String?) -> Bool {
        guids.contains(guid) || link.map(links.contains) == true
    }
}

/// A feed item to store: its identity in the feed and the article read for it, if any.
public struct FeedItemEntry: Sendable {
    public var guid: String
    public var link: String?
    public var title: String?
    public var published: Date?
    /// The files the item carries (audio, pictures, documents).
    public var enclosures: [FeedEnclosure]
    /// The article (page or feed content) and its analysis; `nil` keeps only the item's memory.
    public var article: LibraryArticle?

    /// Creates an item entry.
    public init(guid: String, link: String?, title: String?, published: Date?, enclosures: [FeedEnclosure] = [],
                article: LibraryArticle?) {
        self.guid = guid
        self.link = link
        self.title = title
        self.published = published
        self.enclosures = enclosures
        self.article = article
    }
}

/// One feed's share of a reload: its new items, and what the reload learned of it.
public struct FeedUpdate: Sendable {
    public var feedId: Int64
    public var entries: [FeedItemEntry]
    /// The check to record with the items; `nil` records none.
    public var check: FeedCheck?

    /// Creates an update.
    public init(feedId: Int64, entries: [FeedItemEntry], check: FeedCheck? = nil) {
        self.feedId = feedId
        self.entries = entries
        self.check = check
    }
}

/// How many of a feed's articles the library keeps: the newest `count`, those younger than
/// `maxAge`, or both. Starred and annotated articles are always kept.
public struct FeedRetention: Hashable, Sendable {
    public var count: Int?
    public var maxAge: TimeInterval?

    /// Creates a retention rule; two `nil`s keep everything.
    public init(count: Int? = nil, maxAge: TimeInterval? = nil) {
        self.count = count
        self.maxAge = maxAge
    }
}

/// A subscription change the library refuses.
public enum FeedStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case alreadySubscribed(String)
    case noSuchFeed(String)

    public var description: String {
        switch self {
        case .alreadySubscribed(let url): return "already subscribed to \(url)"
        case .noSuchFeed(let name): return "no feed matches \(name) (see `byline feed list`)"
        }
    }
}
