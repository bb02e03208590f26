import BylineCore
import BylineStore
import Foundation

/// Moves subscriptions in and out of the library: an OPML file or a newsboat `urls` file in,
/// OPML out.
public enum SubscriptionTransfer {
    /// What an import did.
    public struct ImportReport: Hashable, Sendable, Encodable {
        /// Feeds subscribed to now.
        public var added: [String] = []
        /// Feeds the library already had.
        public var existing: [String] = []
        /// Lines or entries not imported, with the reason ("line 4: query feed skipped").
        public var skipped: [String] = []
    }

    /// Subscribes to every feed of `bytes`, an OPML document or a newsboat `urls` file (told
    /// apart by their first characters). Entries that are not feeds are skipped with a note.
    public static func importSubscriptions(_ bytes: [UInt8], into database: AppDatabase,
                                           currentDirectory: String = FileManager.default.currentDirectoryPath)
        throws -> ImportReport {
        var report = ImportReport()
        let listed: [FeedSubscription]
        if looksLikeXML(bytes) {
            listed = try OPMLDocument.parse(bytes)
        } else {
            let urls = NewsboatURLs.parse(String(decoding: bytes, as: UTF8.self))
            listed = urls.subscriptions
            report.skipped = urls.skipped
        }
        var requests: [FeedSubscriptionRequest] = []
        for subscription in listed {
            do {
                let address = try FeedAddress.normalize(subscription.url, currentDirectory: currentDirectory)
                requests.append(FeedSubscriptionRequest(url: address, title: subscription.title, tags: subscription.tags))
            } catch {
                report.skipped.append(error.description)
            }
        }
        let outcome = try database.subscribe(requests)
        report.added = outcome.added.map(\.url)
        report.existing = outcome.existing
        return report
    }

    /// The library's subscriptions as an OPML 2.0 document.
    public static func exportOPML(_ feeds: [StoredFeed], now: Date = Date()) -> String {
        let subscriptions = feeds.map { FeedSubscription(url: $0.url, title: $0.displayTitle, tags: $0.tags) }
        return OPMLDocument.render(subscriptions, title: "Byline subscriptions", dateCreated: now)
    }

    /// Whether `bytes` start (after a byte-order mark and white space) with `<`.
    private static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
    }
}
