import BylineCore
import Foundation
import GRDB

/// The library's schema, as a list of named migrations. A migration that has shipped is never
/// edited: a change of schema is a new migration appended at the end.
enum LibrarySchema {
    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 articles and analysis", migrate: createArticlesAndAnalysis)
        migrator.registerMigration("v2 annotations", migrate: createAnnotations)
        migrator.registerMigration("v3 article list index", migrate: createListIndex)
        migrator.registerMigration("v4 paragraph layout", migrate: moveParagraphsIntoLayout)
        migrator.registerMigration("v5 article title index", migrate: createTitleIndex)
        migrator.registerMigration("v6 feeds", migrate: createFeeds)
        migrator.registerMigration("v7 feed lists", migrate: createFeedListIndexes)
        return migrator
    }

    /// Articles with their original bytes, paragraphs, links, sources (one row per real-world
    /// source across the library), per-article source profiles, quotes, claims, and the
    /// full-text indexes of articles and quotes.
    static func createArticlesAndAnalysis(_ db: Database) throws {
        try db.create(table: "article") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("url", .text).unique()
            t.column("sourcePath", .text).indexed()
            t.column("contentHash", .integer).notNull().indexed()
            t.column("title", .text)
            t.column("site", .text).collate(.nocase)
            t.column("authors", .jsonText).notNull()
            t.column("published", .text)
            t.column("language", .text)
            t.column("addedAt", .datetime).notNull().indexed()
            t.column("updatedAt", .datetime).notNull()
            t.column("readAt", .datetime)
            t.column("isStarred", .boolean).notNull().defaults(to: false)
            t.column("format", .text).notNull()
            // zlib-compressed with the body as preset dictionary, with its uncompressed size.
            t.column("original", .blob).notNull()
            t.column("originalSize", .integer).notNull()
            t.column("body", .text).notNull()
        }
        try db.create(index: "article_on_site_addedAt", on: "article", columns: ["site", "addedAt"])
        try db.create(index: "article_on_published", on: "article", columns: ["published"])

        try db.create(table: "paragraph", options: .withoutRowID) { t in
            t.belongsTo("article", onDelete: .cascade, indexed: false).notNull() // the primary key's first column
            t.column("position", .integer).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("kind", .text).notNull()
            t.primaryKey(["articleId", "position"])
        }
        try db.create(table: "link", options: .withoutRowID) { t in
            t.belongsTo("article", onDelete: .cascade, indexed: false).notNull() // the primary key's first column
            t.column("position", .integer).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("url", .text).notNull()
            t.primaryKey(["articleId", "position"])
        }
        try db.create(table: "source") { t in
            t.autoIncrementedPrimaryKey("id")
            // The folded name that identifies a source across articles ("samuel stanton").
            t.column("key", .text).notNull().unique()
            t.column("name", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("class", .text).notNull().indexed()
            t.column("role", .text)
            t.column("affiliation", .text)
        }
        try db.create(table: "articleSource", options: .withoutRowID) { t in
            t.belongsTo("article", onDelete: .cascade, indexed: false).notNull() // the primary key's first column
            t.column("position", .integer).notNull()
            t.belongsTo("source").notNull()
            t.column("kind", .text).notNull()
            t.column("class", .text).notNull()
            t.column("role", .text)
            t.column("affiliation", .text)
            // [[start, end], …] of every mention in the article's body.
            t.column("mentions", .jsonText).notNull()
            t.primaryKey(["articleId", "position"])
        }
        try db.create(table: "quote") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("article", onDelete: .cascade).notNull()
            t.column("position", .integer).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("kind", .text).notNull()
            t.belongsTo("source")
            // The index of the speaker in the article's sources (articleSource.position).
            t.column("sourcePosition", .integer)
            t.column("cueStart", .integer)
            t.column("cueEnd", .integer)
            t.column("speakerStart", .integer)
            t.column("speakerEnd", .integer)
        }
        try db.create(table: "claim", options: .withoutRowID) { t in
            t.belongsTo("article", onDelete: .cascade, indexed: false).notNull() // the primary key's first column
            t.column("position", .integer).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("cueStart", .integer)
            t.column("cueEnd", .integer)
            t.column("sourcePosition", .integer)
            t.column("sourceMentionStart", .integer)
            t.column("sourceMentionEnd", .integer)
            t.column("isVague", .boolean).notNull()
            t.column("links", .jsonText).notNull()
            t.primaryKey(["articleId", "position"])
        }

        // Article search: an external-content index over the article table, so the body is
        // stored once. No prefix index: it would double the index and slow imports, and a
        // prefix query over the term list is fast. The index is kept in step by `LibraryWriter`,
        // not by triggers: a trigger makes every insert a statement transaction, and FTS5 writes
        // its pending terms to disk at each one (five times slower imports, many tiny segments).
        try db.create(virtualTable: "articleFts", using: FTS5()) { t in
            t.content = "article"
            t.contentRowID = "id"
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("title")
            t.column("body")
        }
        // `ORDER BY rank` ranks with bm25, a title word weighing five body words. A 16 MB
        // buffer of pending terms lets a batch of articles be indexed as one segment.
        try db.execute(sql: """
            INSERT INTO articleFts(articleFts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
            INSERT INTO articleFts(articleFts, rank) VALUES ('hashsize', 16777216);
            """)

        // Quote search: quote words with the speaker's name, copied from the article (a tenth
        // of its text; a regular table, so deleting a row needs no old values). Quote search
        // must answer in milliseconds, so short prefixes have their own index.
        try db.create(virtualTable: "quoteFts", using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .remove)
            t.prefixes = [2, 3]
            t.column("text")
            t.column("speaker")
        }
        try db.execute(sql: "INSERT INTO quoteFts(quoteFts, rank) VALUES ('hashsize', 16777216)")
    }

    /// Annotations anchored with W3C selectors, and their tags. An annotation is never deleted
    /// with its article's text: when it cannot be placed it becomes an orphan.
    static func createAnnotations(_ db: Database) throws {
        try db.create(table: "annotation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("article", onDelete: .restrict).notNull()
            t.column("exact", .text).notNull()
            t.column("prefix", .text).notNull()
            t.column("suffix", .text).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("isOrphan", .boolean).notNull().defaults(to: false)
            t.column("note", .text).notNull().defaults(to: "")
            t.column("color", .text)
            t.column("createdAt", .datetime).notNull()
            t.column("modifiedAt", .datetime).notNull()
        }
        try db.create(table: "tag") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().collate(.nocase)
        }
        try db.create(table: "annotationTag", options: .withoutRowID) { t in
            t.belongsTo("annotation", onDelete: .cascade).notNull()
            t.belongsTo("tag", onDelete: .cascade).notNull()
            t.primaryKey(["annotationId", "tagId"])
        }
    }

    /// Paragraphs and links move from a row each into one `article.layout` blob
    /// (`ParagraphLayout`): an import writes one value instead of a dozen rows, and the layout
    /// is only read whole. Existing rows are encoded, then their tables dropped.
    static func moveParagraphsIntoLayout(_ db: Database) throws {
        try db.alter(table: "article") { t in
            t.add(column: "layout", .blob).notNull().defaults(to: Data(ParagraphLayout.encode([])))
        }
        var links: [Int64: [(start: Int, end: Int, url: String)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT articleId, start, \"end\", url FROM link ORDER BY articleId, position") {
            links[row[0], default: []].append((row[1], row[2], row[3]))
        }
        var paragraphs: [Int64: [Paragraph]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT articleId, start, \"end\", kind FROM paragraph ORDER BY articleId, position") {
            paragraphs[row[0], default: []].append(Paragraph(range: TextRange(start: row[1], end: row[2]),
                                                             kind: Paragraph.Kind(rawValue: row[3]) ?? .body))
        }
        for (articleId, articleLinks) in links {
            // A link belongs to the paragraph holding its start (the first one if none does).
            for link in articleLinks where paragraphs[articleId]?.isEmpty == false {
                let owner = paragraphs[articleId]!.firstIndex { $0.range.contains(link.start) } ?? 0
                paragraphs[articleId]![owner].links.append(Link(range: TextRange(start: link.start, end: link.end), url: link.url))
            }
        }
        let update = try db.makeStatement(sql: "UPDATE article SET layout = ? WHERE id = ?")
        for (articleId, articleParagraphs) in paragraphs {
            try update.execute(arguments: [Data(ParagraphLayout.encode(articleParagraphs)), articleId])
        }
        try db.drop(table: "link")
        try db.drop(table: "paragraph")
    }
}
