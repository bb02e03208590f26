import BylineCore
import Foundation
import GRDB

/// A user's annotation of an article: a highlight anchored with W3C selectors, a Markdown
/// note, tags and a colour.
public struct StoredAnnotation: Hashable, Sendable {
    /// The annotation's id.
    public var id: Int64
    /// The article it belongs to.
    public var article: ArticleReference
    /// The article's URL, when known (the annotation's target source).
    public var articleURL: String?
    /// Where the highlight is (or was last placed, for an orphan).
    public var anchor: TextAnchor
    /// Whether the highlight could not be placed in the article's current text.
    public var isOrphan: Bool
    /// The note, in Markdown.
    public var note: String
    /// The tags, sorted.
    public var tags: [String]
    /// The highlight colour, when one was chosen.
    public var color: String?
    /// When it was created.
    public var createdAt: Date
    /// When the user last changed it.
    public var modifiedAt: Date
}

/// What to annotate and how.
public struct AnnotationRequest: Sendable {
    /// The article's id.
    public var articleId: Int64
    /// The words to highlight, as they appear in the article (an approximate match is accepted).
    public var quote: String
    /// A Markdown note.
    public var note: String
    /// Tags.
    public var tags: [String]
    /// A colour name or `#rrggbb`.
    public var color: String?

    /// Creates a request.
    public init(articleId: Int64, quote: String, note: String = "", tags: [String] = [], color: String? = nil) {
        self.articleId = articleId
        self.quote = quote
        self.note = note
        self.tags = tags
        self.color = color
    }
}

/// Why an annotation could not be made.
public enum AnnotationError: Error, Equatable, CustomStringConvertible {
    /// There is no article with this id.
    case noArticle(Int64)
    /// The words are not in the article.
    case quoteNotFound(String)
    /// The range is empty or lies outside the article's text.
    case rangeOutsideText(TextRange)
    /// There is no annotation with this id.
    case noAnnotation(Int64)

    public var description: String {
        switch self {
        case .noArticle(let id): return "no article with id \(id) in the library"
        case .quoteNotFound(let quote): return "the article does not contain \"\(quote)\""
        case .rangeOutsideText(let range): return "no words of the article lie at \(range.start)..<\(range.end)"
        case .noAnnotation(let id): return "no annotation with id \(id) in the library"
        }
    }
}

/// A row of the `annotation` table.
struct AnnotationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "annotation"

    var id: Int64?
    var articleId: Int64
    var exact: String
    var prefix: String
    var suffix: String
    var start: Int
    var end: Int
    var isOrphan: Bool
    var note: String
    var color: String?
    var createdAt: Date
    var modifiedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var anchor: TextAnchor {
        TextAnchor(quote: TextQuoteSelector(exact: exact, prefix: prefix, suffix: suffix),
                   position: TextPositionSelector(start: start, end: end))
    }

    /// Moves the record's selectors to `anchor`.
    mutating func place(_ anchor: TextAnchor) {
        exact = anchor.quote.exact
        prefix = anchor.quote.prefix
        suffix = anchor.quote.suffix
        start = anchor.position.start
        end = anchor.position.end
        isOrphan = false
    }
}

extension AppDatabase {
    /// Highlights words of an article, with a note, tags and a colour.
    @discardableResult
    public func annotate(_ request: AnnotationRequest, now: Date = Date()) throws -> StoredAnnotation {
        try write { db in
            guard let body = try String.fetchOne(db, sql: "SELECT body FROM article WHERE id = ?", arguments: [request.articleId]) else {
                throw AnnotationError.noArticle(request.articleId)
            }
            let scalars = [Unicode.Scalar](scalarsOf: body)
            let wanted = TextAnchor(quote: TextQuoteSelector(exact: request.quote, prefix: "", suffix: ""),
                                    position: TextPositionSelector(start: 0, end: 0))
            guard let placement = TextAnchorLocator.locate(wanted, in: scalars) else {
                throw AnnotationError.quoteNotFound(request.quote)
            }
            return try AnnotationQueries.insert(articleId: request.articleId, anchor: TextAnchor(range: placement.range, in: scalars),
                                                note: request.note, tags: request.tags, color: request.color, now: now, db: db)
        }
    }

    /// Every annotation (orphans included), or those of one article, by article then position.
    public func annotations(articleId: Int64? = nil) throws -> [StoredAnnotation] {
        try writer.read { db in try AnnotationQueries.fetch(db, articleId: articleId, annotationId: nil) }
    }
}

/// Reads and writes annotations with their articles and tags.
enum AnnotationQueries {
    /// Stores a new annotation at `anchor` with its tags, and returns it as stored.
    static func insert(articleId: Int64, anchor: TextAnchor, note: String, tags: [String], color: String?, now: Date,
                       db: Database) throws -> StoredAnnotation {
        var record = AnnotationRecord(articleId: articleId, exact: "", prefix: "", suffix: "", start: 0, end: 0,
                                      isOrphan: false, note: note, color: color, createdAt: now, modifiedAt: now)
        record.place(anchor)
        try record.insert(db)
        for tag in Set(tags.map { $0.trimmingCharacters(in: .whitespaces) }) where !tag.isEmpty {
            try db.execute(sql: "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING", arguments: [tag])
            try db.execute(sql: "INSERT INTO annotationTag (annotationId, tagId) SELECT ?, id FROM tag WHERE name = ?",
                           arguments: [record.id, tag])
        }
        return try fetch(db, articleId: nil, annotationId: record.id).first!
    }

    static func fetch(_ db: Database, articleId: Int64?, annotationId: Int64?) throws -> [StoredAnnotation] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let articleId { conditions.append("an.articleId = ?"); arguments += [articleId] }
        if let annotationId { conditions.append("an.id = ?"); arguments += [annotationId] }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT an.*, a.title, a.site, a.published, a.addedAt AS articleAddedAt, a.url,
                   (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM annotationTag at JOIN tag t ON t.id = at.tagId
                    WHERE at.annotationId = an.id ORDER BY t.name)) AS tags
            FROM annotation an JOIN article a ON a.id = an.articleId
            \(whereClause)
            ORDER BY an.articleId, an.start, an.id
            """, arguments: arguments)
        return try rows.map { row in
            let record = try AnnotationRecord(row: row)
            let tags: String? = row["tags"]
            return StoredAnnotation(
                id: record.id!,
                article: ArticleReference(id: record.articleId, title: row["title"], site: row["site"],
                                          published: row["published"], addedAt: row["articleAddedAt"]),
                articleURL: row["url"], anchor: record.anchor, isOrphan: record.isOrphan, note: record.note,
                tags: tags.map { $0.split(separator: "\u{1F}").map(String.init) } ?? [],
                color: record.color, createdAt: record.createdAt, modifiedAt: record.modifiedAt
            )
        }
    }
}

/// Places an article's annotations again after its text changed; those that cannot be placed
/// become orphans, kept with their last selectors.
struct AnnotationReanchoring {
    let db: Database

    /// Re-anchors every annotation of the article; returns how many are orphans afterwards.
    func reanchor(articleId: Int64, oldBody: String, newBody: String) throws -> Int {
        let records = try AnnotationRecord.filter(Column("articleId") == articleId).fetchAll(db)
        guard !records.isEmpty else { return 0 }
        let scalars = Array(newBody.unicodeScalars)
        var orphans = 0
        for var record in records {
            if oldBody == newBody, !record.isOrphan { continue }
            if let placement = TextAnchorLocator.locate(record.anchor, in: scalars) {
                record.place(TextAnchor(range: placement.range, in: scalars))
            } else {
                record.isOrphan = true
                orphans += 1
            }
            try record.update(db)
        }
        return orphans
    }
}
