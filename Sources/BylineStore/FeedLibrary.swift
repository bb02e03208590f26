import BylineCore
import Foundation
import GRDB

extension StoredFeed: FetchableRecord, TableRecord {
    public static let databaseTableName = "feed"
}

extension StoredFeed.Status: DatabaseValueConvertible {}

extension AppDatabase {
    /// Subscribes to each feed not subscribed yet, in one transaction; returns the new
    /// subscriptions, and the URLs already there.
    public func subscribe(_ requests: [FeedSubscriptionRequest], now: Date = Date())
        throws -> (added: [StoredFeed], existing: [String]) {
        try write { db in
            var added: [StoredFeed] = []
            var existing: [String] = []
            for request in requests {
                if try Int64.fetchOne(db, sql: "SELECT id FROM feed WHERE url = ?", arguments: [request.url]) != nil {
                    existing.append(request.url)
                    continue
                }
                try db.execute(sql: "INSERT INTO feed (url, userTitle, tags, fullText, addedAt) VALUES (?, ?, ?, ?, ?)",
                               arguments: [request.url, request.title, JSONList.encode(request.tags), request.fullText, now])
                added.append(try StoredFeed.fetchOne(db, key: db.lastInsertedRowID)!)
            }
            return (added, existing)
        }
    }

    /// Every subscription, in the order they were added.
    public func feeds() throws -> [StoredFeed] {
        try writer.read { db in try StoredFeed.order(Column("id")).fetchAll(db) }
    }

    /// Every subscription with its article and unread counts.
    public func feedListings() throws -> [FeedListing] {
        try writer.read { db in
            let counts = try Row.fetchAll(db, sql: """
                SELECT feedId, count(articleId), sum(articleId IS NOT NULL AND NOT articleRead), max(firstSeenAt)
                FROM feedItem GROUP BY feedId
                """)
            var byFeed: [Int64: Row] = [:]
            for row in counts { byFeed[row[0]] = row }
            return try StoredFeed.order(Column("id")).fetchAll(db).map { feed in
                let row = byFeed[feed.id]
                return FeedListing(feed: feed, articleCount: row?[1] ?? 0, unreadCount: row?[2] ?? 0, lastItemAt: row?[3])
            }
        }
    }

    /// The subscription a user names: its id, its URL, or its title (exactly, ignoring case).
    public func feed(named name: String) throws -> StoredFeed {
        let found = try writer.read { db -> StoredFeed? in
            if let id = Int64(name), let feed = try StoredFeed.fetchOne(db, key: id) { return feed }
            return try StoredFeed.fetchOne(db, sql: """
                SELECT * FROM feed WHERE url = ? OR userTitle = ? COLLATE NOCASE
                    OR (userTitle IS NULL AND feedTitle = ? COLLATE NOCASE)
                ORDER BY id LIMIT 1
                """, arguments: [name, name, name])
        }
        guard let found else { throw FeedStoreError.noSuchFeed(name) }
        return found
    }

    /// Ends a subscription and forgets its items. The articles it brought stay in the library.
    public func unsubscribe(feedId: Int64) throws {
        try write { db in _ = try StoredFeed.deleteOne(db, key: feedId) }
    }

    /// Gives a feed the user's own title (`nil` goes back to the feed's).
    public func renameFeed(_ feedId: Int64, to title: String?) throws {
        try write { db in
            try db.execute(sql: "UPDATE feed SET userTitle = ? WHERE id = ?", arguments: [title, feedId])
        }
    }

    /// The items a feed has listed so far.
    public func knownItems(feedId: Int64) async throws -> KnownFeedItems {
        try await writer.read { db in
            var known = KnownFeedItems(guids: [], links: [])
            for row in try Row.fetchAll(db, sql: "SELECT guid, link FROM feedItem WHERE feedId = ?", arguments: [feedId]) {
                known.guids.insert(row[0])
                if let link: String = row[1] { known.links.insert(link) }
            }
            return known
        }
    }

    /// Records what a reload learned about a feed.
    public func record(_ check: FeedCheck, feedId: Int64) async throws {
        try await write { db in try Self.record(check, feedId: feedId, in: db) }
    }

    /// Stores the new items of several feeds with their articles, and records each feed's
    /// check, in one transaction (one commit and one index flush for many feeds); an item a
    /// feed listed before is left as it is. Returns, for each update, the ids of the articles
    /// stored, in order.
    @discardableResult
    public func store(_ updates: [FeedUpdate], now: Date = Date()) async throws -> [[Int64?]] {
        let prepared = PreparedArticle.prepare(updates.flatMap { $0.entries.compactMap(\.article) }, now: now)
        return try await write { db in
            let writer = try LibraryWriter(db: db)
            let insertItem = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO feedItem (feedId, guid, articleId, link, title, published, firstSeenAt, enclosures, articleRead)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce((SELECT readAt IS NOT NULL FROM article WHERE id = ?3), 0))
                """)
            var next = prepared.makeIterator()
            return try updates.map { update in
                let ids = try update.entries.map { entry in
                    let articleId = try entry.article == nil ? nil : next.next().map { try writer.save($0).id }
                    let enclosures = String(decoding: try JSONEncoder().encode(entry.enclosures), as: UTF8.self)
                    try insertItem.execute(arguments: [update.feedId, entry.guid, articleId, entry.link, entry.title,
                                                       entry.published, now, enclosures])
                    return articleId
                }
                if let check = update.check { try Self.record(check, feedId: update.feedId, in: db) }
                return ids
            }
        }
    }

    private static func record(_ check: FeedCheck, feedId: Int64, in db: Database) throws {
        try db.execute(sql: """
            UPDATE feed SET status = ?, lastError = ?, checkedAt = ?, retryAfter = ?,
                etag = coalesce(?, etag), lastModified = coalesce(?, lastModified),
                feedTitle = coalesce(?, feedTitle), siteURL = coalesce(?, siteURL),
                url = CASE WHEN ? IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feed WHERE url = ?) THEN ? ELSE url END
            WHERE id = ?
            """, arguments: [check.status.rawValue, check.error, check.checkedAt, check.retryAfter,
                             check.etag, check.lastModified, check.feedTitle, check.siteURL,
                             check.movedTo, check.movedTo, check.movedTo, feedId])
    }

    /// The files carried by the feed items that brought an article.
    public func enclosures(articleId: Int64) throws -> [FeedEnclosure] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT enclosures FROM feedItem WHERE articleId = ? ORDER BY id", arguments: [articleId])
                .flatMap { (try? JSONDecoder().decode([FeedEnclosure].self, from: Data($0.utf8))) ?? [] }
        }
    }

    /// Removes the articles of a feed that `retention` no longer keeps (never a starred or
    /// annotated one, nor one another feed still lists); the items stay known. Returns how
    /// many articles were removed.
    @discardableResult
    public func applyRetention(_ retention: FeedRetention, feedId: Int64, now: Date = Date()) async throws -> Int {
        guard retention.count != nil || retention.maxAge != nil else { return 0 }
        return try await write { db in
            let candidates = try Row.fetchAll(db, sql: """
                SELECT i.articleId, i.firstSeenAt FROM feedItem i
                WHERE i.feedId = ? AND i.articleId IS NOT NULL
                ORDER BY i.firstSeenAt DESC, i.id DESC
                """, arguments: [feedId])
            let oldest = retention.maxAge.map { now.addingTimeInterval(-$0) }
            var removed = 0
            let writer = try LibraryWriter(db: db)
            for (rank, row) in candidates.enumerated() {
                let seen: Date = row[1]
                let tooMany = retention.count.map { rank >= $0 } ?? false
                let tooOld = oldest.map { seen < $0 } ?? false
                guard tooMany || tooOld else { continue }
                let articleId: Int64 = row[0]
                let kept = try Bool.fetchOne(db, sql: """
                    SELECT a.isStarred OR EXISTS (SELECT 1 FROM annotation WHERE articleId = a.id)
                        OR EXISTS (SELECT 1 FROM feedItem WHERE articleId = a.id AND feedId <> ?)
                    FROM article a WHERE a.id = ?
                    """, arguments: [feedId, articleId]) ?? true
                if !kept, try writer.delete(articleId: articleId) { removed += 1 }
            }
            return removed
        }
    }
}

/// Tags and other short lists, kept as JSON text.
enum JSONList {
    static func encode(_ values: [String]) -> String {
        (try? JSONEncoder().encode(values)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
