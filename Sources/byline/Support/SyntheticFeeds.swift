import BylineCore
import Foundation

/// Invented feeds and the pages their items link to, for `byline bench feeds`: RSS 2.0
/// documents of `items` items each, and for every item its own HTML page holding a synthetic
/// article (about 5 KB of text with five quotations). Deterministic.
struct SyntheticFeeds {
    let items: Int
    private let pages: [[UInt8]]

    /// `feeds` feeds of `items` items, each item with a page of its own.
    init(feeds: Int, items: Int) {
        self.items = items
        var library = SyntheticLibrary()
        pages = (0..<max(1, feeds * items)).map { Array(SyntheticFeeds.page(library.article(number: $0).article).utf8) }
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
                <description>Summary of item \(item).</description></item>

                """
        }
        return xml + "</channel></rss>\n"
    }

    /// The page of item `item` of feed `feed`.
    func page(feed: Int, item: Int) -> [UInt8] {
        pages[(feed &* items &+ item) % pages.count]
    }

    private static func page(_ article: Article) -> String {
        // The body's paragraphs are separated by one blank line.
        let paragraphs = article.text.split(separator: "\n\n").map { "<p>" + escape(String($0)) + "</p>" }
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(escape(article.title ?? ""))</title>
            <meta property="og:site_name" content="\(escape(article.site ?? ""))"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>\(escape(article.title ?? ""))</h1><p class="byline">By Staff Writer</p>
            \(paragraphs.joined(separator: "\n"))</article>
            <footer>© Bench News</footer></body></html>
            """
    }

    private static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
