/// A news article reduced to what a reader needs: its metadata and its clean body text.
///
/// `text` holds the body paragraphs separated by one blank line; every range in the article
/// (paragraphs, links) indexes `text` in Unicode scalars.
public struct Article: Hashable, Sendable, Codable {
    /// The headline, when the source names one.
    public var title: String?
    /// The publication ("The Harbour Gazette"), when known.
    public var site: String?
    /// The bylined authors, in the order the page gives them.
    public var authors: [String]
    /// The publication date as the page states it, normalised to ISO 8601 when possible.
    public var published: String?
    /// The canonical URL of the article, when known.
    public var url: String?
    /// The language of the body as a BCP 47 tag ("en", "fr-CA"), when known.
    public var language: String?
    /// The clean body: paragraphs separated by one blank line, no title, no boilerplate.
    public var text: String
    /// The body's paragraphs in reading order.
    public var paragraphs: [Paragraph]
    /// Problems met while reading that did not stop it ("invalid UTF-8 replaced").
    public var warnings: [String]

    /// Creates an article.
    public init(
        title: String? = nil,
        site: String? = nil,
        authors: [String] = [],
        published: String? = nil,
        url: String? = nil,
        language: String? = nil,
        text: String,
        paragraphs: [Paragraph],
        warnings: [String] = []
    ) {
        self.title = title
        self.site = site
        self.authors = authors
        self.published = published
        self.url = url
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.warnings = warnings
    }
}

/// One block of an article's body.
public struct Paragraph: Hashable, Sendable, Codable {
    /// What kind of block a paragraph is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case body
        case heading
        case blockquote
        case listItem = "list-item"
    }

    /// Where the paragraph lies in the article's `text`.
    public var range: TextRange
    /// The kind of block.
    public var kind: Kind
    /// The hyperlinks inside the paragraph, with ranges into the article's `text`.
    public var links: [Link]

    /// Creates a paragraph.
    public init(range: TextRange, kind: Kind = .body, links: [Link] = []) {
        self.range = range
        self.kind = kind
        self.links = links
    }
}

/// A hyperlink anchored to a span of an article's text.
public struct Link: Hashable, Sendable, Codable {
    /// The anchor text's range in the article's `text`.
    public var range: TextRange
    /// The absolute URL the link points to.
    public var url: String

    /// Creates a link.
    public init(range: TextRange, url: String) {
        self.range = range
        self.url = url
    }
}
