import BylineCore
import Foundation
import GRDB

extension AppDatabase {
    /// Stores a batch of articles in one transaction: an article already in the library (same
    /// URL, same source file, or same text) is replaced in place, keeping its id and its
    /// annotations, which are re-anchored in the new text.
    @discardableResult
    public func save(_ batch: [LibraryArticle], now: Date = Date()) throws -> [SaveOutcome] {
        try writer.write { db in
            let writer = try LibraryWriter(db: db)
            return try batch.map { try writer.save($0, now: now) }
        }
    }

    /// Replaces the contents and analysis of articles already in the library (re-analysis),
    /// keeping their ids, state and annotations (re-anchored).
    @discardableResult
    public func replace(_ batch: [(id: Int64, article: LibraryArticle)], now: Date = Date()) throws -> [SaveOutcome] {
        try writer.write { db in
            let writer = try LibraryWriter(db: db)
            return try batch.compactMap { item in
                guard let existing = try ArticleRecord.fetchOne(db, key: item.id) else { return nil }
                return try writer.replace(existing, with: item.article, now: now)
            }
        }
    }

    /// Marks an article read (or unread).
    public func markRead(_ id: Int64, _ isRead: Bool = true, now: Date = Date()) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE article SET readAt = ? WHERE id = ?", arguments: [isRead ? now : nil, id])
        }
    }

    /// Stars (or unstars) an article.
    public func setStarred(_ id: Int64, _ isStarred: Bool) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE article SET isStarred = ? WHERE id = ?", arguments: [isStarred, id])
        }
    }
}

/// Writes articles and their analyses inside one open transaction. Its statements are
/// prepared once per batch and the sources it has seen are remembered, so that an import runs
/// at thousands of articles a second.
final class LibraryWriter {
    let db: Database
    private let insertArticle: Statement
    private let indexArticle: Statement
    private let indexTitle: Statement
    private let insertParagraph: Statement
    private let insertLink: Statement
    private let insertArticleSource: Statement
    private let insertQuote: Statement
    private let indexQuote: Statement
    private let insertClaim: Statement
    private let findSource: Statement
    private let updateSource: Statement
    private let insertSource: Statement
    /// The profile last written for each source key in this batch, with its id.
    private var knownSources: [String: (id: Int64, profile: SourceProfile)] = [:]
    /// The key of each source name seen in this batch (folding a name is costly).
    private var keys: [String: String] = [:]

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
                                 readAt, isStarred, format, original, originalSize, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        indexArticle = try db.makeStatement(sql: "INSERT INTO articleFts(rowid, title, body) VALUES (?, ?, ?)")
        indexTitle = try db.makeStatement(sql: "INSERT INTO articleTitleFts(rowid, title, site) VALUES (?, coalesce(?, ?), ?)")
        insertParagraph = try db.makeStatement(sql: "INSERT INTO paragraph (articleId, position, start, \"end\", kind) VALUES (?, ?, ?, ?, ?)")
        insertLink = try db.makeStatement(sql: "INSERT INTO link (articleId, position, start, \"end\", url) VALUES (?, ?, ?, ?, ?)")
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

    /// Adds `input`, or replaces the article it duplicates.
    func save(_ input: LibraryArticle, now: Date) throws -> SaveOutcome {
        let record = ArticleRecord(input, now: now)
        if let existingId = try findExisting(record), let existing = try ArticleRecord.fetchOne(db, key: existingId) {
            return try replace(existing, with: input, now: now)
        }
        try insertArticle.execute(arguments: record.insertionArguments)
        let id = db.lastInsertedRowID
        try indexArticle.execute(arguments: [id, record.title, record.body])
        try indexTitle.execute(arguments: [id, record.title, record.sourcePath, record.site])
        try insertContents(of: input, articleId: id)
        return .added(id)
    }

    /// Replaces `existing`'s contents and analysis with `input`'s, keeping its id, added date,
    /// read and starred state, and annotations (re-anchored).
    func replace(_ existing: ArticleRecord, with input: LibraryArticle, now: Date) throws -> SaveOutcome {
        var record = ArticleRecord(input, now: now)
        let existingId = existing.id!
        record.sourcePath = input.sourcePath ?? existing.sourcePath
        record.url = input.article.url ?? existing.url
        try deleteContents(articleId: existingId)
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
        try insertContents(of: input, articleId: existingId)
        let orphaned = try AnnotationReanchoring(db: db).reanchor(articleId: existingId, oldBody: existing.body, newBody: input.article.text)
        return .updated(existingId, orphaned: orphaned)
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

    /// Removes an article's paragraphs, links and analysis, and its quotes from the quote index.
    private func deleteContents(articleId: Int64) throws {
        try db.execute(sql: "DELETE FROM quoteFts WHERE rowid IN (SELECT id FROM quote WHERE articleId = ?)", arguments: [articleId])
        for table in ["quote", "claim", "articleSource", "link", "paragraph"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE articleId = ?", arguments: [articleId])
        }
    }

    /// Inserts an article's paragraphs, links, sources, quotes and claims, and indexes its quotes.
    private func insertContents(of input: LibraryArticle, articleId: Int64) throws {
        var linkPosition = 0
        for (position, paragraph) in input.article.paragraphs.enumerated() {
            try insertParagraph.execute(arguments: [articleId, position, paragraph.range.start, paragraph.range.end, paragraph.kind.rawValue])
            for link in paragraph.links {
                try insertLink.execute(arguments: [articleId, linkPosition, link.range.start, link.range.end, link.url])
                linkPosition += 1
            }
        }
        let analysis = input.analysis
        let sourceIds = try analysis.sources.map(sourceId)
        for (position, source) in analysis.sources.enumerated() {
            let mentions = "[" + source.mentions.map { "[\($0.range.start),\($0.range.end)]" }.joined(separator: ",") + "]"
            try insertArticleSource.execute(arguments: [articleId, position, sourceIds[position], source.kind.rawValue,
                                                        source.sourceClass.rawValue, source.role, source.affiliation, mentions])
        }
        let validSource = { (index: Int?) -> Int? in index.flatMap { sourceIds.indices.contains($0) ? $0 : nil } }
        let scalars = Array(input.article.text.unicodeScalars)
        for (position, quote) in analysis.quotes.enumerated() {
            let source = validSource(quote.sourceIndex)
            try insertQuote.execute(arguments: [articleId, position, quote.range.start, quote.range.end, quote.kind.rawValue,
                                                source.map { sourceIds[$0] }, source, quote.cue?.range.start, quote.cue?.range.end,
                                                quote.speakerMention?.range.start, quote.speakerMention?.range.end])
            let start = min(max(0, quote.range.start), scalars.count)
            let words = String(String.UnicodeScalarView(scalars[start..<min(max(start, quote.range.end), scalars.count)]))
            try indexQuote.execute(arguments: [db.lastInsertedRowID, words, source.map { analysis.sources[$0].name }])
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
    private func sourceId(_ source: Source) throws -> Int64 {
        let key = keys[source.name] ?? SourceKey.of(source.name)
        keys[source.name] = key
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
