import BylineCore

/// The JSON form of an article, as `byline read --json` prints it (see CONTRACT.md).
struct ArticleDocument: Encodable {
    let article: Article

    private enum CodingKeys: String, CodingKey {
        case title, site, authors, published, url, language, text, paragraphs, warnings
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article.title, forKey: .title)
        try container.encode(article.site, forKey: .site)
        try container.encode(article.authors, forKey: .authors)
        try container.encode(article.published, forKey: .published)
        try container.encode(article.url, forKey: .url)
        try container.encode(article.language, forKey: .language)
        try container.encode(article.text, forKey: .text)
        try container.encode(article.paragraphs.map(ParagraphDocument.init), forKey: .paragraphs)
        try container.encode(article.warnings, forKey: .warnings)
    }
}

/// The JSON form of one paragraph.
struct ParagraphDocument: Encodable {
    let start: Int
    let end: Int
    let kind: String
    let links: [LinkDocument]

    init(_ paragraph: Paragraph) {
        start = paragraph.range.start
        end = paragraph.range.end
        kind = paragraph.kind.rawValue
        links = paragraph.links.map(LinkDocument.init)
    }
}

/// The JSON form of one hyperlink.
struct LinkDocument: Encodable {
    let start: Int
    let end: Int
    let url: String

    init(_ link: Link) {
        start = link.range.start
        end = link.range.end
        url = link.url
    }
}
