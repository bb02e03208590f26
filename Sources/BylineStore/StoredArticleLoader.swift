import BylineCore
import Foundation
import GRDB

/// Rebuilds an article and its analysis from the library's rows.
struct StoredArticleLoader {
    let db: Database

    func load(id: Int64) throws -> StoredArticle? {
        guard let record = try ArticleRecord.fetchOne(db, key: id),
              let summaryRow = try Row.fetchOne(db, sql: "SELECT \(ArticleSummaryColumns.sql) FROM article a WHERE a.id = ?", arguments: [id])
        else { return nil }
        let scalars = [Unicode.Scalar](scalarsOf: record.body)
        func mention(_ start: Int?, _ end: Int?) -> Mention? {
            guard let start, let end, start >= 0, start <= end, end <= scalars.count else { return nil }
            return Mention(text: scalars.string(in: TextRange(start: start, end: end)), range: TextRange(start: start, end: end))
        }
        let paragraphs = ParagraphLayout.decode(Array(record.layout)) ?? []
        let article = Article(title: record.title, site: record.site, authors: record.authors, published: record.published,
                              url: record.url, language: record.language, text: record.body, paragraphs: paragraphs)

        let sources = try Row.fetchAll(db, sql: """
            SELECT ars.*, s.name FROM articleSource ars JOIN source s ON s.id = ars.sourceId
            WHERE ars.articleId = ? ORDER BY ars.position
            """, arguments: [id]).map { row in
            let ranges = (try? JSONDecoder().decode([[Int]].self, from: Data((row["mentions"] as String? ?? "[]").utf8))) ?? []
            return Source(name: row["name"], kind: Source.Kind(rawValue: row["kind"]) ?? .person,
                          sourceClass: Source.Class(rawValue: row["class"]) ?? .other, role: row["role"], affiliation: row["affiliation"],
                          mentions: ranges.compactMap { $0.count == 2 ? mention($0[0], $0[1]) : nil })
        }
        let quotes = try Row.fetchAll(db, sql: "SELECT * FROM quote WHERE articleId = ? ORDER BY position", arguments: [id]).map { row in
            Quote(range: TextRange(start: row["start"], end: row["end"]), kind: Quote.Kind(rawValue: row["kind"]) ?? .direct,
                  cue: mention(row["cueStart"], row["cueEnd"]), sourceIndex: row["sourcePosition"],
                  speakerMention: mention(row["speakerStart"], row["speakerEnd"]))
        }
        let claims = try Row.fetchAll(db, sql: "SELECT * FROM claim WHERE articleId = ? ORDER BY position", arguments: [id]).map { row in
            let links = (try? JSONDecoder().decode([String].self, from: Data((row["links"] as String? ?? "[]").utf8))) ?? []
            return Claim(range: TextRange(start: row["start"], end: row["end"]), cue: mention(row["cueStart"], row["cueEnd"]),
                         sourceIndex: row["sourcePosition"], sourceMention: mention(row["sourceMentionStart"], row["sourceMentionEnd"]),
                         isVague: row["isVague"], links: links)
        }
        return StoredArticle(summary: ArticleSummaryColumns.summary(summaryRow), article: article,
                             analysis: Analysis(quotes: quotes, sources: sources, claims: claims),
                             format: ArticleFormat(rawValue: record.format) ?? .text, sourcePath: record.sourcePath)
    }
}

/// One article's original bytes, as kept for re-analysis.
public struct StoredOriginal: Sendable {
    /// The article's id.
    public var id: Int64
    /// The bytes it was read from.
    public var bytes: [UInt8]
    /// The format they were read as.
    public var format: ArticleFormat
    /// The article's URL, to resolve relative links again.
    public var url: String?
    /// The file it came from.
    public var sourcePath: String?
}

extension AppDatabase {
    /// The original bytes of up to `limit` articles with ids above `afterId`, in id order (to
    /// walk the whole library in batches). Articles whose bytes are damaged are skipped without
    /// shortening the batch, so that fewer than `limit` means the walk is over.
    public func originals(after afterId: Int64, limit: Int) throws -> [StoredOriginal] {
        try writer.read { db in
            var originals: [StoredOriginal] = []
            var lastId = afterId
            while originals.count < limit {
                let records = try ArticleRecord.filter(Column("id") > lastId).order(Column("id")).limit(limit - originals.count).fetchAll(db)
                guard let last = records.last?.id else { break }
                lastId = last
                originals += records.compactMap { record in
                    guard let id = record.id, let bytes = Deflate.decompress(Array(record.original), size: record.originalSize, dictionary: Array(record.body.utf8)) else { return nil }
                    return StoredOriginal(id: id, bytes: bytes, format: ArticleFormat(rawValue: record.format) ?? .text,
                                          url: record.url, sourcePath: record.sourcePath)
                }
            }
            return originals
        }
    }
}
