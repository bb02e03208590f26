import Foundation
import Testing
@testable import BylineCore

/// Parses an invented feed written as a string literal.
func parseFeed(_ text: String, url: String? = nil, contentType: String? = nil) throws -> Feed {
    try FeedParser.parse(Array(text.utf8), url: url, contentType: contentType)
}

@Suite("Feed parser: formats")
struct FeedParserTests {
    @Test("RSS 2.0: channel and item fields, content:encoded over description, Dublin Core")
    func rss2() throws {
        let feed = try parseFeed("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>The Harbour Gazette</title>
                <link>https://harbour-gazette.example/</link>
                <description>News from the quay</description>
                <item>
                  <title>Ferry timetable changes</title>
                  <link>https://harbour-gazette.example/ferry</link>
                  <guid isPermaLink="false">hg-1001</guid>
                  <description>&lt;p&gt;Short version&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>The <b>full</b> story</p>]]></content:encoded>
                  <dc:creator>Ada Okafor</dc:creator>
                  <pubDate>Tue, 01 Dec 2026 08:30:00 +0000</pubDate>
                  <category>Transport</category>
                  <category>Harbour</category>
                  <enclosure url="/audio/ferry.mp3" type="audio/mpeg" length="12345"/>
                </item>
                <item>
                  <title>Second item</title>
                  <guid>https://harbour-gazette.example/second</guid>
                  <dc:date>2026-11-30T10:00:00Z</dc:date>
                </item>
              </channel>
            </rss>
            """, url: "https://harbour-gazette.example/feed.xml")
        #expect(feed.format == .rss)
        #expect(feed.title == "The Harbour Gazette")
        #expect(feed.siteURL == "https://harbour-gazette.example/")
        #expect(feed.summary == "News from the quay")
        #expect(feed.warnings.isEmpty)
        try #require(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.guid == "hg-1001")
        #expect(first.title == "Ferry timetable changes")
        #expect(first.link == "https://harbour-gazette.example/ferry")
        #expect(first.contentHTML == "<p>The <b>full</b> story</p>")
        #expect(first.summaryHTML == "<p>Short version</p>")
        #expect(first.authors == ["Ada Okafor"])
        #expect(first.published == utc(2026, 12, 1, 8, 30, 0))
        #expect(first.categories == ["Transport", "Harbour"])
        #expect(first.enclosures == [FeedEnclosure(url: "https://harbour-gazette.example/audio/ferry.mp3", type: "audio/mpeg", length: 12345)])
        let second = feed.items[1]
        #expect(second.link == "https://harbour-gazette.example/second", "a permalink GUID is the link")
        #expect(second.published == utc(2026, 11, 30, 10, 0, 0))
    }

    @Test("RSS 0.91: authors written as email (Name); items without a title")
    func rss091() throws {
        let feed = try parseFeed("""
            <rss version="0.91"><channel><title>Quay Notes</title>
            <item><link>https://quay.example/a</link><description>Untitled note</description>
              <author>ada@quay.example (Ada Okafor)</author></item>
            <item><title>Two</title><link>https://quay.example/b</link>
              <author>Bo Lindqvist &lt;bo@quay.example&gt;</author></item>
            <item><title>Three</title><link>https://quay.example/c</link><author>desk@quay.example</author></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.authors) == [["Ada Okafor"], ["Bo Lindqvist"], ["desk@quay.example"]])
        #expect(feed.items[0].title == nil)
        #expect(feed.items[0].guid == "https://quay.example/a", "no GUID: the link stands in")
    }

    @Test("RSS 1.0 (RDF): items outside <channel>, rdf:about, dc:date")
    func rdf() throws {
        let feed = try parseFeed("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://lantern.example/">
                <title>Lantern Weekly</title>
                <link>https://lantern.example/</link>
                <items><rdf:Seq><rdf:li rdf:resource="https://lantern.example/1"/></rdf:Seq></items>
              </channel>
              <item rdf:about="https://lantern.example/1">
                <title>Night market returns</title>
                <link>https://lantern.example/1</link>
                <dc:creator>Ines Carvalho</dc:creator>
                <dc:date>2026-11-28T18:00:00+01:00</dc:date>
                <dc:subject>Markets</dc:subject>
              </item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rdf)
        #expect(feed.title == "Lantern Weekly")
        try #require(feed.items.count == 1)
        #expect(feed.items[0].guid == "https://lantern.example/1")
        #expect(feed.items[0].title == "Night market returns")
        #expect(feed.items[0].authors == ["Ines Carvalho"])
        #expect(feed.items[0].published == utc(2026, 11, 28, 17, 0, 0))
        #expect(feed.items[0].categories == ["Markets"])
    }

    @Test("Atom: text constructs, alternate link among several, enclosure, inherited author")
    func atom() throws {
        let feed = try parseFeed("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="html">Ridge &amp;amp; Valley</title>
              <subtitle>Mountain news</subtitle>
              <link rel="self" href="https://ridge.example/atom.xml"/>
              <link href="https://ridge.example/"/>
              <author><name>Mara Quispe</name></author>
              <entry>
                <id>tag:ridge.example,2026:1</id>
                <title type="text">Pass &lt;closed&gt; for winter</title>
                <link rel="replies" href="https://ridge.example/1#comments"/>
                <link rel="alternate" type="text/html" href="https://ridge.example/1"/>
                <link rel="enclosure" type="image/jpeg" length="2048" href="https://ridge.example/1.jpg"/>
                <updated>2026-11-20T12:00:00Z</updated>
                <published>2026-11-19T09:00:00Z</published>
                <summary type="text">Snow &amp; ice</summary>
                <content type="html">&lt;p&gt;Crews &lt;em&gt;closed&lt;/em&gt; the road.&lt;/p&gt;</content>
                <category term="roads" label="Roads"/>
              </entry>
              <entry>
                <id>tag:ridge.example,2026:2</id>
                <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Huts <b>open</b></div></title>
                <author><name>Tomas Ruiz</name></author>
                <updated>2026-11-21T12:00:00Z</updated>
                <content type="xhtml">
                  <div xmlns="http://www.w3.org/1999/xhtml"><p>Huts are <a href="/huts">open</a> &amp; staffed.</p><br/></div>
                </content>
              </entry>
              <entry>
                <id>tag:ridge.example,2026:3</id>
                <title>Plain</title>
                <content type="text">Line one &lt;b&gt;\nline two\n\nnext paragraph</content>
              </entry>
            </feed>
            """)
        #expect(feed.format == .atom)
        #expect(feed.title == "Ridge & Valley", "type=html: the escaped entity is decoded once more")
        #expect(feed.summary == "Mountain news")
        #expect(feed.siteURL == "https://ridge.example/")
        try #require(feed.items.count == 3)
        let first = feed.items[0]
        #expect(first.guid == "tag:ridge.example,2026:1")
        #expect(first.title == "Pass <closed> for winter", "type=text keeps a literal tag as text")
        #expect(first.link == "https://ridge.example/1")
        #expect(first.enclosures == [FeedEnclosure(url: "https://ridge.example/1.jpg", type: "image/jpeg", length: 2048)])
        #expect(first.published == utc(2026, 11, 19, 9, 0, 0))
        #expect(first.updated == utc(2026, 11, 20, 12, 0, 0))
        #expect(first.summaryHTML == "<p>Snow &amp; ice</p>")
        #expect(first.contentHTML == "<p>Crews <em>closed</em> the road.</p>")
        #expect(first.authors == ["Mara Quispe"], "an entry without authors inherits the feed's")
        #expect(first.categories == ["Roads"])
        let second = feed.items[1]
        #expect(second.title == "Huts open")
        #expect(second.authors == ["Tomas Ruiz"])
        #expect(second.published == nil)
        #expect(second.contentHTML == "<p>Huts are <a href=\"/huts\">open</a> &amp; staffed.</p><br>")
        #expect(feed.items[2].contentHTML == "<p>Line one &lt;b&gt;<br>line two</p>\n<p>next paragraph</p>")
    }

    @Test("JSON Feed 1.1: authors, content_html and content_text, attachments, numeric ids")
    func jsonFeed11() throws {
        let feed = try parseFeed("""
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Kiln & Glaze",
              "home_page_url": "https://kiln.example/",
              "description": "Pottery notes",
              "authors": [{"name": "Ada Okafor"}],
              "items": [
                {"id": "k1", "url": "/posts/1", "title": "Firing day", "content_html": "<p>Hot</p>",
                 "content_text": "Hot", "date_published": "2026-11-01T10:00:00Z", "tags": ["kilns"],
                 "authors": [{"name": "Bo Lindqvist"}],
                 "attachments": [{"url": "https://kiln.example/f.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 99}]},
                {"id": 42, "content_text": "Only <text> here", "date_modified": "2026-11-02T10:00:00Z"}
              ]
            }
            """, url: "https://kiln.example/feed.json")
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "Kiln & Glaze")
        #expect(feed.siteURL == "https://kiln.example/")
        #expect(feed.summary == "Pottery notes")
        try #require(feed.items.count == 2)
        #expect(feed.items[0].link == "https://kiln.example/posts/1")
        #expect(feed.items[0].contentHTML == "<p>Hot</p>")
        #expect(feed.items[0].summaryHTML == "<p>Hot</p>")
        #expect(feed.items[0].authors == ["Bo Lindqvist"])
        #expect(feed.items[0].categories == ["kilns"])
        #expect(feed.items[0].published == utc(2026, 11, 1, 10, 0, 0))
        #expect(feed.items[0].enclosures == [FeedEnclosure(url: "https://kiln.example/f.mp3", type: "audio/mpeg", length: 99)])
        #expect(feed.items[1].guid == "42")
        #expect(feed.items[1].contentHTML == nil)
        #expect(feed.items[1].summaryHTML == "<p>Only &lt;text&gt; here</p>")
        #expect(feed.items[1].authors == ["Ada Okafor"], "items without authors take the feed's")
        #expect(feed.items[1].updated == utc(2026, 11, 2, 10, 0, 0))
    }

    @Test("JSON Feed 1.0: a single author")
    func jsonFeed10() throws {
        let feed = try parseFeed("""
            {"version": "https://jsonfeed.org/version/1", "title": "Tide Tables",
             "items": [{"id": "t1", "title": "Spring tides", "author": {"name": "Ines Carvalho"}, "url": "https://tide.example/1"}]}
            """)
        #expect(feed.items.map(\.authors) == [["Ines Carvalho"]])
        #expect(feed.items.first?.title == "Spring tides")
    }

    @Test("titles: entities decoded once, literal tags kept, CDATA markup stripped, white space collapsed",
          arguments: [
            ("AT&amp;amp;T buys &lt;name&gt;", "AT&amp;T buys <name>"),
            ("<![CDATA[Ada &amp; Bo <em>win</em> Vec<T>]]>", "Ada & Bo win Vec<T>"),
            ("Raw <b>bold</b> markup", "Raw bold markup"),
            ("  Spread\n\tout   title  ", "Spread out title"),
            ("Caf&eacute; opens&nbsp;today", "Café opens today"),
            ("Smart &#147;quotes&#148; &#x2014; dashes", "Smart “quotes” — dashes"),
          ])
    func titles(raw: String, expected: String) throws {
        let feed = try parseFeed("<rss><channel><item><guid>g</guid><title>\(raw)</title></item></channel></rss>")
        #expect(feed.items.first?.title == expected)
    }

    @Test("ESC, bidi and zero-width characters are removed from titles and authors; CJK, emoji and combining marks stay")
    func titleCharacters() throws {
        let feed = try parseFeed("""
            <rss><channel><item><guid>g</guid>
            <title>Red\u{1B}[31m alert\u{202E}txet\u{202C} zero\u{200B}width 東京 \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} q\u{0303}</title>
            <author>Ada\u{2066} Okafor\u{0085}</author>
            </item></channel></rss>
            """)
        let title = try #require(feed.items.first?.title)
        #expect(title == "Red alerttxet zerowidth 東京 \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} q\u{0303}")
        #expect(!title.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x200B })
        #expect(feed.items.first?.authors == ["Ada Okafor"])
    }

    @Test("a channel that lists no items is a feed with no items, not an error")
    func noItems() throws {
        let feed = try parseFeed("<rss version=\"2.0\"><channel><title>Quiet Quay</title></channel></rss>")
        #expect(feed.title == "Quiet Quay")
        #expect(feed.items.isEmpty)
        #expect(feed.warnings.isEmpty)
    }

    @Test("an item with a link and no body keeps its link for fetching")
    func linkWithoutBody() throws {
        let feed = try parseFeed("<rss><channel><item><title>Brief</title><link>https://quay.example/brief</link></item></channel></rss>")
        #expect(feed.items.first?.link == "https://quay.example/brief")
        #expect(feed.items.first?.contentHTML == nil)
        #expect(feed.items.first?.summaryHTML == nil)
    }

    @Test("several description-like fields: each goes where it belongs")
    func bodies() throws {
        let feed = try parseFeed("""
            <rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <item><guid>a</guid><description>Only a description</description></item>
            <item><guid>b</guid><content:encoded>&lt;p&gt;Only content&lt;/p&gt;</content:encoded></item>
            <item><guid>c</guid><description>Desc <b>with raw markup</b></description></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.summaryHTML) == ["Only a description", nil, "Desc <b>with raw markup</b>"])
        #expect(feed.items.map(\.contentHTML) == [nil, "<p>Only content</p>", nil])
    }
}
