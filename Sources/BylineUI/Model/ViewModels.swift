import BylineCore

/// A library row: what the library screen shows about one article.
public struct ArticleSummary: Hashable, Sendable {
    /// The id in the library.
    public var id: Int64
    /// The headline ("Untitled" when the article has none).
    public var title: String
    /// The publication, when known.
    public var site: String?
    /// The publication date as stored (ISO 8601 when known).
    public var published: String?
    /// Whether the article was opened or marked read.
    public var isRead: Bool
    /// Whether the user starred it.
    public var isStarred: Bool
    /// Quotations found in the article.
    public var quoteCount: Int
    /// Distinct sources of class expert.
    public var expertCount: Int
    /// The source quoted most often, in lists of feed items.
    public var topSpeaker: String?
    /// The feeds that list it, in lists of feed items (their counts follow its read mark).
    public var feedIDs: [Int64]

    /// Creates a summary.
    public init(id: Int64, title: String, site: String? = nil, published: String? = nil, isRead: Bool = false,
                isStarred: Bool = false, quoteCount: Int = 0, expertCount: Int = 0, topSpeaker: String? = nil, feedIDs: [Int64] = []) {
        self.topSpeaker = topSpeaker
        self.feedIDs = feedIDs
        self.id = id
        self.title = title
        self.site = site
        self.published = published
        self.isRead = isRead
        self.isStarred = isStarred
        self.quoteCount = quoteCount
        self.expertCount = expertCount
    }
}

/// How the library list is ordered.
public enum LibrarySort: String, Hashable, Sendable, CaseIterable {
    case newest, oldest, title, site, quotes

    /// The next order in the cycle the sort key walks through.
    var next: LibrarySort {
        let all = LibrarySort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// A request for one window of the library list.
public struct LibraryQuery: Hashable, Sendable {
    /// Words every listed title or site must contain (case-insensitive); empty for all.
    public var filter: String
    /// The order.
    public var sort: LibrarySort
    /// The first row wanted.
    public var offset: Int
    /// How many rows at most.
    public var limit: Int
    /// The whole library, or the items of feeds.
    public var scope: ListScope

    /// Creates a query.
    public init(filter: String = "", sort: LibrarySort = .newest, offset: Int = 0, limit: Int = 200, scope: ListScope = .library) {
        self.scope = scope
        self.filter = filter
        self.sort = sort
        self.offset = offset
        self.limit = limit
    }
}

/// One window of the library list and how many rows the whole list has.
public struct LibraryPage: Hashable, Sendable {
    /// The query this page answers.
    public var query: LibraryQuery
    /// Rows matching the filter, in the whole library.
    public var total: Int
    /// The rows from `query.offset` on.
    public var items: [ArticleSummary]

    /// Creates a page.
    public init(query: LibraryQuery, total: Int, items: [ArticleSummary]) {
        self.query = query
        self.total = total
        self.items = items
    }
}

/// A saved highlight with its note. `range` is `nil` when its passage could no longer be
/// found in the article (an orphan).
public struct AnnotationItem: Hashable, Sendable {
    /// The id in the library.
    public var id: Int64
    /// The article it belongs to.
    public var articleID: Int64
    /// The article's headline.
    public var articleTitle: String
    /// Where the highlight is, or `nil` for an orphan.
    public var range: TextRange?
    /// The highlighted words as they were when saved.
    public var excerpt: String
    /// The note (Markdown).
    public var note: String
    /// The highlight's colour as the theme paints it.
    public var color: NoteColor

    /// Creates an annotation.
    public init(id: Int64, articleID: Int64, articleTitle: String, range: TextRange?, excerpt: String, note: String, color: NoteColor = .plain) {
        self.id = id
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.range = range
        self.excerpt = excerpt
        self.note = note
        self.color = color
    }

    /// Whether the annotation lost its passage.
    public var isOrphan: Bool { range == nil }
}

/// An article opened for reading, with what Byline found in it and the reader's highlights.
public struct ArticleDetail: Hashable, Sendable {
    /// The id in the library.
    public var id: Int64
    /// The article as read.
    public var article: Article
    /// What the analysis found.
    public var analysis: Analysis
    /// The reader's highlights in it.
    public var annotations: [AnnotationItem]

    /// Creates a detail.
    public init(id: Int64, article: Article, analysis: Analysis, annotations: [AnnotationItem] = []) {
        self.id = id
        self.article = article
        self.analysis = analysis
        self.annotations = annotations
    }
}

/// A quotation found by a library-wide search.
public struct QuoteHit: Hashable, Sendable {
    /// The article it belongs to.
    public var articleID: Int64
    /// The article's headline.
    public var articleTitle: String
    /// Where the quote lies in its article's text.
    public var range: TextRange
    /// The quoted words.
    public var text: String
    /// How they are presented: whether they are the speaker's own words or reported speech
    /// (which is never shown in quote marks).
    public var kind: Quote.Kind
    /// Who said it, when known.
    public var speaker: String?
    /// The speaker's role, when known.
    public var role: String?

    /// Creates a hit.
    public init(articleID: Int64, articleTitle: String, range: TextRange, text: String, kind: Quote.Kind, speaker: String? = nil, role: String? = nil) {
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.range = range
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.role = role
    }
}

/// One source across the library: who they are and everything they said.
public struct SpeakerProfile: Hashable, Sendable {
    /// The canonical name.
    public var name: String
    /// The source's standing.
    public var sourceClass: Source.Class
    /// The speaker's role, when known.
    public var role: String?
    /// The institution the role belongs to, when known.
    public var affiliation: String?
    /// Everything the source said, across the library.
    public var quotes: [QuoteHit]

    /// Creates a profile.
    public init(name: String, sourceClass: Source.Class, role: String? = nil, affiliation: String? = nil, quotes: [QuoteHit] = []) {
        self.name = name
        self.sourceClass = sourceClass
        self.role = role
        self.affiliation = affiliation
        self.quotes = quotes
    }
}

/// A highlight to save: a new one (`id == nil`) or a changed note for an existing one.
public struct AnnotationDraft: Hashable, Sendable {
    /// The annotation to change, or `nil` for a new one.
    public var id: Int64?
    /// The article it belongs to.
    public var articleID: Int64
    /// Where the words are in the article's text.
    public var range: TextRange
    /// The highlighted words.
    public var excerpt: String
    /// The note.
    public var note: String

    /// Creates a draft.
    public init(id: Int64? = nil, articleID: Int64, range: TextRange, excerpt: String, note: String) {
        self.id = id
        self.articleID = articleID
        self.range = range
        self.excerpt = excerpt
        self.note = note
    }
}
