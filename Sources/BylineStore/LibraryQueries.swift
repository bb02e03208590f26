import BylineCore
import Foundation
import GRDB

extension AppDatabase {
    /// The articles of the library, newest first (or as `filter` orders them).
    public func articles(_ filter: ArticleFilter = ArticleFilter()) throws -> [ArticleSummary] {
        try writer.read { db in
            let query = ArticlePageQuery(filter)
            // Counting lets a far page be read from the other end; the first page needs no count.
            return try query.summaries(db, total: filter.offset > filter.limit ? lists.count(query, in: db) : nil)
        }
    }

    /// One page of the articles `filter` selects, with how many it selects in all: a page
    /// near the end costs what the first page does. Counts and pages are kept while the lists
    /// do not change (`ListCache`).
    public func articlePage(_ filter: ArticleFilter) throws -> ArticlePage {
        try writer.read { db in try lists.page(ArticlePageQuery(filter), in: db) }
    }

    /// The number of articles `filter` selects, whatever its order, limit and offset.
    public func articleCount(_ filter: ArticleFilter) throws -> Int {
        try writer.read { db in try lists.count(ArticlePageQuery(filter), in: db) }
    }

    /// The size in bytes of every article's text (UTF-8), the "raw text" a library's size is
    /// compared with.
    public func bodyBytes() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT coalesce(sum(length(CAST(body AS BLOB))), 0) FROM article") ?? 0 }
    }

    /// The number of articles in the library.
    public func articleCount() throws -> Int {
        try writer.read { db in try ArticleRecord.fetchCount(db) }
    }

    /// One article with its stored analysis, or `nil` when there is none with this id.
    public func article(id: Int64) throws -> StoredArticle? {
        try writer.read { db in try StoredArticleLoader(db: db).load(id: id) }
    }

    /// Articles whose title or body match the words of `query` (prefixes, accents ignored),
    /// best first by bm25, with snippets. Any input is accepted.
    public func searchArticles(_ query: String, limit: Int = 20) throws -> [ArticleHit] {
        guard let pattern = FullTextQuery.terms(in: query) else { return [] }
        return try writer.read { db in
            // `ORDER BY rank` is done inside FTS5, so snippets are built for the first page only.
            let window = try RankingWindow(table: "articleFts", match: pattern, db: db)
            return try Row.fetchAll(db, sql: """
                SELECT \(ArticleSummaryColumns.sql), snippet(articleFts, -1, '«', '»', '…', 16) AS snippet
                FROM articleFts JOIN article a ON a.id = articleFts.rowid
                WHERE articleFts MATCH ? AND articleFts.rowid >= ?
                ORDER BY articleFts.rank
                LIMIT ?
                """, arguments: [pattern, window.lowestRowid, limit]).map { row in
                ArticleHit(summary: ArticleSummaryColumns.summary(row), snippet: row["snippet"])
            }
        }
    }

    /// Quotations across the library whose words or speaker match `query`, best first.
    public func searchQuotes(_ query: QuoteQuery) throws -> [LibraryQuote] {
        guard let pattern = FullTextQuery.terms(in: query.text) else { return [] }
        var match = pattern
        if let speaker = query.speaker {
            guard let speakerPattern = FullTextQuery.terms(in: speaker, column: "speaker") else { return [] }
            match = "(\(pattern)) AND \(speakerPattern)"
        }
        var conditions = ["quoteFts MATCH ?", "quoteFts.rowid >= ?"]
        var filters: StatementArguments = []
        if let sourceClass = query.sourceClass { conditions.append("s.class = ?"); filters += [sourceClass.rawValue] }
        if let site = query.site { conditions.append("a.site = ?"); filters += [site] }
        // `ORDER BY rank` is done inside FTS5 (bm25), so the joins and snippets run only for
        // the rows read until the page is full.
        return try writer.read { db in
            let window = try RankingWindow(table: "quoteFts", match: match, db: db)
            let page = try quotes(db, conditions: conditions, arguments: [match, window.lowestRowid] + filters + [query.limit])
            // Filters may leave the window short of a page: then rank every match.
            guard page.count < query.limit, window.lowestRowid > 0 else { return page }
            return try quotes(db, conditions: conditions, arguments: [match, 0] + filters + [query.limit])
        }
    }

    private func quotes(_ db: Database, conditions: [String], arguments: StatementArguments) throws -> [LibraryQuote] {
            try Row.fetchAll(db, sql: """
                SELECT \(LibraryQuoteColumns.sql), quoteFts.text AS text,
                       snippet(quoteFts, 0, '«', '»', '…', 24) AS snippet
                FROM quoteFts
                JOIN quote q ON q.id = quoteFts.rowid
                JOIN article a ON a.id = q.articleId
                LEFT JOIN source s ON s.id = q.sourceId
                LEFT JOIN articleSource ars ON ars.articleId = q.articleId AND ars.position = q.sourcePosition
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY quoteFts.rank
                LIMIT ?
                """, arguments: arguments).map(LibraryQuoteColumns.quote)
    }

    /// The sources quoted most across the library (optionally of one class).
    public func speakers(class sourceClass: Source.Class? = nil, limit: Int = 50) throws -> [SpeakerSummary] {
        try writer.read { db in
            var arguments: StatementArguments = []
            var whereClause = ""
            if let sourceClass { whereClause = "WHERE s.class = ?"; arguments += [sourceClass.rawValue] }
            arguments += [limit]
            return try Row.fetchAll(db, sql: """
                SELECT s.*, counts.quoteCount, counts.articleCount
                FROM (SELECT sourceId, COUNT(*) AS quoteCount, COUNT(DISTINCT articleId) AS articleCount
                      FROM quote WHERE sourceId IS NOT NULL GROUP BY sourceId) counts
                JOIN source s ON s.id = counts.sourceId
                \(whereClause)
                ORDER BY counts.quoteCount DESC, s.name
                LIMIT ?
                """, arguments: arguments).map(SpeakerColumns.summary)
        }
    }

    /// Everything one source said across the library, newest article first. `name` is matched
    /// exactly (case and accents aside), else as words of the name ("Okafor"); among several
    /// sources the most quoted wins. `nil` when no source matches.
    public func speaker(named name: String) throws -> SpeakerProfile? {
        try writer.read { db in
            guard let sourceId = try SpeakerColumns.resolve(name, in: db) else { return nil }
            guard let summaryRow = try Row.fetchOne(db, sql: """
                SELECT s.*, (SELECT COUNT(*) FROM quote WHERE sourceId = s.id) AS quoteCount,
                       (SELECT COUNT(DISTINCT articleId) FROM quote WHERE sourceId = s.id) AS articleCount
                FROM source s WHERE s.id = ?
                """, arguments: [sourceId]) else { return nil }
            let quotes = try Row.fetchAll(db, sql: """
                SELECT \(LibraryQuoteColumns.sql), substr(a.body, q.start + 1, q."end" - q.start) AS text, NULL AS snippet
                FROM quote q
                JOIN article a ON a.id = q.articleId
                LEFT JOIN source s ON s.id = q.sourceId
                LEFT JOIN articleSource ars ON ars.articleId = q.articleId AND ars.position = q.sourcePosition
                WHERE q.sourceId = ?
                ORDER BY coalesce(a.published, a.addedAt) DESC, a.id DESC, q.position
                """, arguments: [sourceId]).map(LibraryQuoteColumns.quote)
            return SpeakerProfile(summary: SpeakerColumns.summary(summaryRow), quotes: quotes)
        }
    }
}

/// Bounds the work of ranking a very common query: bm25 must score every match, so a query
/// that matches more than `size` rows is ranked among its `size` newest matches only (rowids
/// grow with time), which keeps every search within milliseconds on a large library.
struct RankingWindow {
    /// How many of the newest matches are ranked.
    static let size = 2_000

    /// The smallest rowid worth ranking (0 when every match is ranked).
    let lowestRowid: Int64

    init(table: String, match: String, db: Database) throws {
        lowestRowid = try Int64.fetchOne(db, sql: """
            SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
            """, arguments: [match, Self.size - 1]) ?? 0
    }
}

/// The columns of a library quote, shared by quote search and speaker profiles.
enum LibraryQuoteColumns {
    /// The select list for `quote q`, `article a`, `source s` and `articleSource ars`; the
    /// query adds `text` and `snippet`.
    static let sql = """
        q.id, q.start, q."end", q.kind, a.id AS articleId, a.title, a.site, a.published, a.addedAt,
        s.id AS sourceId, s.name, s.kind AS sourceKind, s.class,
        coalesce(ars.role, s.role) AS role, coalesce(ars.affiliation, s.affiliation) AS affiliation
        """

    static func quote(_ row: Row) -> LibraryQuote {
        let sourceId: Int64? = row["sourceId"]
        let speaker = sourceId.map { id in
            SpeakerReference(id: id, name: row["name"], kind: Source.Kind(rawValue: row["sourceKind"]) ?? .person,
                             sourceClass: Source.Class(rawValue: row["class"]) ?? .other,
                             role: row["role"], affiliation: row["affiliation"])
        }
        return LibraryQuote(
            id: row["id"],
            article: ArticleReference(id: row["articleId"], title: row["title"], site: row["site"],
                                      published: row["published"], addedAt: row["addedAt"]),
            text: row["text"] ?? "",
            range: TextRange(start: row["start"], end: row["end"]),
            kind: Quote.Kind(rawValue: row["kind"]) ?? .direct,
            speaker: speaker,
            snippet: row["snippet"]
        )
    }
}

/// Reads sources with their counts.
enum SpeakerColumns {
    static func summary(_ row: Row) -> SpeakerSummary {
        SpeakerSummary(
            speaker: SpeakerReference(id: row["id"], name: row["name"], kind: Source.Kind(rawValue: row["kind"]) ?? .person,
                                      sourceClass: Source.Class(rawValue: row["class"]) ?? .other,
                                      role: row["role"], affiliation: row["affiliation"]),
            quoteCount: row["quoteCount"], articleCount: row["articleCount"]
        )
    }

    /// The id of the source `name` designates, if any.
    static func resolve(_ name: String, in db: Database) throws -> Int64? {
        let key = SourceKey.of(name)
        guard !key.isEmpty else { return nil }
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE key = ?", arguments: [key]) { return id }
        let words = key.split(separator: " ").map { "% " + LikePattern.escaped(String($0)) + " %" }
        let conditions = words.map { _ in "(' ' || s.key || ' ') LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
        return try Int64.fetchOne(db, sql: """
            SELECT s.id FROM source s WHERE \(conditions)
            ORDER BY (SELECT COUNT(*) FROM quote WHERE sourceId = s.id) DESC, s.id LIMIT 1
            """, arguments: StatementArguments(words))
    }
}
