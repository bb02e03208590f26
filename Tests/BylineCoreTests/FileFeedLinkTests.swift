import BylineCore
import Testing

/// A feed read from a file may point at files beside it; a feed from the web never may.
struct FileFeedLinkTests {
    static let rss = Array("""
        <?xml version="1.0"?><rss version="2.0"><channel><title>Shelf Notes</title>
        <item><title>Beside</title><link>stories/tide-clock.html</link></item>
        <item><title>Absolute</title><link>file:///etc/hosts</link></item>
        </channel></rss>
        """.utf8)

    @Test func aFileFeedsRelativeLinksResolveBesideIt() throws {
        let feed = try FeedParser.parse(Self.rss, url: "file:///home/reader/feeds/shelf.xml", contentType: nil)
        #expect(feed.items.map(\.link) == ["file:///home/reader/feeds/stories/tide-clock.html", nil])
    }

    @Test func aWebFeedNeverLinksToAFile() throws {
        let feed = try FeedParser.parse(Self.rss, url: "https://shelf.example.test/rss", contentType: nil)
        #expect(feed.items.map(\.link) == ["https://shelf.example.test/stories/tide-clock.html", nil])
    }
}
