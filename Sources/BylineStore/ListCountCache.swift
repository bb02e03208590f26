import GRDB
import Synchronization

/// The counts of article lists, each kept with the list versions (`ListVersion`) it was counted
/// at and used again while they have not moved: opening or paging a list of tens of thousands
/// of articles counted them every time. A count of every article depends on `contents` only;
/// a count of unread ones on `readMarks` too, so reading an article keeps the others.
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

    /// The number of articles `query` selects: kept from before when the lists have not
    /// changed since, else counted in `db` and kept.
    func count(_ query: ArticlePageQuery, in db: Database) throws -> Int {
        let version = try ListVersion.current(db)
        let key = Key(query.filter)
        if let kept = kept(key, at: version) { return kept }
        let count = try query.count(db)
        keep(count, for: key, at: version)
        return count
    }

    private func kept(_ key: Key, at version: ListVersion) -> Int? {
        state.withLock { state in
            guard var entry = state.entries[key], Self.isCurrent(entry.version, version, unreadOnly: key.unreadOnly) else { return nil }
            state.uses += 1
            entry.lastUse = state.uses
            state.entries[key] = entry
            return entry.count
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

    /// Whether a count made at `kept` still holds at `current`.
    private static func isCurrent(_ kept: ListVersion, _ current: ListVersion, unreadOnly: Bool) -> Bool {
        kept.contents == current.contents && (!unreadOnly || kept.readMarks == current.readMarks)
    }
}
