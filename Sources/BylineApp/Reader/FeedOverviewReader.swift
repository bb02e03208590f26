import BylineStore
import BylineUI
import Foundation

/// The feeds screen's rows read from the library: each subscription with its counts, the
/// time its newest item came (local time) and the error of a failed last reload.
struct FeedOverviewReader {
    let database: AppDatabase

    func overview() throws -> FeedOverview {
        let feeds = try database.feedListings().map { listing in
            FeedSummary(id: listing.feed.id, title: listing.feed.displayTitle, tags: listing.feed.tags,
                        unreadCount: listing.unreadCount, articleCount: listing.articleCount,
                        lastUpdate: listing.lastItemAt.map(Self.localMinute), failure: Self.failure(of: listing.feed))
        }
        return FeedOverview(feeds: feeds, newItemCount: try database.unreadFeedArticleCount())
    }

    /// Why the feed's last reload failed, or `nil` when it did not (a server asking to wait
    /// is no failure).
    static func failure(of feed: StoredFeed) -> String? {
        switch feed.status {
        case .failed: feed.lastError ?? "the reload failed"
        case .gone: feed.lastError ?? "the feed is gone"
        case .new, .ok, .notModified, .retryLater: nil
        }
    }

    /// `2026-12-03 14:05` in the local time zone.
    static func localMinute(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min)
    }
}
