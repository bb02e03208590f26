import Foundation

/// The kind of document a feed was read from.
public enum FeedFormat: String, Sendable, Codable {
    /// RSS 0.91, 0.92 or 2.0.
    case rss
    /// RSS 1.0 (RDF), whose items live outside `<channel>`.
    case rdf
    /// Atom 1.0.
    case atom
    /// JSON Feed 1.0 or 1.1.
    case jsonFeed = "json"
}

/// A feed as its document states it: the channel's own details and its items in document order.
public struct Feed: Sendable, Hashable {
    /// The format the document was written in.
    public var format: FeedFormat
    /// The feed's title, as plain text.
    public var title: String?
    /// The absolute address of the website the feed belongs to (RSS `<link>`, Atom
    /// `rel="alternate"`, JSON Feed `home_page_url`).
    public var siteURL: String?
    /// The feed's description, as plain text.
    public var summary: String?
    /// The items, in document order, each GUID once.
    public var items: [FeedItem]
    /// What was repaired or ignored on the way, one human-readable line each
    /// (for example "malformed XML: read as far as line 12").
    public var warnings: [String]

    /// A feed with the given details.
    public init(
        format: FeedFormat, title: String? = nil, siteURL: String? = nil, summary: String? = nil,
        items: [FeedItem] = [], warnings: [String] = []
    ) {
        self.format = format
        self.title = title
        self.siteURL = siteURL
        self.summary = summary
        self.items = items
        self.warnings = warnings
    }
}

/// One entry of a feed.
public struct FeedItem: Sendable, Hashable {
    /// The item's identity within its feed, never empty: the document's `<guid>`, `<id>` or
    /// `id`; else the item's link; else its title and date (`"<title> <ISO 8601 date>"`, or
    /// either alone); else `"content:"` and a stable hash of its body.
    public var guid: String
    /// The title as plain text: entities decoded once, markup removed, white space collapsed,
    /// control, bidirectional and zero-width characters removed.
    public var title: String?
    /// The absolute http(s) address of the item's page, or `nil` when it has none that can be
    /// opened safely (`javascript:`, `data:`, relative links with no base).
    public var link: String?
    /// The authors' names, as plain text.
    public var authors: [String]
    /// When the item was published, or `nil` when the document gives no readable date
    /// (Atom entries with only `<updated>` leave it `nil`: see `updated`).
    public var published: Date?
    /// When the item was last changed, when stated.
    public var updated: Date?
    /// The full body as HTML: `content:encoded`, Atom `<content>`, JSON Feed `content_html`.
    public var contentHTML: String?
    /// The short body as HTML: RSS `<description>`, Atom `<summary>`, JSON Feed
    /// `content_text` or `summary` (escaped).
    public var summaryHTML: String?
    /// Attached media.
    public var enclosures: [FeedEnclosure]
    /// Categories and tags, as plain text.
    public var categories: [String]

    /// An item with the given details.
    public init(
        guid: String, title: String? = nil, link: String? = nil, authors: [String] = [], published: Date? = nil,
        updated: Date? = nil, contentHTML: String? = nil, summaryHTML: String? = nil,
        enclosures: [FeedEnclosure] = [], categories: [String] = []
    ) {
        self.guid = guid
        self.title = title
        self.link = link
        self.authors = authors
        self.published = published
        self.updated = updated
        self.contentHTML = contentHTML
        self.summaryHTML = summaryHTML
        self.enclosures = enclosures
        self.categories = categories
    }
}

/// A media file attached to an item (a podcast episode, an image).
public struct FeedEnclosure: Sendable, Hashable, Codable {
    /// The file's absolute http(s) address.
    public var url: String
    /// Its MIME type, when stated.
    public var type: String?
    /// Its size in bytes, when stated and readable.
    public var length: Int?

    /// An enclosure with the given details.
    public init(url: String, type: String? = nil, length: Int? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}

/// Why a document could not be read as a feed.
public enum FeedParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The document holds nothing but white space.
    case empty
    /// The document is something else; the payload says what (for example "an HTML page").
    case notAFeed(String)
    /// The document looks like a feed format but could not be read; the payload says why.
    case unreadable(String)

    public var description: String {
        switch self {
        case .empty: "the document is empty"
        case .notAFeed(let what): "not a feed: \(what)"
        case .unreadable(let why): "unreadable feed: \(why)"
        }
    }
}
