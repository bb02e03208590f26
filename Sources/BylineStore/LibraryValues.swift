import BylineCore
import Foundation

/// An article ready to be stored: what was read, what the analysis found, and the bytes it
/// came from (kept so that the article can be re-analysed when the rules improve).
public struct LibraryArticle: Sendable {
    /// The article as read.
    public var article: Article
    /// Its analysis.
    public var analysis: Analysis
    /// The bytes of the file or page it was read from.
    public var original: [UInt8]
    /// The format the bytes were read as.
    public var format: ArticleFormat
    /// The file it was read from, when it came from a file.
    public var sourcePath: String?

    /// Creates an article to store.
    public init(article: Article, analysis: Analysis, original: [UInt8], format: ArticleFormat, sourcePath: String? = nil) {
        self.article = article
        self.analysis = analysis
        self.original = original
        self.format = format
        self.sourcePath = sourcePath
    }
}

/// What storing one article did.
public enum SaveOutcome: Hashable, Sendable {
    /// A new article with this id.
    case added(Int64)
    /// An article already in the library (same URL, file or text) was replaced, keeping its
    /// id and annotations; `orphaned` annotations could not be placed in the new text.
    case updated(Int64, orphaned: Int)

    /// The article's id.
    public var id: Int64 {
        switch self {
        case .added(let id), .updated(let id, _): return id
        }
    }
}

/// One line of the article list: an article's metadata without its text.
public struct ArticleSummary: Hashable, Sendable, Codable {
    /// The article's id in the library.
    public var id: Int64
    /// The headline.
    public var title: String?
    /// The publication.
    public var site: String?
    /// The bylined authors.
    public var authors: [String]
    /// The publication date as stated.
    public var published: String?
    /// The canonical URL.
    public var url: String?
    /// When the article was added to the library.
    public var addedAt: Date
    /// When it was read, if it was.
    public var readAt: Date?
    /// Whether the user starred it.
    public var isStarred: Bool
    /// How many quotations the analysis found.
    public var quoteCount: Int
    /// The number of distinct sources of class expert quoted or cited in it.
    public var expertCount: Int
    /// The file it was read from, when it came from one (a title of last resort).
    public var sourcePath: String?
    /// The source quoted most often in it, when the filter asked for it (`feeds`) and it
    /// quotes anyone.
    public var topSpeaker: String? = nil
    /// The feeds that list it, when the filter asked for feeds.
    public var feedIds: [Int64] = []
}

/// An article with everything the library keeps about it.
public struct StoredArticle: Sendable {
    /// Its metadata.
    public var summary: ArticleSummary
    /// The article as read (text, paragraphs, links).
    public var article: Article
    /// The stored analysis.
    public var analysis: Analysis
    /// The format its bytes were read as.
    public var format: ArticleFormat
    /// The file it came from, when known.
    public var sourcePath: String?
}

/// How to order the article list.
public enum ArticleOrder: String, Sendable, CaseIterable {
    /// Newest added first.
    case added
    /// Newest published first (articles without a date last).
    case published
    /// Oldest published first (articles without a date last).
    case oldest
    /// By title.
    case title
    /// By site, newest added first within a site (articles without a site last).
    case site
    /// Most quotations first.
    case quotes
}

/// Which articles the list shows.
public struct ArticleFilter: Sendable {
    /// Only articles not yet read.
    public var unreadOnly: Bool
    /// Only articles from this site (case-insensitive).
    public var site: String?
    /// Words each of which the title or the site (the file path for an article without a
    /// title) must contain, ASCII case aside, as typed in a filter box; empty for all.
    public var words: String
    /// The order.
    public var order: ArticleOrder
    /// At most this many.
    public var limit: Int
    /// Skipping this many first.
    public var offset: Int
    /// Only articles brought by these feeds; `nil` for every article.
    public var feeds: FeedScope?

    /// Creates a filter.
    public init(unreadOnly: Bool = false, site: String? = nil, words: String = "", order: ArticleOrder = .added,
                limit: Int = 50, offset: Int = 0, feeds: FeedScope? = nil) {
        self.unreadOnly = unreadOnly
        self.site = site
        self.words = words
        self.order = order
        self.limit = limit
        self.offset = offset
        self.feeds = feeds
    }
}

/// The feeds whose items an article list shows. Such a list also names each article's most
/// quoted source (`ArticleSummary.topSpeaker`).
public enum FeedScope: Hashable, Sendable {
    /// Items of any feed.
    case anyFeed
    /// Items of one feed.
    case feed(Int64)
    /// Items of every feed tagged with this tag (a query feed).
    case tag(String)
}

/// One page of the article list and the size of the whole list.
public struct ArticlePage: Sendable {
    /// The number of articles the filter selects.
    public var total: Int
    /// The page's articles, in the filter's order.
    public var articles: [ArticleSummary]
}

/// An article found by a full-text search.
public struct ArticleHit: Sendable {
    /// The article.
    public var summary: ArticleSummary
    /// A passage around the matched words, which are set between `«` and `»`.
    public var snippet: String
}

/// A source as a quote or a speaker list shows it.
public struct SpeakerReference: Hashable, Sendable, Codable {
    /// The source's id in the library.
    public var id: Int64
    /// The canonical name.
    public var name: String
    /// Person, organisation, medium, document or group.
    public var kind: Source.Kind
    /// The source's standing.
    public var sourceClass: Source.Class
    /// The role the article gives (or the latest one known).
    public var role: String?
    /// The affiliation the article gives (or the latest one known).
    public var affiliation: String?
}

/// The article a quote comes from.
public struct ArticleReference: Hashable, Sendable, Codable {
    /// The article's id.
    public var id: Int64
    /// Its headline.
    public var title: String?
    /// Its publication.
    public var site: String?
    /// Its publication date.
    public var published: String?
    /// When it was added.
    public var addedAt: Date
}

/// A quotation from the library.
public struct LibraryQuote: Sendable {
    /// The quote's id.
    public var id: Int64
    /// The article it comes from.
    public var article: ArticleReference
    /// The quoted words.
    public var text: String
    /// Where they are in the article's text.
    public var range: TextRange
    /// How they are presented.
    public var kind: Quote.Kind
    /// Who said them, when known.
    public var speaker: SpeakerReference?
    /// For a search: a passage with the matched words between `«` and `»`.
    public var snippet: String?
}

/// A source with how often the library quotes it.
public struct SpeakerSummary: Sendable {
    /// The source.
    public var speaker: SpeakerReference
    /// The number of quotations attributed to it.
    public var quoteCount: Int
    /// The number of articles that quote it.
    public var articleCount: Int
}

/// Everything one source said across the library, newest first.
public struct SpeakerProfile: Sendable {
    /// The source and its counts.
    public var summary: SpeakerSummary
    /// Its quotations, newest article first.
    public var quotes: [LibraryQuote]
}

/// What a library quote search looks for.
public struct QuoteQuery: Sendable {
    /// The user's words (any input; it is escaped).
    public var text: String
    /// Only quotes by a source whose name contains these words.
    public var speaker: String?
    /// Only quotes by sources of this class.
    public var sourceClass: Source.Class?
    /// Only quotes from articles of this site.
    public var site: String?
    /// At most this many.
    public var limit: Int

    /// Creates a query.
    public init(text: String, speaker: String? = nil, sourceClass: Source.Class? = nil, site: String? = nil, limit: Int = 20) {
        self.text = text
        self.speaker = speaker
        self.sourceClass = sourceClass
        self.site = site
        self.limit = limit
    }
}
