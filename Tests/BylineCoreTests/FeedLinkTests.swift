import Foundation
import Testing
@testable import BylineCore

@Suite("Feed parser: links and GUIDs")
struct FeedLinkTests {
    @Test("relative links resolve through nested xml:base, then the feed URL")
    func nestedXMLBase() throws {
        let feed = try parseFeed("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/site/">
              <entry xml:base="posts/">
                <id>1</id><link href="first.html"/>
                <link rel="enclosure" href="../media/a.ogg" type="audio/ogg"/>
              </entry>
              <entry xml:base="/other/"><id>2</id><link href="second.html"/></entry>
              <entry><id>3</id><link xml:base="https://cdn.example/x/" href="third.html"/></entry>
            </feed>
            """, url: "https://feeds.example/atom.xml")
        #expect(feed.items.map(\.link) == [
            "https://base.example/site/posts/first.html",
            "https://base.example/other/second.html",
            "https://cdn.example/x/third.html",
        ])
        #expect(feed.items[0].enclosures.first?.url == "https://base.example/site/media/a.ogg")
    }

    @Test("relative links resolve against the feed URL, else the site link; //host takes a scheme", arguments: [
        ("/news/1", "https://feeds.example/rss", "https://feeds.example/news/1"),
        ("2.html", "https://feeds.example/dir/rss.xml", "https://feeds.example/dir/2.html"),
        ("//cdn.example/3", "http://feeds.example/rss", "http://cdn.example/3"),
        ("  https://quay.example/4  ", nil, "https://quay.example/4"),
        ("/news/5", nil, "https://site.example/news/5"),
    ] as [(String, String?, String)])
    func relativeLinks(reference: String, feedURL: String?, expected: String) throws {
        let feed = try parseFeed("<rss><channel><link>https://site.example/</link><item><link>\(reference)</link></item></channel></rss>", url: feedURL)
        #expect(feed.items.first?.link == expected)
    }

    @Test("a scheme-relative link with no base at all becomes https; a relative one is dropped")
    func noBase() throws {
        let feed = try parseFeed("<rss><channel><item><guid>a</guid><link>//cdn.example/a</link></item><item><guid>b</guid><link>b.html</link></item></channel></rss>")
        #expect(feed.items.map(\.link) == ["https://cdn.example/a", nil])
    }

    @Test("enclosures with no other base resolve against the item's link")
    func enclosureAgainstItemLink() throws {
        let feed = try parseFeed("<rss><channel><item><link>https://pod.example/ep/1/</link><enclosure url=\"audio.mp3\" type=\"audio/mpeg\" length=\"x\"/></item></channel></rss>")
        #expect(feed.items.first?.enclosures == [FeedEnclosure(url: "https://pod.example/ep/1/audio.mp3", type: "audio/mpeg", length: nil)])
    }

    @Test("javascript:, data: and other non-web links are dropped", arguments: [
        "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "mailto:desk@quay.example",
        "vbscript:msgbox", "ftp://files.example/a",
    ])
    func unsafeLinks(reference: String) throws {
        let feed = try parseFeed("<rss><channel><item><guid>g</guid><link>\(HTMLText.escaped(reference))</link></item></channel></rss>", url: "https://feeds.example/rss")
        #expect(feed.items.first?.link == nil)
    }

    @Test("missing GUIDs fall back to the link, then title and date, then a hash of the body")
    func fallbackGUIDs() throws {
        let feed = try parseFeed("""
            <rss><channel>
            <item><title>Has link</title><link>https://quay.example/1</link></item>
            <item><title>Dated</title><pubDate>Tue, 01 Dec 2026 08:30:00 GMT</pubDate></item>
            <item><title>Title only</title></item>
            <item><description>Body only</description></item>
            <item></item>
            </channel></rss>
            """)
        try #require(feed.items.count == 4)
        #expect(feed.items.prefix(3).map(\.guid) == ["https://quay.example/1", "Dated 2026-12-01T08:30:00Z", "Title only"])
        #expect(feed.items[3].guid.hasPrefix("content:") && feed.items[3].guid.count > 8)
        #expect(feed.warnings == ["1 empty item(s) dropped"])
        let again = try parseFeed("<rss><channel><item><description>Body only</description></item></channel></rss>")
        #expect(again.items.first?.guid == feed.items[3].guid, "the hash is stable across parses")
    }

    @Test("an isPermaLink=false GUID is not taken for the link")
    func notPermalink() throws {
        let feed = try parseFeed("<rss><channel><item><guid isPermaLink=\"false\">https://quay.example/id/9</guid></item></channel></rss>")
        #expect(feed.items.first?.link == nil)
        #expect(feed.items.first?.guid == "https://quay.example/id/9")
    }
}
