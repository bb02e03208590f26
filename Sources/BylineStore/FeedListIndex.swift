import GRDB

extension LibrarySchema {
    /// The feeds screen and a feed's article list read a feed's items by feed: its articles
    /// (a list filtered to the feed), their count and unread count, and when the newest was
    /// first seen. This index holds all three, so neither reads the item rows.
    static func createFeedListIndex(_ db: Database) throws {
        try db.create(index: "feedItem_on_feedId_articleId", on: "feedItem", columns: ["feedId", "articleId", "firstSeenAt"])
    }
}

extension AppDatabase {
    /// The articles brought by any feed that are not read yet (an article two feeds list
    /// counts once).
    public func unreadFeedArticleCount() throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM article a
                WHERE a.readAt IS NULL AND EXISTS (SELECT 1 FROM feedItem i WHERE i.articleId = a.id)
                """) ?? 0
        }
    }
}
