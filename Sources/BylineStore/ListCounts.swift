import GRDB

extension LibrarySchema {
    /// The feeds screen's counts and the article lists' versions, kept by the code that writes.
    ///
    /// `feedCount` holds, per feed, what the screen shows (articles, unread ones, when the newest
    /// item came), so that its first frame reads a row per feed instead of grouping every item.
    /// `listVersion` is one row of two numbers that grow with each change an article list's
    /// count could see: `contents` (articles, items, subscriptions) and `readMarks` (what is
    /// read). A count is kept in memory with the versions read in the same transaction, and is
    /// used again while they stay the same, whichever process changed the library.
    /// Neither is kept by triggers: a trigger makes each insert a statement transaction, at which
    /// FTS5 flushes its pending terms (see "The library" in DECISIONS.md).
    static func createListCounts(_ db: Database) throws {
        try db.create(table: "feedCount") { t in
            t.primaryKey("feedId", .integer).references("feed", onDelete: .cascade)
            t.column("articleCount", .integer).notNull().defaults(to: 0)
            t.column("unreadCount", .integer).notNull().defaults(to: 0)
            t.column("lastItemAt", .datetime)
        }
        try db.execute(sql: """
            INSERT INTO feedCount (feedId, articleCount, unreadCount, lastItemAt)
            SELECT feedId, \(FeedCounts.aggregates) FROM feedItem GROUP BY feedId
            """)
        try db.create(table: "listVersion") { t in
            t.column("contents", .integer).notNull()
            t.column("readMarks", .integer).notNull()
        }
        try db.execute(sql: "INSERT INTO listVersion (contents, readMarks) VALUES (0, 0)")
    }
}

/// Each feed's counts in `feedCount`, kept in step by every write of items or read marks.
enum FeedCounts {
    /// A feed's counts from its items: articles, unread ones, the newest item's first sight
    /// (the index of a feed's items holds every column they read).
    static let aggregates = "count(articleId), coalesce(sum(articleId IS NOT NULL AND NOT articleRead), 0), max(firstSeenAt)"

    /// Counts the items of `feedIds` again. Run at the end of a transaction that wrote items:
    /// it may open a statement transaction, and FTS5 then flushes the terms pending.
    static func recount(_ feedIds: some Sequence<Int64>, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO feedCount (feedId, articleCount, unreadCount, lastItemAt)
            SELECT ?1, \(aggregates) FROM feedItem WHERE feedId = ?1
            """)
        for feedId in feedIds { try statement.execute(arguments: [feedId]) }
    }

    /// Counts the items of `articleId` as `isRead` in the feeds that list them. Run before the
    /// items' flags change: it counts the items whose flag is about to.
    static func countRead(articleId: Int64, isRead: Bool, in db: Database) throws {
        try db.execute(sql: """
            UPDATE feedCount SET unreadCount = unreadCount + ?3 * (
                SELECT count(*) FROM feedItem i WHERE i.feedId = feedCount.feedId AND i.articleId = ?1 AND i.articleRead <> ?2)
            WHERE feedId IN (SELECT feedId FROM feedItem WHERE articleId = ?1 AND articleRead <> ?2)
            """, arguments: [articleId, isRead, isRead ? -1 : 1])
    }
}

/// A change that article lists' counts can see, recorded in `listVersion` by the transaction
/// that makes it (once, at its end: the statement may flush FTS5's pending terms).
enum ListChange {
    /// Articles, feed items or subscriptions were added, removed or retitled: any count.
    case contents
    /// Articles were marked read or unread: the counts of unread articles.
    case readMarks

    func record(in db: Database) throws {
        switch self {
        case .contents: try db.execute(sql: "UPDATE listVersion SET contents = contents + 1")
        case .readMarks: try db.execute(sql: "UPDATE listVersion SET readMarks = readMarks + 1")
        }
    }
}

/// The versions of what article lists hold, read in the transaction that counts.
struct ListVersion: Hashable {
    let contents: Int64
    let readMarks: Int64

    static func current(_ db: Database) throws -> ListVersion {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT contents, readMarks FROM listVersion"))
        return ListVersion(contents: row?[0] ?? 0, readMarks: row?[1] ?? 0)
    }
}
