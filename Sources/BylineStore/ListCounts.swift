import GRDB

extension LibrarySchema {
    /// The feeds screen's counts and the article lists' versions, kept by the code that writes.
    ///
    /// `feedCount` holds, per feed, what the screen shows (articles, unread ones, when the newest
    /// item came), so that its first frame reads a row per feed instead of grouping every item.
    /// `listVersion` is one row of numbers that grow with each change an article list's count
    /// could see: `appends` (new articles and feed items, whose ids only grow), `changes`
    /// (anything else that adds, removes or retitles: re-reading, retention, unsubscribing) and
    /// `marks` (what is read). A count is kept in memory with the versions read in the same
    /// transaction: used again while they stay the same, brought forward by counting only the
    /// rows appended since, and counted afresh after any other change, whichever process made it.
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
            t.column("appends", .integer).notNull()
            t.column("changes", .integer).notNull()
            t.column("marks", .integer).notNull()
        }
        try db.execute(sql: "INSERT INTO listVersion (appends, changes, marks) VALUES (0, 0, 0)")
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
    /// Articles or feed items were added (and articles already there may have been replaced
    /// in place, keeping their id and read mark): new rows only, with ids above the old ones.
    case appends
    /// Articles or items were removed, retitled or left without a feed: any count.
    case changes
    /// Articles were marked read or unread, starred or not: the counts of unread articles,
    /// and the pages that show the marks.
    case marks

    func record(in db: Database) throws {
        switch self {
        case .appends: try db.execute(sql: "UPDATE listVersion SET appends = appends + 1")
        case .changes: try db.execute(sql: "UPDATE listVersion SET changes = changes + 1")
        case .marks: try db.execute(sql: "UPDATE listVersion SET marks = marks + 1")
        }
    }
}

/// Where the lists stood when a count was made: their versions, and the last article and
/// feed item then (the rows appended since have higher ids), read in the counting transaction.
struct ListVersion: Hashable {
    let appends: Int64
    let changes: Int64
    let marks: Int64
    let lastArticleId: Int64
    let lastItemId: Int64

    static func current(_ db: Database) throws -> ListVersion {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT appends, changes, marks, (SELECT max(id) FROM article), (SELECT max(id) FROM feedItem) FROM listVersion
            """))
        return ListVersion(appends: row?[0] ?? 0, changes: row?[1] ?? 0, marks: row?[2] ?? 0,
                           lastArticleId: row?[3] ?? 0, lastItemId: row?[4] ?? 0)
    }
}
