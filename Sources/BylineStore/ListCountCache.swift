import GRDB
import Synchronization

/// The counts of article lists, each kept with where the lists stood when it was made
/// (`ListVersion`): opening or paging a list of tens of thousands of articles counted them every
/// time, and so did every refresh while a reload stored new items. A count is used again while
/// nothing changed; after new rows were appended it is brought forward by counting those rows
/// only; after any other change (or, for a count of unread articles, a read mark) it is made
/// afresh.
final class ListCountCache: Sendable {
    /// What a count depends on in a filter: not its order, page or offset.
    struct Key: Hashable {
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

    private struct Entry {
        let count: Int
        let version: ListVersion
        var lastUse: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var uses: UInt64 = 0
    }

    /// Counts kept at most (filters typed a key at a time make a count each).
    static let capacity = 64

    private let state = Mutex(State())

    /// The number of articles `query` selects: kept from before, brought forward, or counted
    /// in `db`, and kept.
    func count(_ query: ArticlePageQuery, in db: Database) throws -> Int {
        let now = try ListVersion.current(db)
        let key = Key(query.filter)
        let count: Int
        if let entry = entry(for: key), entry.version.changes == now.changes,
           !key.unreadOnly || entry.version.readMarks == now.readMarks {
            if entry.version.appends == now.appends { return entry.count }
            if let appended = AppendedCount(query.filter, since: entry.version) {
                count = entry.count + (try Int.fetchOne(db, sql: appended.sql, arguments: appended.arguments) ?? 0)
            } else {
                count = try query.count(db)
            }
        } else {
            count = try query.count(db)
        }
        keep(count, for: key, at: now)
        return count
    }

    private func entry(for key: Key) -> Entry? {
        state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.uses += 1
            entry.lastUse = state.uses
            state.entries[key] = entry
            return entry
        }
    }

    private func keep(_ count: Int, for key: Key, at version: ListVersion) {
        state.withLock { state in
            state.uses += 1
            state.entries[key] = Entry(count: count, version: version, lastUse: state.uses)
            if state.entries.count > Self.capacity, let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                state.entries[oldest.key] = nil
            }
        }
    }
}
