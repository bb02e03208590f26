import BylineCore

/// A library held in memory: articles with their analyses, read and star flags, and
/// annotations. It serves the demo (built from the sample articles), the benchmark and
/// whole-program tests.
public final class InMemoryLibrary: LibraryExecutor {
    /// One stored article.
    public struct Entry: Sendable {
        /// The library row.
        public var summary: ArticleSummary
        /// The article as read.
        public var article: Article
        /// What the analysis found.
        public var analysis: Analysis

        /// Creates an entry; the summary's counts are taken from the analysis.
        public init(id: Int64, article: Article, analysis: Analysis, isRead: Bool = false, isStarred: Bool = false) {
            let experts = Set(analysis.sources.filter { $0.sourceClass == .expert }.map(\.name)).count
            summary = ArticleSummary(id: id, title: article.title ?? "Untitled", site: article.site, published: article.published,
                                     isRead: isRead, isStarred: isStarred, quoteCount: analysis.quotes.count, expertCount: experts)
            self.article = article
            self.analysis = analysis
        }
    }

    private var entries: [Entry]
    private var indexByID: [Int64: Int]
    private var annotations: [AnnotationItem] = []
    private var nextAnnotationID: Int64 = 1

    /// Creates a library of `entries`, with the default order and the filter keys built
    /// up front (as a database has its indexes before the first query).
    public init(entries: [Entry]) {
        self.entries = entries
        indexByID = Dictionary(entries.enumerated().map { ($1.summary.id, $0) }, uniquingKeysWith: { first, _ in first })
        searchKeys = entries.map { Array(($0.summary.title + " " + ($0.summary.site ?? "")).lowercased().utf8) }
        sortedOrders[LibraryQuery().sort] = sortedOrder(LibraryQuery().sort)
    }

    /// Creates a library from articles, analysing each and numbering them from 1.
    public convenience init(articles: [Article], analyze: (Article) -> Analysis) {
        self.init(entries: articles.enumerated().map { Entry(id: Int64($0 + 1), article: $1, analysis: analyze($1)) })
    }

    public func perform(_ effect: Effect) -> [Msg] {
        switch effect {
        case .loadLibrary(let query):
            return [.libraryLoaded(page(for: query))]
        case .loadArticle(let id, let focus):
            guard let index = indexByID[id] else { return [.failed("Article \(id) is no longer in the library")] }
            let entry = entries[index]
            let detail = ArticleDetail(id: id, article: entry.article, analysis: entry.analysis,
                                       annotations: annotations.filter { $0.articleID == id })
            return [.articleLoaded(detail, focus: focus)]
        case .setRead(let id, let value):
            if let index = indexByID[id] { entries[index].summary.isRead = value }
            return []
        case .setStarred(let id, let value):
            if let index = indexByID[id] { entries[index].summary.isStarred = value }
            return []
        case .searchQuotes(let query):
            return [.quotesFound(query: query, searchQuotes(query))]
        case .loadSpeaker(let name):
            return [.speakerLoaded(profile(of: name))]
        case .loadAnnotations(let articleID):
            return [.annotationsLoaded(articleID: articleID, annotations.filter { articleID == nil || $0.articleID == articleID })]
        case .saveAnnotation(let draft):
            return [save(draft)]
        case .deleteAnnotation(let id):
            annotations.removeAll { $0.id == id }
            return [.annotationDeleted(id: id)]
        case .loadFeeds:
            return [.feedsLoaded(FeedOverview(feeds: [], newItemCount: 0))]
        case .reloadFeeds:
            return [.failed("This library has no feeds to reload")]
        case .editNote, .openURL, .quit:
            return []
        }
    }

    private func page(for query: LibraryQuery) -> LibraryPage {
        // The library holds no feeds, so no article is a feed's item.
        guard query.scope == .library else { return LibraryPage(query: query, total: 0, items: []) }
        let words = query.filter.lowercased().split(separator: " ").map { Array($0.utf8) }
        var order = sortedOrder(query.sort)
        if !words.isEmpty {
            order = order.filter { index in words.allSatisfy { Self.bytes(searchKeys[index], contain: $0) } }
        }
        let start = min(max(0, query.offset), order.count)
        let end = min(order.count, start + max(0, query.limit))
        return LibraryPage(query: query, total: order.count, items: order[start..<end].map { entries[$0].summary })
    }

    /// Title and site in lower case as UTF-8, per entry, for filtering.
    private let searchKeys: [[UInt8]]

    /// Whether `haystack` contains `needle` (bytewise; both are lower-cased UTF-8).
    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    private var sortedOrders: [LibrarySort: [Int]] = [:]

    /// Entry indices in `sort` order, computed once per order (sorting does not depend on
    /// the flags that change).
    private func sortedOrder(_ sort: LibrarySort) -> [Int] {
        if let order = sortedOrders[sort] { return order }
        let summaries = entries.map(\.summary)
        // Keys as UTF-8 bytes: comparing bytes is much faster than comparing Strings.
        func key(_ text: String?) -> [UInt8] { Array((text ?? "").lowercased().utf8) }
        let order: [Int]
        switch sort {
        case .newest, .oldest:
            let keys = summaries.map { key($0.published) }
            let ascending = summaries.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) || (keys[$0] == keys[$1] && summaries[$0].id < summaries[$1].id) }
            order = sort == .oldest ? ascending : ascending.reversed()
        case .title, .site:
            let keys = summaries.map { key(sort == .title ? $0.title : $0.site) }
            order = summaries.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) || (keys[$0] == keys[$1] && summaries[$0].id < summaries[$1].id) }
        case .quotes:
            order = summaries.indices.sorted { (summaries[$0].quoteCount, summaries[$1].id) > (summaries[$1].quoteCount, summaries[$0].id) }
        }
        sortedOrders[sort] = order
        return order
    }

    private func quoteHits(_ include: (Quote, Source?) -> Bool) -> [QuoteHit] {
        var hits: [QuoteHit] = []
        for entry in entries {
            let scalars = [Unicode.Scalar](scalarsOf: entry.article.text)
            for quote in entry.analysis.quotes {
                let source = entry.analysis.source(at: quote.sourceIndex)
                guard include(quote, source) else { continue }
                hits.append(QuoteHit(articleID: entry.summary.id, articleTitle: entry.summary.title, range: quote.range,
                                     text: scalars.string(in: quote.range), kind: quote.kind, speaker: source?.name, role: source?.role))
            }
        }
        return hits
    }

    private func searchQuotes(_ query: String) -> [QuoteHit] {
        let words = query.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        return Array(quoteHits { _, _ in true }.filter { hit in
            let haystack = (hit.text + " " + (hit.speaker ?? "")).lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }.prefix(200))
    }

    private func profile(of name: String) -> SpeakerProfile {
        let source = entries.lazy.flatMap(\.analysis.sources).first { $0.name == name }
        return SpeakerProfile(name: name, sourceClass: source?.sourceClass ?? .other, role: source?.role, affiliation: source?.affiliation,
                              quotes: quoteHits { _, source in source?.name == name })
    }

    private func save(_ draft: AnnotationDraft) -> Msg {
        guard let index = indexByID[draft.articleID] else { return .failed("Article \(draft.articleID) is no longer in the library") }
        if let id = draft.id, let existing = annotations.firstIndex(where: { $0.id == id }) {
            annotations[existing].note = draft.note
            return .annotationSaved(annotations[existing])
        }
        let item = AnnotationItem(id: nextAnnotationID, articleID: draft.articleID, articleTitle: entries[index].summary.title,
                                  range: draft.range, excerpt: draft.excerpt, note: draft.note)
        nextAnnotationID += 1
        annotations.append(item)
        return .annotationSaved(item)
    }
}
