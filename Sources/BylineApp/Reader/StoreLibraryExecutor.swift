import BylineCore
import BylineStore
import BylineUI
import Foundation

/// The terminal reader's library effects performed on the SQLite library: every list, article,
/// search and annotation the reader shows comes from `database`, and every change is saved there.
public final class StoreLibraryExecutor: LibraryExecutor {
    private let database: AppDatabase
    private let reload: BackgroundReload?

    /// The most quote search hits the reader lists.
    private static let quoteHitLimit = 100

    /// An executor over `database`; feeds are reloaded by `reload` (none: reloads are refused).
    public init(database: AppDatabase, reload: BackgroundReload? = nil) {
        self.database = database
        self.reload = reload
    }

    /// Cancels a reload under way and waits for it to stop cleanly.
    public func finish() {
        reload?.cancelAndWait()
    }

    /// Performs `effect` on the library; a failure is answered with `.failed`, never thrown.
    public func perform(_ effect: Effect) -> [Msg] {
        do {
            return try answer(effect)
        } catch {
            return [.failed(String(describing: error))]
        }
    }

    private func answer(_ effect: Effect) throws -> [Msg] {
        switch effect {
        case .loadLibrary(let query):
            return [.libraryLoaded(try page(for: query))]
        case .loadArticle(let id, let focus):
            guard let stored = try database.article(id: id) else { return [.failed("Article \(id) is no longer in the library")] }
            let annotations = try database.annotations(articleId: id).map(Self.item)
            return [.articleLoaded(ArticleDetail(id: id, article: stored.article, analysis: stored.analysis, annotations: annotations), focus: focus)]
        case .setRead(let id, let isRead):
            try database.markRead(id, isRead)
            return []
        case .setStarred(let id, let isStarred):
            try database.setStarred(id, isStarred)
            return []
        case .searchQuotes(let text):
            let found = try database.searchQuotes(QuoteQuery(text: text, limit: Self.quoteHitLimit))
            return [.quotesFound(query: text, found.map(Self.hit))]
        case .loadSpeaker(let name):
            return [.speakerLoaded(try profile(named: name))]
        case .loadAnnotations(let articleID):
            return [.annotationsLoaded(articleID: articleID, try database.annotations(articleId: articleID).map(Self.item))]
        case .saveAnnotation(let draft):
            let saved = if let id = draft.id {
                try database.updateNote(annotationId: id, note: draft.note)
            } else {
                try database.annotate(articleId: draft.articleID, range: draft.range, note: draft.note)
            }
            return [.annotationSaved(Self.item(saved))]
        case .deleteAnnotation(let id):
            try database.deleteAnnotation(id: id)
            return [.annotationDeleted(id: id)]
        case .loadFeeds:
            return [.feedsLoaded(try FeedOverviewReader(database: database).overview())]
        case .reloadFeeds(let ids):
            guard let reload else { return [.failed("Feeds cannot be reloaded here")] }
            let feeds = try ids.map { ids in try database.feeds().filter { ids.contains($0.id) } } ?? database.feeds()
            guard !feeds.isEmpty else { return [.failed("No feeds to reload: subscribe with `byline feed add URL`")] }
            guard reload.start(feeds) else { return [.failed("A reload is already running")] }
            return [.reloadStarted(total: feeds.count)]
        case .editNote, .openURL, .quit:
            return []
        }
    }

    private func page(for query: LibraryQuery) throws -> LibraryPage {
        let filter = ArticleFilter(unreadOnly: query.scope == .newItems, words: query.filter, order: Self.order(query.sort),
                                   limit: max(0, query.limit), offset: max(0, query.offset), feeds: Self.feeds(of: query.scope))
        let page = try database.articlePage(filter)
        return LibraryPage(query: query, total: page.total, items: page.articles.map(Self.summary))
    }

    private func profile(named name: String) throws -> BylineUI.SpeakerProfile {
        guard let stored = try database.speaker(named: name) else { return BylineUI.SpeakerProfile(name: name, sourceClass: .other) }
        let speaker = stored.summary.speaker
        return BylineUI.SpeakerProfile(name: speaker.name, sourceClass: speaker.sourceClass, role: speaker.role,
                                       affiliation: speaker.affiliation, quotes: stored.quotes.map(Self.hit))
    }

    private static func feeds(of scope: ListScope) -> FeedScope? {
        switch scope {
        case .library: nil
        case .newItems: .anyFeed
        case .feed(let id, _): .feed(id)
        case .tag(let name): .tag(name)
        }
    }

    private static func order(_ sort: LibrarySort) -> ArticleOrder {
        switch sort {
        case .newest: .published
        case .oldest: .oldest
        case .title: .title
        case .site: .site
        case .quotes: .quotes
        }
    }

    private static func summary(_ stored: BylineStore.ArticleSummary) -> BylineUI.ArticleSummary {
        BylineUI.ArticleSummary(id: stored.id, title: stored.title ?? title(ofFile: stored.sourcePath), site: stored.site, published: stored.published,
                                isRead: stored.readAt != nil, isStarred: stored.isStarred,
                                quoteCount: stored.quoteCount, expertCount: stored.expertCount, topSpeaker: stored.topSpeaker,
                                feedIDs: stored.feedIds)
    }

    /// "…/harbour-bridge.html" → "Harbour bridge", for an article that names no title.
    private static func title(ofFile path: String?) -> String {
        guard let path else { return "Untitled" }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return stem.isEmpty ? "Untitled" : stem.prefix(1).uppercased() + stem.dropFirst()
    }

    private static func hit(_ quote: LibraryQuote) -> QuoteHit {
        QuoteHit(articleID: quote.article.id, articleTitle: quote.article.title ?? "Untitled", range: quote.range, text: quote.text,
                 kind: quote.kind, speaker: quote.speaker?.name, role: quote.speaker?.role)
    }

    private static func item(_ stored: StoredAnnotation) -> AnnotationItem {
        let position = stored.anchor.position
        return AnnotationItem(id: stored.id, articleID: stored.article.id, articleTitle: stored.article.title ?? "Untitled",
                              range: stored.isOrphan ? nil : TextRange(start: position.start, end: position.end),
                              excerpt: stored.anchor.quote.exact, note: stored.note, color: NoteColor(stored.color))
    }
}
