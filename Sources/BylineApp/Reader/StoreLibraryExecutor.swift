import BylineCore
import BylineStore
import BylineUI
import Foundation

/// The terminal reader's library effects performed on the SQLite library: every list, article,
/// search and annotation the reader shows comes from `database`, and every change is saved there.
public final class StoreLibraryExecutor: LibraryExecutor {
    private let database: AppDatabase

    /// The most quote search hits the reader lists.
    private static let quoteHitLimit = 100

    /// An executor over `database`.
    public init(database: AppDatabase) {
        self.database = database
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
        case .editNote, .openURL, .quit:
            return []
        }
    }

    private func page(for query: LibraryQuery) throws -> LibraryPage {
        let filter = ArticleFilter(words: query.filter, order: Self.order(query.sort), limit: max(0, query.limit), offset: max(0, query.offset))
        let page = try database.articlePage(filter)
        return LibraryPage(query: query, total: page.total, items: page.articles.map(Self.summary))
    }

    private func profile(named name: String) throws -> BylineUI.SpeakerProfile {
        guard let stored = try database.speaker(named: name) else { return BylineUI.SpeakerProfile(name: name, sourceClass: .other) }
        let speaker = stored.summary.speaker
        return BylineUI.SpeakerProfile(name: speaker.name, sourceClass: speaker.sourceClass, role: speaker.role,
                                       affiliation: speaker.affiliation, quotes: stored.quotes.map(Self.hit))
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
                                quoteCount: stored.quoteCount, expertCount: stored.expertCount)
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
