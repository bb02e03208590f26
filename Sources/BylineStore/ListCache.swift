import GRDB
import Synchronization

/// What a list depends on in a filter for its count: not its order, page or offset.
struct ListKey: Hashable {
    let unreadOnly: Bool
    let site: String?
    let words: String
    let feeds: FeedScope?

    init(_ filter: ArticleFilter) {
        unreadOnly = filter.unreadOnly
        site = filter.site
        words = filter.words
        feeds = filter.feeds
    }
}

/// What a page of a list depends on: the list, its order and the rows asked for.
struct PageKey: Hashable {
    let list: ListKey
    let order: ArticleOrder
    let limit: Int
    let offset: Int

    init(_ filter: ArticleFilter) {
        list = ListKey(filter)
        order = filter.order
        limit = filter.limit
        offset = filter.offset
    }
}

/// Values read from the library, each kept with where the lists stood then (`ListVersion`,
/// read in the same transaction); past `capacity` the least recently used goes.
final class VersionedValues<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        let version: ListVersion
        var lastUse: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var uses: UInt64 = 0
    }

    private let capacity: Int
    private let state: Mutex<State>

    init(capacity: Int) {
        self.capacity = capacity
        state = Mutex(State())
    }

    /// The value kept for `key`, with the version it was read at.
    func kept(_ key: Key) -> (value: Value, version: ListVersion)? {
        state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.uses += 1
            entry.lastUse = state.uses
            state.entries[key] = entry
            return (entry.value, entry.version)
        }
    }

    func keep(_ value: Value, for key: Key, at version: ListVersion) {
        state.withLock { state in
            state.uses += 1
            state.entries[key] = Entry(value: value, version: version, lastUse: state.uses)
            if state.entries.count > capacity, let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                state.entries[oldest.key] = nil
            }
        }
    }
}

/// The counts and pages of article lists, kept with where the lists stood when they were read:
/// opening or paging a list of tens of thousands of articles counted them every time, and
/// read the same page again when the user came back to it.
///
/// A count is used again while nothing changed; after new rows were appended it is brought
/// forward by counting those rows only (every refresh of a reload did a whole count); after
/// any other change (or, for a count of unread articles, a mark) it is made afresh. A page is
/// used again only while nothing at all changed: its rows show read and starred marks.
final class ListCache: Sendable {
    private let counts = VersionedValues<ListKey, Int>(capacity: 64)
    private let pages = VersionedValues<PageKey, ArticlePage>(capacity: 16)

    /// The number of articles `query` selects: kept from before, brought forward, or counted
    /// in `db`, and kept.
    func count(_ query: ArticlePageQuery, in db: Database) throws -> Int {
        let now = try ListVersion.current(db)
        let key = ListKey(query.filter)
        let count: Int
        if let (kept, then) = counts.kept(key), then.changes == now.changes, !key.unreadOnly || then.marks == now.marks {
            if then.appends == now.appends { return kept }
            if let appended = AppendedCount(query.filter, since: then) {
                count = kept + (try Int.fetchOne(db, sql: appended.sql, arguments: appended.arguments) ?? 0)
            } else {
                count = try query.count(db)
            }
        } else {
            count = try query.count(db)
        }
        counts.keep(count, for: key, at: now)
        return count
    }

    /// The page `query` selects, with the list's count: kept from before while nothing changed,
    /// else read in `db` and kept.
    func page(_ query: ArticlePageQuery, in db: Database) throws -> ArticlePage {
        let now = try ListVersion.current(db)
        let key = PageKey(query.filter)
        if let (kept, then) = pages.kept(key), then == now { return kept }
        let total = try count(query, in: db)
        let page = ArticlePage(total: total, articles: try query.summaries(db, total: total))
        pages.keep(page, for: key, at: now)
        return page
    }
}
