import GRDB

/// One page of the article list, read from whichever end of the order is nearer: a page past
/// the middle is read in the reverse order with a small offset and turned round, so the last
/// page costs what the first does (SQLite's OFFSET steps over every row it skips).
struct ArticlePageQuery {
    let filter: ArticleFilter
    let conditions: ArticleConditions

    init(_ filter: ArticleFilter) {
        self.filter = filter
        conditions = ArticleConditions(filter)
    }

    /// The number of articles the filter selects.
    func count(_ db: Database) throws -> Int {
        if let itemCount = conditions.itemCount { return try Int.fetchOne(db, sql: itemCount.sql, arguments: itemCount.arguments) ?? 0 }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a \(conditions.whereClause)", arguments: conditions.arguments) ?? 0
    }

    /// The page's articles, in the filter's order. `total` (the count, when known) lets a far
    /// page be read from the other end.
    func summaries(_ db: Database, total: Int?) throws -> [ArticleSummary] {
        let limit = max(0, filter.limit), offset = max(0, filter.offset)
        let terms = OrderTerm.terms(of: filter.order)
        let conditions = filter.feeds != nil && (total ?? 0) >= Self.manyFeedArticles ? ArticleConditions(filter, manyItems: true) : conditions
        if let total, offset > total / 2 {
            // Rows [offset, offset + limit) are rows [total - offset - limit, total - offset) backwards.
            let end = max(0, total - offset)
            let reversed = terms.map(\.reversed)
            return try fetch(db, conditions, order: reversed, limit: min(limit, end), offset: max(0, end - limit)).reversed()
        }
        return try fetch(db, conditions, order: terms, limit: limit, offset: offset)
    }

    /// From how many articles a feed scope is read in the list's order rather than gathered
    /// and sorted: gathering costs a row read per article (15,000 took 150 ms), the order a
    /// probe per article passed over (fewer than 200 × library / scope).
    static let manyFeedArticles = 2_000

    private func fetch(_ db: Database, _ conditions: ArticleConditions, order terms: [OrderTerm], limit: Int, offset: Int) throws -> [ArticleSummary] {
        let order = terms.map(\.sql).joined(separator: ", ")
        // The page's ids are chosen first, so the counts are computed for its rows only.
        return try Row.fetchAll(db, sql: """
            SELECT \(filter.feeds == nil ? ArticleSummaryColumns.sql : ArticleSummaryColumns.sqlForFeeds)
            FROM (SELECT a.id FROM article a \(conditions.whereClause) ORDER BY \(order) LIMIT ? OFFSET ?) page
            JOIN article a ON a.id = page.id
            ORDER BY \(order)
            """, arguments: conditions.arguments + [limit, offset]).map(ArticleSummaryColumns.summary)
    }
}

/// One key of an `ORDER BY`, which can be turned round.
struct OrderTerm {
    let expression: String
    let isDescending: Bool

    var sql: String { expression + (isDescending ? " DESC" : "") }
    var reversed: OrderTerm { OrderTerm(expression: expression, isDescending: !isDescending) }

    /// The keys of `order`; every order ends with the id, so no two articles tie.
    static func terms(of order: ArticleOrder) -> [OrderTerm] {
        // SQLite's NULL is the smallest value, so DESC puts undated articles last and the
        // list index serves the default order (and, turned round, its far end).
        switch order {
        case .added: [.descending("a.addedAt"), .descending("a.id")]
        case .published: [.descending("a.published"), .descending("a.id")]
        case .oldest: [.ascending("a.published IS NULL"), .ascending("a.published"), .ascending("a.id")]
        case .title: [.ascending("a.title IS NULL"), .ascending("a.title COLLATE NOCASE"), .ascending("a.id")]
        case .site: [.ascending("a.site IS NULL"), .ascending("a.site"), .descending("a.addedAt"), .descending("a.id")]
        case .quotes: [.descending("(SELECT COUNT(*) FROM quote WHERE quote.articleId = a.id)"), .descending("a.id")]
        }
    }

    private static func ascending(_ expression: String) -> OrderTerm { OrderTerm(expression: expression, isDescending: false) }
    private static func descending(_ expression: String) -> OrderTerm { OrderTerm(expression: expression, isDescending: true) }
}
