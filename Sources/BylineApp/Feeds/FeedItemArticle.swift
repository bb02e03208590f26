import BylineCore
import BylineStore
import Foundation

/// Makes the library article of a feed item: the page behind it when that was fetched and
/// holds more than the feed's own content, else the feed's content, filled in with what the
/// item says of itself (title, link, authors, date) where the page is silent.
struct FeedItemArticle {
    /// The item.
    let item: FeedItem
    /// The feed's title, the article's site when the page names none.
    let feedTitle: String?
    /// When the item was first seen: its date when neither the item nor its page gives one.
    let firstSeen: Date

    /// The article read from `page` (when fetched), or from the item's content. `pageProblem`
    /// says why there is no page, for the article's warnings.
    func make(page: FetchedDocument?, pageProblem: String?) -> LibraryArticle {
        let chosen: (article: Article, original: [UInt8])
        var warnings: [String] = []
        if let page {
            let read = pageArticle(page)
            let pageLength = read.article.text.unicodeScalars.count
            // The feed's text is never longer than its HTML: a page longer than that wins unread.
            if pageLength >= feedHTML.utf8.count {
                chosen = read
            } else {
                let fromFeed = feedContent()
                if pageLength >= fromFeed.article.text.unicodeScalars.count {
                    chosen = read
                } else {
                    chosen = fromFeed
                    warnings.append("the page held less text than the feed; the feed's content is shown")
                }
            }
        } else {
            chosen = feedContent()
            if let pageProblem { warnings.append("the page could not be fetched (\(pageProblem)); the feed's content is shown") }
        }
        var article = chosen.article
        article.title = article.title ?? item.title
        article.url = item.link ?? article.url
        article.site = article.site ?? feedTitle
        if article.authors.isEmpty { article.authors = item.authors }
        if article.published == nil {
            article.published = FeedDate.iso8601(item.published ?? item.updated ?? firstSeen)
        }
        article.warnings += warnings
        return LibraryArticle(article: article, analysis: ArticleAnalyzer.analyze(article),
                              original: chosen.original, format: .html)
    }

    private func pageArticle(_ page: FetchedDocument) -> (article: Article, original: [UInt8]) {
        let article = HTMLReader.read(page.body, encodingHint: ContentType.charset(of: page.contentType),
                                      url: page.finalURL.absoluteString)
        return (article, page.body)
    }

    /// The item's own content: its full content, else its summary (HTML).
    private var feedHTML: String { item.contentHTML ?? item.summaryHTML ?? "" }

    /// The item's own content read as an HTML fragment.
    private func feedContent() -> (article: Article, original: [UInt8]) {
        let bytes = Array(("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>"
                           + feedHTML + "</article></body></html>").utf8)
        var article = HTMLReader.read(bytes, url: item.link)
        article.warnings.removeAll()
        return (article, bytes)
    }
}

/// Reads parameters of an HTTP `Content-Type` header.
enum ContentType {
    /// The `charset` parameter (`text/html; charset="ISO-8859-1"` gives `ISO-8859-1`).
    static func charset(of header: String?) -> String? {
        guard let header else { return nil }
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

extension ContentType {
    /// Whether a response of this type can be read as a web page (no type at all is given
    /// the benefit of the doubt).
    static func isHTML(_ header: String?) -> Bool {
        guard let type = header?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
              !type.isEmpty else { return true }
        return type == "text/html" || type == "application/xhtml+xml"
    }
}
