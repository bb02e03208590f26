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

/// The JSON form of a speaker, as CONTRACT.md names a source's fields.
struct LibrarySpeakerDocument: Encodable {
    let name: String
    let kind: String
    let `class`: String
    let role: String?
    let affiliation: String?

    init(_ speaker: SpeakerReference) {
        name = speaker.name
        kind = speaker.kind.rawValue
        `class` = speaker.sourceClass.rawValue
        role = speaker.role
        affiliation = speaker.affiliation
    }

    private enum CodingKeys: String, CodingKey { case name, kind, `class`, role, affiliation }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(`class`, forKey: .class)
        try container.encode(role, forKey: .role)
        try container.encode(affiliation, forKey: .affiliation)
    }
}

/// The JSON form of a quotation from the library.
struct LibraryQuoteDocument: Encodable {
    let id: Int64
    let text: String
    let start: Int
    let end: Int
    let kind: String
    let speaker: LibrarySpeakerDocument?
    let article: ArticleReferenceDocument
    let snippet: String?

    init(_ quote: LibraryQuote) {
        id = quote.id
        text = quote.text
        start = quote.range.start
        end = quote.range.end
        kind = quote.kind.rawValue
        speaker = quote.speaker.map(LibrarySpeakerDocument.init)
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

/// Dates as the library prints them.
enum Timestamp {
    /// ISO 8601 in UTC ("2026-11-29T08:00:00Z").
    static func iso(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    /// The day of a date, for readable lists ("2026-11-29").
    static func day(_ date: Date) -> String {
        String(iso(date).prefix(10))
    }
}

/// Text from the library made safe and compact for a terminal line.
enum PrintableText {
    /// `text` with control characters removed and every run of white space made one space.
    static func line(_ text: String) -> String {
        ParagraphSplitter.collapsingWhitespace(in: TextNormalizer.normalize(text), range: TextRange(start: 0, end: .max))
    }

    /// The readable title of an article.
    static func title(_ title: String?) -> String {
        title.map(line).flatMap { $0.isEmpty ? nil : $0 } ?? "(untitled)"
    }

    /// "site · date" for an article, leaving out what is unknown.
    static func byline(site: String?, published: String?) -> String {
        [site, published].compactMap { $0.map(line) }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The speaker with role and affiliation ("Ines Calloway, professor, Dunmore University").
    static func speaker(_ speaker: SpeakerReference?) -> String {
        guard let speaker else { return "unattributed" }
        return [speaker.name, speaker.role, speaker.affiliation].compactMap { $0.map(line) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
