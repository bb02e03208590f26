import Foundation
import Testing
@testable import BylineCore

@Suite("Feed parser: hostile and broken input")
struct FeedHostileInputTests {
    @Test("an external entity (XXE) is never resolved")
    func externalEntity() throws {
        let feed = try parseFeed("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
              <!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">
            ]>
            <rss><channel><title>Quay &secret;</title>
            <item><guid>x</guid><title>Leak &secret; &remote;</title><description>&secret;</description></item>
            </channel></rss>
            """)
        let item = try #require(feed.items.first)
        #expect(item.title == "Leak &secret; &remote;")
        #expect(!(feed.title ?? "").contains("root:"))
        #expect(!(item.summaryHTML ?? "").contains("root:"))
        #expect(feed.warnings.contains { $0.contains("DOCTYPE declaring entities removed") })
    }

    @Test("an entity-expansion bomb (billion laughs) is not expanded")
    func billionLaughs() throws {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...12 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        let feed = try parseFeed("""
            <!DOCTYPE rss [\(declarations)]>
            <rss><channel><item><guid>b</guid><title>Boom &lol12;</title></item></channel></rss>
            """)
        #expect(feed.items.first?.title == "Boom &lol12;")
        #expect(feed.warnings.contains { $0.contains("entities are never expanded") })
    }

    @Test("a DOCTYPE with only an external DTD is dropped silently, and HTML entities still read")
    func netscapeDoctype() throws {
        let feed = try parseFeed("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old&nbsp;Quay &copy; 1999</title></channel></rss>
            """)
        #expect(feed.title == "Old Quay © 1999")
        #expect(feed.warnings.isEmpty)
    }

    @Test("a truncated document is read as far as it goes, with a warning naming a line")
    func truncated() throws {
        let feed = try parseFeed("""
            <rss><channel><title>Cut</title>
            <item><guid>1</guid><title>Whole item</title></item>
            <item><guid>2</guid><title>Half an it
            """)
        #expect(feed.items.map(\.guid) == ["1", "2"])
        #expect(feed.items.first?.title == "Whole item")
        #expect(feed.warnings.contains { $0.hasPrefix("malformed XML") && $0.contains("line 3") })
    }

    @Test("an unterminated CDATA section ends at its element's end tag")
    func unterminatedCDATA() throws {
        let feed = try parseFeed("""
            <rss><channel>
            <item><guid>1</guid><description><![CDATA[<p>Open forever</p></description></item>
            <item><guid>2</guid><title>Next</title></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.guid) == ["1", "2"])
        #expect(feed.items.first?.summaryHTML == "<p>Open forever</p>")
        #expect(feed.warnings.contains { $0.contains("unterminated CDATA") })
    }

    @Test("thousands of unterminated CDATA sections are each closed, in one pass")
    func manyUnterminatedCDATA() throws {
        let items = (0..<20_000).map { "<item><guid>\($0)</guid><description><![CDATA[text \($0)</description></item>" }
        let feed = try parseFeed("<rss><channel>" + items.joined() + "</channel></rss>")
        #expect(feed.items.count == 20_000)
        #expect(feed.items.last?.summaryHTML == "text 19999")
        #expect(feed.warnings.contains("20000 unterminated CDATA section(s) closed"))
    }

    @Test("a stray escape character cannot swallow the markup after it")
    func escapeBeforeMarkup() throws {
        let feed = try parseFeed("<rss><channel><item><guid>e</guid><title>Alarm\u{1B}[<b>ring</b></title><link>https://quay.example/e</link></item></channel></rss>")
        #expect(feed.items.first?.title == "Alarmring", "the CSI introducer goes, the tags after it stay")
        #expect(feed.items.first?.link == "https://quay.example/e")
    }

    @Test("a raw & in a link, a stray <, an undeclared prefix, &nbsp; without a DTD")
    func sloppyMarkup() throws {
        let feed = try parseFeed("""
            <rss><channel>
            <item><guid>1</guid><title>Fish &amp; chips < 5 pounds&nbsp;today & tomorrow</title>
            <link>https://quay.example/a?x=1&y=2</link><dc:creator>Ada Okafor</dc:creator></item>
            </channel></rss>
            """)
        let item = try #require(feed.items.first)
        #expect(item.title == "Fish & chips < 5 pounds today & tomorrow")
        #expect(item.link == "https://quay.example/a?x=1&y=2")
        #expect(item.authors == ["Ada Okafor"])
    }

    @Test("control characters XML forbids are removed, in text, CDATA, attributes and references")
    func forbiddenControls() throws {
        let feed = try parseFeed("<rss><channel><item><guid>1</guid><title>Bell\u{07}\u{00}s &#27;ring</title>"
            + "<description><![CDATA[a\u{01}b]]></description><enclosure url=\"https://quay.example/\u{08}a.mp3\"/></item></channel></rss>")
        let item = try #require(feed.items.first)
        #expect(item.title == "Bells ring")
        #expect(item.summaryHTML == "ab")
        #expect(item.enclosures.first?.url == "https://quay.example/a.mp3")
        #expect(feed.warnings.contains { $0.contains("control character") })
    }

    @Test("garbage and white space before <?xml are tolerated")
    func garbageBeforeDeclaration() throws {
        let feed = try parseFeed("\n\n  Warning: cache miss in feed.php\n<?xml version=\"1.0\"?>\n<rss><channel><title>After junk</title></channel></rss>")
        #expect(feed.title == "After junk")
        #expect(feed.warnings.contains { $0.contains("before the XML") })
        #expect(try parseFeed("   \n<?xml version=\"1.0\"?><rss><channel><title>Spaces</title></channel></rss>").warnings.isEmpty)
    }

    @Test("things that are not feeds are refused", arguments: [
        ("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>", FeedParseError.notAFeed("an HTML page")),
        ("<html><body><p>Log in to continue</p>", .notAFeed("an HTML page")),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", .notAFeed("an HTML page")),
        ("<body><p>Just a fragment</p></body>", .notAFeed("an HTML page")),
        ("<?xml version=\"1.0\"?><invoice><total>5</total></invoice>", .notAFeed("an XML document whose root element is <invoice>")),
        ("", .empty),
        ("  \n\t ", .empty),
        ("Service unavailable", .notAFeed("a document that is neither XML nor JSON")),
        ("{\"name\": \"Ada\", \"age\": 36}", .notAFeed("JSON that is not a JSON Feed")),
        ("[1, 2, 3]", .notAFeed("JSON that is not a JSON Feed")),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\", ", .unreadable("invalid JSON")),
    ])
    func notFeeds(text: String, expected: FeedParseError) {
        #expect(throws: expected) { try parseFeed(text) }
    }

    @Test("libxml2 prints nothing to stderr while reading a broken feed")
    func silentParser() throws {
        var feed: Feed?
        let captured = try StandardError.captured {
            feed = try? parseFeed("<rss><channel><item><harbourgazettebroken><title>x</item></channel><rss><unclosed attr='")
        }
        #expect(!captured.contains("harbourgazettebroken"))
        #expect(feed?.warnings.contains { $0.hasPrefix("malformed XML") } == true)
    }

    @Test("deep nesting is cut off by libxml2's limit, not by a crash")
    func deepNesting() throws {
        let depth = 50_000
        let text = "<rss><channel><item><guid>deep</guid><description>" + String(repeating: "<div>", count: depth)
            + "bottom" + String(repeating: "</div>", count: depth) + "</description></item></channel></rss>"
        let feed = try parseFeed(text)
        #expect(feed.items.first?.guid == "deep")
        #expect(feed.warnings.contains { $0.hasPrefix("malformed XML") })
    }

    @Test("duplicate GUIDs: the first item is kept, with one warning")
    func duplicateGUIDs() throws {
        let items = (1...4).map { "<item><guid>same</guid><title>Copy \($0)</title></item>" }.joined()
        let feed = try parseFeed("<rss><channel>\(items)<item><guid>other</guid></item></channel></rss>")
        #expect(feed.items.map(\.title) == ["Copy 1", nil])
        #expect(feed.warnings == ["3 item(s) repeating an earlier item's GUID dropped (first: same)"])
    }

    @Test("10,000 items are all read, in order")
    func tenThousandItems() throws {
        var text = "<rss><channel><title>Big</title>"
        text.reserveCapacity(1_200_000)
        for index in 0..<10_000 {
            text += "<item><guid>g\(index)</guid><title>Item \(index) &amp; more</title><link>/i/\(index)</link>"
                + "<pubDate>Tue, 01 Dec 2026 08:30:00 GMT</pubDate><description>&lt;p&gt;Body \(index)&lt;/p&gt;</description></item>"
        }
        text += "</channel></rss>"
        let feed = try parseFeed(text, url: "https://big.example/feed")
        #expect(feed.items.count == 10_000)
        #expect(feed.items.last?.title == "Item 9999 & more")
        #expect(feed.items.last?.link == "https://big.example/i/9999")
        #expect(feed.items[5_000].summaryHTML == "<p>Body 5000</p>")
    }

    @Test("a feed of several megabytes with long bodies is read whole")
    func severalMegabytes() throws {
        let paragraph = "<p>" + String(repeating: "The tide came in over the harbour wall again. ", count: 40) + "</p>"
        let body = String(repeating: paragraph, count: 25)
        var text = "<rss><channel>"
        for index in 0..<80 {
            text += "<item><guid>m\(index)</guid><description><![CDATA[\(body)]]></description></item>"
        }
        text += "</channel></rss>"
        #expect(text.utf8.count > 3_000_000)
        let feed = try parseFeed(text)
        #expect(feed.items.count == 80)
        #expect(feed.items.last?.summaryHTML?.utf8.count == body.utf8.count)
    }
}
