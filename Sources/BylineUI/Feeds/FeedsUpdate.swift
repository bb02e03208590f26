import BylineTerminal

extension AppState {
    /// Runs `body` with the list of feed items standing in for the library while that list is
    /// shown, so that every library key, the filter prompt and the mouse work on it unchanged.
    /// The feeds' counts follow the read marks the key changes there.
    mutating func onShownList<Result>(_ body: (inout AppState) -> Result) -> Result {
        guard screen == .feedItems else { return body(&self) }
        let before = feedItems.page
        swap(&library, &feedItems)
        let result = body(&self)
        swap(&library, &feedItems)
        countReadChanges(since: before)
        return result
    }

    /// Marks an opened article read in both lists, saved by one effect, and counts it read in
    /// the feeds that list it.
    mutating func markArticleRead(_ id: Int64) -> [Effect] {
        let before = feedItems.page
        let saves = library.markRead(id) + feedItems.markRead(id)
        countReadChanges(since: before)
        return saves.isEmpty ? [] : [.setRead(id: id, true)]
    }

    /// Counts, in the feeds screen's rows, the items of the feed list whose read mark changed
    /// since `before` (the same page): no query, so reading an article costs no count of them all.
    private mutating func countReadChanges(since before: LibraryPage?) {
        guard let before, let after = feedItems.page, before.query == after.query, before.items.count == after.items.count else { return }
        for (old, new) in zip(before.items, after.items) where old.id == new.id && old.isRead != new.isRead {
            feeds.count(new, read: new.isRead)
        }
    }

    /// Shows the feeds screen (going back to it when it is open below) and loads it.
    mutating func openFeeds() -> [Effect] {
        if let index = screens.firstIndex(of: .feeds) {
            screens.removeSubrange((index + 1)...)
        } else {
            screens.append(.feeds)
        }
        return [.loadFeeds]
    }

    /// Asks for a background reload of the feeds `ids` (all when `nil`), unless one runs.
    mutating func startReload(ids: [Int64]?) -> [Effect] {
        if let reload = feeds.reload {
            message = StatusMessage("A reload is already running (\(reload.done)/\(reload.total) feeds)")
            return []
        }
        return [.reloadFeeds(ids: ids)]
    }

    /// Commands of the feeds screen.
    mutating func runFeeds(_ command: Command, count: Int?) -> [Effect] {
        let rows = LibraryGeometry.rows(size)
        let step = count ?? 1
        let last = feeds.entries.count - 1
        switch command {
        case .back: return goBack()
        case .moveDown: feeds.selected += step
        case .moveUp: feeds.selected -= step
        case .pageDown: feeds.selected += rows * step
        case .pageUp: feeds.selected -= rows * step
        case .goTop: feeds.selected = (count ?? 1) - 1
        case .goBottom: feeds.selected = count.map { $0 - 1 } ?? last
        case .open:
            guard let entry = feeds.selectedEntry else { return [] }
            return openFeedItems(entry.scope)
        case .reloadFeed:
            guard let entry = feeds.selectedEntry else { return [] }
            return startReload(ids: entry.feedIDs)
        default:
            return []
        }
        feeds.selected = max(0, min(feeds.selected, last))
        return []
    }

    /// A wheel turn moves the feeds screen's selection; a click selects a row, and a click on
    /// the selected row opens it.
    mutating func clickFeeds(row: Int, delta: Int) -> [Effect] {
        if delta != 0 { return runFeeds(delta > 0 ? .moveDown : .moveUp, count: abs(delta)) }
        let rows = LibraryGeometry.rows(size)
        let top = ListDrawing.top(selected: feeds.selected, rows: rows, count: feeds.entries.count)
        let index = top + row - 1
        guard row >= 1, row <= rows, feeds.entries.indices.contains(index) else { return [] }
        if index == feeds.selected { return runFeeds(.open, count: nil) }
        feeds.selected = index
        return []
    }

    /// Opens the list of the items `scope` selects, on its first page.
    mutating func openFeedItems(_ scope: ListScope) -> [Effect] {
        feedItems = LibraryState()
        feedItems.query.scope = scope
        screens.append(.feedItems)
        return [.loadLibrary(feedItems.query)]
    }

    /// The feeds screen's answers and the reload's news: counts and progress are taken in,
    /// and the lists shown are loaded again when new items were stored.
    mutating func receiveFeedMessage(_ msg: Msg) -> [Effect] {
        switch msg {
        case .feedsLoaded(let overview):
            feeds.receive(overview)
            return []
        case .reloadStarted(let total):
            feeds.reload = ReloadProgress(total: total)
            return []
        case .feedReloaded(let outcome):
            return feeds.reload?.receive(outcome) == true ? shownRefreshEffects : []
        case .reloadFinished(let cancelled):
            if let done = feeds.reload {
                let failures = done.failed > 0 ? ", \(done.failed) failed (marked ! on the feeds screen)" : ""
                let verb = cancelled ? "Reload cancelled after" : "Reloaded"
                message = StatusMessage("\(verb) \(done.done) feed\(done.done == 1 ? "" : "s"): \(done.newItems) new item\(done.newItems == 1 ? "" : "s")\(failures)",
                                        isError: done.failed > 0)
            }
            feeds.reload = nil
            return refreshEffects
        case .autoReloadDue:
            return feeds.reload == nil ? [.reloadFeeds(ids: nil)] : []
        default:
            return []
        }
    }

    /// While a reload runs, only what is on screen is loaded again: every load reads pages
    /// the reload's writes took out of the cache, and keys wait behind it.
    private var shownRefreshEffects: [Effect] {
        switch screen {
        case .feeds: return [.loadFeeds]
        case .library: return library.reloadEffects
        case .feedItems: return feedItems.reloadEffects
        case .reader, .quoteSearch, .speaker, .annotations, .help: return []
        }
    }

    /// Loads of everything new items change: the feeds' counts and the loaded windows of both
    /// lists.
    private var refreshEffects: [Effect] {
        (feeds.overview != nil || screens.contains(.feeds) ? [.loadFeeds] : []) + library.reloadEffects + feedItems.reloadEffects
    }
}

extension LibraryState {
    /// The load of the window shown, again (new rows may have come in).
    var reloadEffects: [Effect] {
        page.map { [.loadLibrary($0.query)] } ?? []
    }
}

extension FeedEntry {
    /// The list this row opens.
    var scope: ListScope {
        switch self {
        case .newItems: return .newItems
        case .tag(let tag): return .tag(tag.name)
        case .feed(let feed): return .feed(id: feed.id, title: feed.title)
        }
    }

    /// The feeds this row reloads; `nil` for all.
    var feedIDs: [Int64]? {
        switch self {
        case .newItems: return nil
        case .tag(let tag): return tag.feedIDs
        case .feed(let feed): return [feed.id]
        }
    }
}

extension AppState {
    /// The state with the list of feed items in the library's place, for the library's view
    /// and status line to draw that list.
    var showingFeedItems: AppState {
        var shown = self
        shown.library = feedItems
        shown.screens = [.library]
        return shown
    }
}
