import BylineApp
import BylineCore
import BylineStore
import Foundation

/// The JSON form of an article in a list (`byline list`, `byline search`).
struct ArticleSummaryDocument: Encodable {
    let id: Int64
    let title: String?
    let site: String?
    let authors: [String]
    let published: String?
    let url: String?
    let added: String
    let read: Bool
    let starred: Bool
    let quotes: Int
    let snippet: String?

    init(_ summary: ArticleSummary, snippet: String? = nil) {
        id = summary.id
        title = summary.title
        site = summary.site
        authors = summary.authors
        published = summary.published
        url = summary.url
        added = Timestamp.iso(summary.addedAt)
        read = summary.readAt != nil
        starred = summary.isStarred
        quotes = summary.quoteCount
        self.snippet = snippet
    }

    private enum CodingKeys: String, CodingKey { case id, title, site, authors, published, url, added, read, starred, quotes, snippet }

    /// Unknown values are printed as `null`, as in CONTRACT.md.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(site, forKey: .site)
        try container.encode(authors, forKey: .authors)
        try container.encode(published, forKey: .published)
        try container.encode(url, forKey: .url)
        try container.encode(added, forKey: .added)
        try container.encode(read, forKey: .read)
        try container.encode(starred, forKey: .starred)
        try container.encode(quotes, forKey: .quotes)
        try container.encodeIfPresent(snippet, forKey: .snippet)
    }
}

/// The JSON form of the article a quote or note belongs to.
struct ArticleReferenceDocument: Encodable {
    let id: Int64
    let title: String?
    let site: String?
    let published: String?

    init(_ reference: ArticleReference) {
        id = reference.id
        title = reference.title
        site = reference.site
        published = reference.published
    }

    private enum CodingKeys: String, CodingKey { case id, title, site, published }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(site, forKey: .site)
        try container.encode(published, forKey: .published)
    }
}

/// The JSON form of a quotation from the library.
struct LibraryQuoteDocument: Encodable {
    let id: Int64
    let text: String
    let start: Int
    let end: Int
    let kind: String
    let speaker: SpeakerDocument?
    let article: ArticleReferenceDocument
    let snippet: String?

    init(_ quote: LibraryQuote) {
        id = quote.id
        text = quote.text
        start = quote.range.start
        end = quote.range.end
        kind = quote.kind.rawValue
        speaker = quote.speaker.map(SpeakerDocument.init)
        article = ArticleReferenceDocument(quote.article)
        snippet = quote.snippet
    }

    private enum CodingKeys: String, CodingKey { case id, text, start, end, kind, speaker, article, snippet }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(kind, forKey: .kind)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(article, forKey: .article)
        try container.encodeIfPresent(snippet, forKey: .snippet)
    }
}
