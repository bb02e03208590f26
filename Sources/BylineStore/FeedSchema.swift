import GRDB

extension LibrarySchema {
    /// Subscriptions and the items each feed has listed.
    ///
    /// A `feedItem` row is the memory of an item: it outlives the article it brought (removed
    /// by retention, the row keeps `articleId` null), so an item seen once is never new again.
    /// GUIDs are unique per feed, not across feeds: two feeds may list the same item.
    static func createFeeds(_ db: Database) throws {
        try db.create(table: "feed") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("url", .text).notNull().unique()
            // The feed's own title, and the user's name for it (`feed rename`), which wins.
            t.column("feedTitle", .text)
            t.column("userTitle", .text)
            t.column("siteURL", .text)
            t.column("tags", .jsonText).notNull().defaults(to: "[]")
            // null: follow the configuration.
            t.column("fullText", .boolean)
            t.column("etag", .text)
            t.column("lastModified", .text)
            t.column("status", .text).notNull().defaults(to: "new")
            t.column("lastError", .text)
            t.column("checkedAt", .datetime)
            t.column("retryAfter", .datetime)
            t.column("addedAt", .datetime).notNull()
        }
        try db.create(table: "feedItem") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("feed", onDelete: .cascade, indexed: false).notNull()
            t.column("guid", .text).notNull()
            t.belongsTo("article", onDelete: .setNull)
            t.column("link", .text)
            t.column("title", .text)
            t.column("published", .datetime)
            t.column("firstSeenAt", .datetime).notNull()
            // [{url, type, length}, …]: podcasts' audio, pictures, documents.
            t.column("enclosures", .jsonText).notNull().defaults(to: "[]")
            t.uniqueKey(["feedId", "guid"])
        }
    }
}
