import GRDB

extension LibrarySchema {
    /// The feeds screen counts every feed's articles and unread ones, and lists a feed's items.
    /// Reading an article's `readAt` means reading its row, which holds the whole text, so an
    /// item keeps whether its article was read (`articleRead`, kept in step by `markRead`), and
    /// two indexes answer the feeds screen without touching an article: the feed's items with
    /// their article, read flag and first-seen time; an article's items with their feed and
    /// read flag (whether an article is a feed's, or a tag's, without reading the item); and
    /// the items whose article is unread.
    /// The index of quotes by article grows to hold their speaker and position, so that a
    /// list's quote counts and each item's most quoted source are read from it alone.
    static func createFeedListIndexes(_ db: Database) throws {
        try db.alter(table: "feedItem") { t in
            t.add(column: "articleRead", .boolean).notNull().defaults(to: false)
        }
        try db.execute(sql: """
            UPDATE feedItem SET articleRead = 1 WHERE articleId IN (SELECT id FROM article WHERE readAt IS NOT NULL);
            CREATE INDEX feedItem_on_feedId_articleId ON feedItem(feedId, articleId, articleRead, firstSeenAt);
            CREATE INDEX feedItem_unread ON feedItem(articleId) WHERE NOT articleRead;
            DROP INDEX feedItem_on_articleId;
            CREATE INDEX feedItem_on_articleId_feedId ON feedItem(articleId, feedId, articleRead);
            DROP INDEX quote_on_articleId;
            CREATE INDEX quote_on_articleId_sourceId ON quote(articleId, sourceId, position);
            """)
    }
}

extension AppDatabase {
    /// The articles brought by any feed that are not read yet (an article two feeds list
    /// counts once).
    public func unreadFeedArticleCount() throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT articleId) FROM feedItem WHERE NOT articleRead AND articleId IS NOT NULL
                """) ?? 0
        }
    }
}
