import BylineCore
import Foundation

/// Invented feeds and the pages their items link to, for `byline bench feeds`: RSS 2.0
/// documents of `items` items each, and for every item its own synthetic article (about 5 KB
/// of text with five quotations), as an HTML page and, when asked, in the feed itself.
/// Deterministic.
struct SyntheticFeeds {
    let items: Int
    /// Whether each item carries its whole article (`content:encoded`), as many feeds do.
    let carriesArticles: Bool
    /// Each item's article as the paragraphs of an HTML body.
    private let bodies: [String]
    private let pages: [[UInt8]]

    /// `feeds` feeds of `items` items, each item with an article of its own.
    init(feeds: Int, items: Int, carriesArticles: Bool) {
        self.items = items
        self.carriesArticles = carriesArticles
        var library = SyntheticLibrary()
        let articles = (0..<max(1, feeds * items)).map { library.article(number: $0).article }
        bodies = articles.map(SyntheticFeeds.body)
        pages = zip(articles, bodies).map { Array(SyntheticFeeds.page($0, body: $1).utf8) }
    }

    /// The RSS document of feed `feed`, its item links under `base`.
    func feed(_ feed: Int, base: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Bench feed \(feed)</title><link>\(base)/</link>
            <description>Synthetic news for a benchmark</description>

            """
        for item in 0..<items {
            let link = "\(base)/page/\(feed)/\(item).html"
            xml += """
                <item><title>Item \(item) of feed \(feed)</title><link>\(link)</link><guid>\(link)</guid>
                <pubDate>Wed, 02 Dec 2026 \(String(format: "%02d", item % 24)):00:00 GMT</pubDate>
                <description>Summary of item \(item).</description>\(content(feed: feed, item: item))</item>

                """
        }
        return xml + "</channel></rss>\n"
    }

    private func content(feed: Int, item: Int) -> String {
        guard carriesArticles else { return "" }
        let body = bodies[(feed &* items &+ item) % bodies.count]
        return "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[\(body)]]></content:encoded>"
    }

    /// The page of item `item` of feed `feed`.
    func page(feed: Int, item: Int) -> [UInt8] {
        pages[(feed &* items &+ item) % pages.count]
    }

    /// The article's paragraphs (separated by one blank line in its text) as HTML.
    private static func body(_ article: Article) -> String {
        article.text.split(separator: "\n\n").map { "<p>" + HTMLText.escaped(String($0)) + "</p>" }.joined(separator: "\n")
    }

    private static func page(_ article: Article, body: String) -> String {
        """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(HTMLText.escaped(article.title ?? ""))</title>
            <meta property="og:site_name" content="\(HTMLText.escaped(article.site ?? ""))"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>\(HTMLText.escaped(article.title ?? ""))</h1><p class="byline">By Staff Writer</p>
            \(body)</article>
            <footer>© Bench News</footer></body></html>
            """
    }
}
