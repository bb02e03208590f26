import BylineApp
import BylineCore
import BylineStore
import Foundation

/// A subscription in `feed list --json`.
struct FeedListingDocument: Encodable {
    let id: Int64
    let url: String
    let title: String
    let siteURL: String?
    let tags: [String]
    let fullText: Bool?
    let articles: Int
    let unread: Int
    let status: String
    let error: String?
    let checkedAt: String?
    let lastItemAt: String?

    init(_ listing: FeedListing) {
        let feed = listing.feed
        id = feed.id
        url = feed.url
        title = feed.displayTitle
        siteURL = feed.siteURL
        tags = feed.tags
        fullText = feed.fullText
        articles = listing.articleCount
        unread = listing.unreadCount
        status = feed.status.rawValue
        error = feed.lastError
        checkedAt = feed.checkedAt.map(Timestamp.iso)
        lastItemAt = listing.lastItemAt.map(Timestamp.iso)
    }
}

/// The readable lines of `feed list` and `reload`.
enum ReadableFeeds {
    /// `  3  The Harbour Gazette   12 unread / 40   ok 2026-12-02 09:14  [local, politics]`
    static func line(_ listing: FeedListing) -> String {
        let feed = listing.feed
        let mark = feed.status == .failed || feed.status == .gone ? "!" : " "
        let checked = feed.checkedAt.map { " " + Timestamp.minute($0) } ?? ""
        let tags = feed.tags.isEmpty ? "" : "  [" + feed.tags.map(TerminalText.line).joined(separator: ", ") + "]"
        var text = "\(mark)\(String(feed.id).leftPadded(to: 3))  \(TerminalText.line(feed.displayTitle))  "
            + "\(listing.unreadCount) unread / \(listing.articleCount)  \(feed.status.rawValue)\(checked)\(tags)"
        if let error = feed.lastError { text += "\n      " + TerminalText.line(error) }
        return text
    }

    /// `! 3  The Harbour Gazette: failed: the connection was refused`
    static func line(_ result: FeedReloadResult) -> String {
        let mark = result.failed ? "!" : " "
        var text = "\(mark)\(String(result.feedId).leftPadded(to: 3))  \(TerminalText.line(result.title)): "
        switch result.status {
        case .ok: text += Quantity.phrase(result.newItems, "new item")
        case .notModified: text += "not modified"
        default: text += result.status.rawValue
        }
        if result.pageFailures > 0 { text += " (\(Quantity.phrase(result.pageFailures, "page")) not fetched)" }
        if let movedTo = result.movedTo { text += "; moved to \(TerminalText.line(movedTo))" }
        if let message = result.message { text += ": " + TerminalText.line(message) }
        return text
    }

    /// `Reloaded 12 feeds in 1.4 s: 85 new items, 1 feed failed.`
    static func summary(_ report: FeedReloadReport) -> String {
        let feeds = Quantity.phrase(report.feeds.count, "feed")
        var text = "Reloaded \(feeds) in \(String(format: "%.1f", report.seconds)) s: "
            + Quantity.phrase(report.newItems, "new item")
        if report.failures > 0 { text += ", \(Quantity.phrase(report.failures, "feed")) failed" }
        return text + "."
    }
}
