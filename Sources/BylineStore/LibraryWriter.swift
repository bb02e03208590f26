import BylineCore
import Foundation
import GRDB

extension AppDatabase {
    /// Stores a batch of articles in one transaction: an article already in the library (same
    /// URL, same source file, or same text) is replaced in place, keeping its id and its
    /// annotations, which are re-anchored in the new text.
    @discardableResult
    public func save(_ batch: [LibraryArticle], now: Date = Date()) throws -> [SaveOutcome] {
        let prepared = PreparedArticle.prepare(batch, now: now)
        return try write { db in
            let writer = try LibraryWriter(db: db)
            return try prepared.map { try writer.save($0) }
        }
    }

    /// Replaces the contents and analysis of articles already in the library (re-analysis),
    /// keeping their ids, state and annotations (re-anchored).
    @discardableResult
    public func replace(_ batch: [(id: Int64, article: LibraryArticle)], now: Date = Date()) throws -> [SaveOutcome] {
        let prepared = PreparedArticle.prepare(batch.map(\.article), now: now)
        return try write { db in
            let writer = try LibraryWriter(db: db)
            return try zip(batch, prepared).compactMap { item, article in
                guard let existing = try ArticleRecord.fetchOne(db, key: item.id) else { return nil }
                return try writer.replace(existing, with: article)
            }
        }
    }

    /// Marks an article read (or unread).
    public func markRead(_ id: Int64, _ isRead: Bool = true, now: Date = Date()) throws {
        try write { db in
            try db.execute(sql: "UPDATE article SET readAt = ? WHERE id = ?", arguments: [isRead ? now : nil, id])
            try db.execute(sql: "UPDATE feedItem SET articleRead = ? WHERE articleId = ?", arguments: [isRead, id])
        }
    }

    /// Stars (or unstars) an article.
    public func setStarred(_ id: Int64, _ isStarred: Bool) throws {
        try write { db in
            try db.execute(sql: "UPDATE article SET isStarred = ? WHERE id = ?", arguments: [isStarred, id])
        }
    }
}

/// Writes prepared articles and their analyses inside one open transaction. Its statements
/// are prepared once per batch and the sources it has seen are remembered, so that an import
/// runs at thousands of articles a second.
final class LibraryWriter {
    let db: Database
    private let insertArticle: Statement
    private let indexArticle: Statement
    private let indexTitle: Statement
    private let insertArticleSource: Statement
    private let insertQuote: Statement
    private let indexQuote: Statement
    private let insertClaim: Statement
    private let findSource: Statement
    private let updateSource: Statement
    private let insertSource: Statement
    /// The profile last written for each source key in this batch, with its id.
    private var knownSources: [String: (id: Int64, profile: SourceProfile)] = [:]

    /// What the library keeps of a source beyond its name.
    private struct SourceProfile: Equatable {
        var sourceClass: String
        var role: String?
        var affiliation: String?
    }

    init(db: Database) throws {
        self.db = db
        insertArticle = try db.makeStatement(sql: """
            INSERT INTO article (url, sourcePath, contentHash, title, site, authors, published, language, addedAt, updatedAt,
                                 readAt, isStarred, format, original, originalSize, body, layout)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        indexArticle = try db.makeStatement(sql: "INSERT INTO articleFts(rowid, title, body) VALUES (?, ?, ?)")
        indexTitle = try db.makeStatement(sql: "INSERT INTO articleTitleFts(rowid, title, site) VALUES (?, coalesce(?, ?), ?)")
        insertArticleSource = try db.makeStatement(sql: """
            INSERT INTO articleSource (articleId, position, sourceId, kind, class, role, affiliation, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertQuote = try db.makeStatement(sql: """
            INSERT INTO quote (articleId, position, start, "end", kind, sourceId, sourcePosition, cueStart, cueEnd, speakerStart, speakerEnd)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        indexQuote = try db.makeStatement(sql: "INSERT INTO quoteFts(rowid, text, speaker) VALUES (?, ?, ?)")
        insertClaim = try db.makeStatement(sql: """
            INSERT INTO claim (articleId, position, start, "end", cueStart, cueEnd, sourcePosition, sourceMentionStart, sourceMentionEnd, isVague, links)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        findSource = try db.makeStatement(sql: "SELECT id, class, role, affiliation FROM source WHERE key = ?")
        updateSource = try db.makeStatement(sql: "UPDATE source SET class = ?, role = ?, affiliation = ? WHERE id = ?")
        insertSource = try db.makeStatement(sql: "INSERT INTO source (key, name, kind, class, role, affiliation) VALUES (?, ?, ?, ?, ?, ?)")
    }

    /// Adds `article`, or replaces the article it duplicates.
    func save(_ article: PreparedArticle) throws -> SaveOutcome {
        let record = article.record
        if let existingId = try findExisting(record), let existing = try ArticleRecord.fetchOne(db, key: existingId) {
            return try replace(existing, with: article)
        }
        try insertArticle.execute(arguments: record.insertionArguments)
        let id = db.lastInsertedRowID
        try indexArticle.execute(arguments: [id, record.title, record.body])
        try indexTitle.execute(arguments: [id, record.title, record.sourcePath, record.site])
        try insertAnalysis(of: article, articleId: id)
        return .added(id)
    }

    /// Replaces `existing`'s contents and analysis with `article`'s, keeping its id, added date,
    /// read and starred state, and annotations (re-anchored).
    func replace(_ existing: ArticleRecord, with article: PreparedArticle) throws -> SaveOutcome {
        var record = article.record
        let existingId = existing.id!
        record.sourcePath = article.input.sourcePath ?? existing.sourcePath
        record.url = article.input.article.url ?? existing.url
        try deleteAnalysis(articleId: existingId)
        record.id = existingId
        record.addedAt = existing.addedAt
        record.readAt = existing.readAt
        record.isStarred = existing.isStarred
        try record.update(db)
        // An external-content index forgets a row by being told the values it indexed.
        try db.execute(sql: "INSERT INTO articleFts(articleFts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                       arguments: [existingId, existing.title, existing.body])
        try indexArticle.execute(arguments: [existingId, record.title, record.body])
        try db.execute(sql: "DELETE FROM articleTitleFts WHERE rowid = ?", arguments: [existingId])
        try indexTitle.execute(arguments: [existingId, record.title, record.sourcePath, record.site])
        try insertAnalysis(of: article, articleId: existingId)
        let orphaned = try AnnotationReanchoring(db: db).reanchor(articleId: existingId, oldBody: existing.body, newBody: record.body)
        return .updated(existingId, orphaned: orphaned)
    }

    /// Removes an article, its analysis and its index entries; returns `false` when there is
    /// no such article. The caller makes sure no annotation holds it.
    func delete(articleId: Int64) throws -> Bool {
        guard let existing = try ArticleRecord.fetchOne(db, key: articleId) else { return false }
        try deleteAnalysis(articleId: articleId)
        try db.execute(sql: "INSERT INTO articleFts(articleFts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                       arguments: [articleId, existing.title, existing.body])
        try db.execute(sql: "DELETE FROM articleTitleFts WHERE rowid = ?", arguments: [articleId])
        return try ArticleRecord.deleteOne(db, key: articleId)
    }

    /// The id of the article `record` duplicates: the same URL, else the same source file,
    /// else the same text.
    private func findExisting(_ record: ArticleRecord) throws -> Int64? {
        if let url = record.url,
           let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE url = ?"), arguments: [url]) {
            return id
        }
        if let path = record.sourcePath,
           let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE sourcePath = ?"), arguments: [path]) {
            return id
        }
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE contentHash = ? AND body = ?"),
                                  arguments: [record.contentHash, record.body])
    }

    /// Removes an article's analysis, and its quotes from the quote index.
    private func deleteAnalysis(articleId: Int64) throws {
        try db.execute(sql: "DELETE FROM quoteFts WHERE rowid IN (SELECT id FROM quote WHERE articleId = ?)", arguments: [articleId])
        for table in ["quote", "claim", "articleSource"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE articleId = ?", arguments: [articleId])
        }
    }

    /// Inserts an article's sources, quotes and claims, and indexes its quotes.
    private func insertAnalysis(of article: PreparedArticle, articleId: Int64) throws {
        let analysis = article.input.analysis
        let sourceIds = try zip(analysis.sources, article.sourceKeys).map(sourceId)
        for (position, source) in analysis.sources.enumerated() {
            let mentions = "[" + source.mentions.map { "[\($0.range.start),\($0.range.end)]" }.joined(separator: ",") + "]"
            try insertArticleSource.execute(arguments: [articleId, position, sourceIds[position], source.kind.rawValue,
                                                        source.sourceClass.rawValue, source.role, source.affiliation, mentions])
        }
        let validSource = { (index: Int?) -> Int? in index.flatMap { sourceIds.indices.contains($0) ? $0 : nil } }
        for (position, quote) in analysis.quotes.enumerated() {
            let source = validSource(quote.sourceIndex)
            try insertQuote.execute(arguments: [articleId, position, quote.range.start, quote.range.end, quote.kind.rawValue,
                                                source.map { sourceIds[$0] }, source, quote.cue?.range.start, quote.cue?.range.end,
                                                quote.speakerMention?.range.start, quote.speakerMention?.range.end])
            try indexQuote.execute(arguments: [db.lastInsertedRowID, article.quoteWords[position], source.map { analysis.sources[$0].name }])
        }
        for (position, claim) in analysis.claims.enumerated() {
            let links = String(decoding: try JSONEncoder().encode(claim.links), as: UTF8.self)
            try insertClaim.execute(arguments: [articleId, position, claim.range.start, claim.range.end, claim.cue?.range.start,
                                                claim.cue?.range.end, validSource(claim.sourceIndex), claim.sourceMention?.range.start,
                                                claim.sourceMention?.range.end, claim.isVague, links])
        }
    }

    /// The library-wide id of `source`, creating the source on first sight and keeping its
    /// latest known class, role and affiliation.
    private func sourceId(_ source: Source, key: String) throws -> Int64 {
        let known = try knownSources[key] ?? storedSource(key: key)
        guard let (id, stored) = known else {
            try insertSource.execute(arguments: [key, source.name, source.kind.rawValue, source.sourceClass.rawValue, source.role, source.affiliation])
            let id = db.lastInsertedRowID
            knownSources[key] = (id, SourceProfile(sourceClass: source.sourceClass.rawValue, role: source.role, affiliation: source.affiliation))
            return id
        }
        let latest = SourceProfile(sourceClass: source.sourceClass.rawValue, role: source.role ?? stored.role,
                                   affiliation: source.affiliation ?? stored.affiliation)
        if latest != stored {
            try updateSource.execute(arguments: [latest.sourceClass, latest.role, latest.affiliation, id])
        }
        knownSources[key] = (id, latest)
        return id
    }

    private func storedSource(key: String) throws -> (id: Int64, profile: SourceProfile)? {
        guard let row = try Row.fetchOne(findSource, arguments: [key]) else { return nil }
        return (row[0], SourceProfile(sourceClass: row[1], role: row[2], affiliation: row[3]))
    }
}
