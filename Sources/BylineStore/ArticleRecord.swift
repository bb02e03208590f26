import BylineCore
import Foundation
import GRDB

/// A row of the `article` table.
struct ArticleRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "article"

    var id: Int64?
    var url: String?
    var sourcePath: String?
    var contentHash: Int64
    var title: String?
    var site: String?
    var authors: [String]
    var published: String?
    var language: String?
    var addedAt: Date
    var updatedAt: Date
    var readAt: Date?
    var isStarred: Bool
    var format: String
    var original: Data
    var originalSize: Int
    var body: String
    /// The paragraphs and links, encoded by `ParagraphLayout`.
    var layout: Data

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The values of every column but `id`, in table order, for a prepared INSERT (imports
    /// insert thousands of articles a second; Codable encoding would cost more than SQLite).
    var insertionArguments: StatementArguments {
        let authorsJSON = authors.isEmpty ? "[]" : (try? JSONEncoder().encode(authors)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return [url, sourcePath, contentHash, title, site, authorsJSON, published, language, addedAt, updatedAt,
                readAt, isStarred, format, original, originalSize, body, layout]
    }

    /// The record of a newly read article, added or updated at `now`.
    init(_ input: LibraryArticle, now: Date) {
        let article = input.article
        url = article.url
        sourcePath = input.sourcePath
        contentHash = ContentHash.of(article.text)
        title = article.title
        site = article.site
        authors = article.authors
        published = article.published
        language = article.language
        addedAt = now
        updatedAt = now
        isStarred = false
        format = input.format.rawValue
        original = Data(Deflate.compress(input.original, dictionary: Array(article.text.utf8)))
        originalSize = input.original.count
        body = article.text
        layout = Data(ParagraphLayout.encode(article.paragraphs))
    }
}

/// The columns of an article summary, shared by every query that lists articles.
enum ArticleSummaryColumns {
    /// The select list, for an `article` table aliased as `a`.
    static let sql = """
        a.id, a.title, a.site, a.authors, a.published, a.url, a.addedAt, a.readAt, a.isStarred, a.sourcePath,
        (SELECT COUNT(*) FROM quote WHERE quote.articleId = a.id) AS quoteCount,
        (SELECT COUNT(*) FROM articleSource WHERE articleSource.articleId = a.id AND articleSource.class = 'expert') AS expertCount
        """

    /// The select list of a list of feed items: also the article's most quoted source (ties
    /// go to the one quoted first) and the feeds that list it.
    static let sqlForFeeds = sql + """
        ,
        (SELECT group_concat(i.feedId) FROM feedItem i WHERE i.articleId = a.id) AS feedIds,
        (SELECT s.name FROM source s WHERE s.id = (SELECT q.sourceId FROM quote q WHERE q.articleId = a.id AND q.sourceId IS NOT NULL
            GROUP BY q.sourceId ORDER BY COUNT(*) DESC, MIN(q.position) LIMIT 1)) AS topSpeaker
        """

    /// Decodes a summary from a row selected with `sql`.
    static func summary(_ row: Row) -> ArticleSummary {
        let authorsJSON: String = row["authors"] ?? "[]"
        let authors = (try? JSONDecoder().decode([String].self, from: Data(authorsJSON.utf8))) ?? []
        return ArticleSummary(
            id: row["id"], title: row["title"], site: row["site"], authors: authors,
            published: row["published"], url: row["url"], addedAt: row["addedAt"], readAt: row["readAt"],
            isStarred: row["isStarred"], quoteCount: row["quoteCount"], expertCount: row["expertCount"],
            sourcePath: row["sourcePath"], topSpeaker: row.hasColumn("topSpeaker") ? row["topSpeaker"] : nil,
            feedIds: row.hasColumn("feedIds") ? ((row["feedIds"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) } : []
        )
    }
}

/// A 64-bit FNV-1a hash of an article's text: finds an article already in the library by its
/// content (a match is confirmed by comparing the text itself).
enum ContentHash {
    static func of(_ text: String) -> Int64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return Int64(bitPattern: hash)
        }
    }
}

/// The key that identifies a source across articles: its name folded to lower case, without
/// diacritics, with white space collapsed ("Ada  Okafor" and "ada okafor" are one).
enum SourceKey {
    static func of(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
