import Foundation
import Testing
@testable import BylineCore

@Suite("OPML and newsboat subscription lists")
struct OPMLTests {
    @Test("nested outlines: folder titles and categories become tags; a feed listed twice merges")
    func parseNested() throws {
        let opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>Ada's feeds</title></head>
              <body>
                <outline text="News">
                  <outline text="Local">
                    <outline type="rss" text="The Harbour Gazette" xmlUrl="https://harbour-gazette.example/feed.xml"
                             category="/weather/tides,boats"/>
                  </outline>
                  <outline type="rss" title="Ridge &amp; Valley" text="ignored" xmlURL=" https://ridge.example/atom.xml "/>
                </outline>
                <outline type="rss" text="Gazette again" xmlUrl="https://harbour-gazette.example/feed.xml"/>
                <outline type="rss" text="No title attr" xmlUrl="https://kiln.example/feed.json"/>
                <outline type="rss" text="Script" xmlUrl="javascript:alert(1)"/>
                <outline text="Empty folder"/>
              </body>
            </opml>
            """
        let subscriptions = try OPMLDocument.parse(Array(opml.utf8))
        #expect(subscriptions == [
            FeedSubscription(url: "https://harbour-gazette.example/feed.xml", title: "The Harbour Gazette",
                             tags: ["News", "Local", "weather", "tides", "boats"]),
            FeedSubscription(url: "https://ridge.example/atom.xml", title: "Ridge & Valley", tags: ["News"]),
            FeedSubscription(url: "https://kiln.example/feed.json", title: "No title attr", tags: []),
        ])
    }

    @Test("OPML that is not OPML is refused")
    func notOPML() {
        #expect(throws: FeedParseError.notAFeed("an XML document whose root element is <rss>")) {
            try OPMLDocument.parse(Array("<rss><channel/></rss>".utf8))
        }
        #expect(throws: FeedParseError.empty) { try OPMLDocument.parse([]) }
    }

    @Test("render writes escaped OPML 2.0 that parses back to the same subscriptions")
    func renderRoundTrip() throws {
        let subscriptions = [
            FeedSubscription(url: "https://quay.example/feed?a=1&b=2", title: "Fish & \"Chips\" <daily>", tags: ["food", "local"]),
            FeedSubscription(url: "https://lantern.example/rss", title: nil, tags: []),
        ]
        let text = OPMLDocument.render(subscriptions, title: "Ada's <feeds>", dateCreated: utc(2026, 12, 2, 9, 0, 0))
        #expect(text.contains("<opml version=\"2.0\">"))
        #expect(text.contains("<title>Ada's &lt;feeds&gt;</title>"))
        #expect(text.contains("<dateCreated>Wed, 02 Dec 2026 09:00:00 GMT</dateCreated>"))
        #expect(text.contains("xmlUrl=\"https://quay.example/feed?a=1&amp;b=2\""))
        #expect(text.contains("title=\"Fish &amp; &quot;Chips&quot; &lt;daily&gt;\""))
        let parsed = try OPMLDocument.parse(Array(text.utf8))
        #expect(parsed == subscriptions, "an outline whose text is its address has no title")
    }

    @Test("newsboat urls: tags, quoted tags, title overrides, comments; query, exec and filter lines skipped")
    func newsboat() {
        let text = """
            # my feeds
            https://harbour-gazette.example/feed.xml news "local news" ~"Gazette (print)"
            https://ridge.example/atom.xml "~Ridge and Valley" mountains

            "query:Unread:unread = \\"yes\\""
            https://kiln.example/feed.json crafts !hidden
            exec:~/bin/make-feed
            filter:~/bin/clean:https://quay.example/rss
            not-a-url tag
            https://ridge.example/atom.xml extra # trailing comment
            """
        let urls = NewsboatURLs.parse(text)
        #expect(urls.subscriptions == [
            FeedSubscription(url: "https://harbour-gazette.example/feed.xml", title: "Gazette (print)", tags: ["news", "local news"]),
            FeedSubscription(url: "https://ridge.example/atom.xml", title: "Ridge and Valley", tags: ["mountains", "extra"]),
            FeedSubscription(url: "https://kiln.example/feed.json", title: nil, tags: ["crafts"]),
        ])
        #expect(urls.skipped == [
            "line 5: query feed skipped",
            "line 6: hidden-feed tag !hidden ignored",
            "line 7: exec: URL skipped",
            "line 8: filter: URL skipped",
            "line 9: not an http(s) address, skipped",
        ])
    }

    @Test("newsboat urls with CRLF line endings")
    func crlf() {
        let urls = NewsboatURLs.parse("https://a.example/rss one\r\n# c\r\nhttps://b.example/rss two\r\n")
        #expect(urls.subscriptions.map(\.tags) == [["one"], ["two"]])
    }
}
