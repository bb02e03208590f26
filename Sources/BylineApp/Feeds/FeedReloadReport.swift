import BylineStore
import Foundation

/// What reloading one feed did, for `byline reload` and the reader's status line.
public struct FeedReloadResult: Hashable, Sendable, Encodable {
    /// The feed's id and URL (its new URL after a permanent redirect) and title.
    public var feedId: Int64
    public var url: String
    public var title: String
    /// How the reload went.
    public var status: StoredFeed.Status
    /// Items the feed listed for the first time.
    public var newItems: Int
    /// Of those, items whose page could not be fetched (the feed's content stands in).
    public var pageFailures: Int
    /// Why the reload failed, or what it noticed ("the feed listed no items").
    public var message: String?
    /// The feed's new address, when it moved for good.
    public var movedTo: String?
    /// Articles removed by retention.
    public var removed: Int

    /// Whether the feed could not be read.
    public var failed: Bool { status == .failed }

    enum CodingKeys: String, CodingKey {
        case feedId = "id", url, title, status, newItems = "new", pageFailures, message, movedTo, removed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(feedId, forKey: .feedId)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(status.rawValue, forKey: .status)
        try container.encode(newItems, forKey: .newItems)
        try container.encode(pageFailures, forKey: .pageFailures)
        try container.encode(message, forKey: .message)
        try container.encode(movedTo, forKey: .movedTo)
        try container.encode(removed, forKey: .removed)
    }
}

/// What a reload of several feeds did.
public struct FeedReloadReport: Hashable, Sendable, Encodable {
    /// One result per feed, in the order the feeds were given.
    public var feeds: [FeedReloadResult]
    /// Wall-clock seconds the reload took.
    public var seconds: Double

    /// Items new in all feeds.
    public var newItems: Int { feeds.reduce(0) { $0 + $1.newItems } }
    /// Feeds that could not be read.
    public var failures: Int { feeds.filter(\.failed).count }

    enum CodingKeys: String, CodingKey { case feeds, newItems = "new", failed, seconds }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(feeds, forKey: .feeds)
        try container.encode(newItems, forKey: .newItems)
        try container.encode(failures, forKey: .failed)
        try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
    }
}
