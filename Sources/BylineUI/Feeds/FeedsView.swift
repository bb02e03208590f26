import BylineCore
import BylineTerminal

/// The feeds screen: a row of all new items, a row per tag, then a row per feed (failure
/// mark, unread mark, title, tags; unread and total counts and when its newest item came).
struct FeedsView {
    let theme: Theme

    /// Columns of "unread/total" at the right.
    static let countsWidth = 11
    /// Columns of the newest item's time ("2026-12-03 14:05").
    static let dateWidth = 16

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let feeds = state.feeds
        guard let overview = feeds.overview else {
            ListDrawing(theme: theme).title("Feeds", in: area, into: &grid)
            grid.write("Loading…", x: area.x + 2, y: area.y + 2, style: theme.style("ui.text.dim"))
            return
        }
        let count = overview.feeds.count
        ListDrawing(theme: theme).title("Feeds · \(count) subscription\(count == 1 ? "" : "s") · \(overview.newItemCount) new", in: area, into: &grid)
        if overview.feeds.isEmpty {
            let lines = ["No subscriptions yet. Subscribe from a shell:", "    byline feed add https://news.example.org/rss --tag world",
                         "then R reloads every feed, here or anywhere in Byline."]
            for (index, line) in lines.enumerated() {
                grid.write(line, x: area.x + 2, y: area.y + 4 + index, style: theme.style(index == 1 ? "ui.help.key" : "ui.text.dim"), maxWidth: area.width - 3)
            }
        }
        let rows = LibraryGeometry.rows(state.size)
        let top = ListDrawing.top(selected: feeds.selected, rows: rows, count: feeds.entries.count)
        for (row, index) in (top..<min(feeds.entries.count, top + rows)).enumerated() {
            let y = area.y + 1 + row
            drawRow(feeds.entries[index], y: y, width: area.width, into: &grid)
            if index == feeds.selected { grid.patchStyle(Rect(x: area.x, y: y, width: area.width, height: 1), with: theme.style("ui.cursorline")) }
        }
    }

    private func drawRow(_ entry: FeedEntry, y: Int, width: Int, into grid: inout Grid) {
        let right = width - 1
        let countsX = right - Self.countsWidth
        let dateX = countsX - 1 - Self.dateWidth
        let titleX = 5
        switch entry {
        case .newItems(let count):
            grid.write("✦", x: 1, y: y, style: theme.style("ui.unread"))
            grid.write("New items in every feed", x: titleX, y: y, style: theme.style(count > 0 ? "ui.unread" : "ui.text"), maxWidth: dateX - titleX - 1)
            writeCounts("\(count) new", x: countsX, y: y, into: &grid)
        case .tag(let tag):
            grid.write("#", x: 1, y: y, style: theme.style("ui.meta"))
            let label = "\(TerminalText.line(tag.name)) · \(tag.feedIDs.count) feed\(tag.feedIDs.count == 1 ? "" : "s")"
            grid.write(ListDrawing.truncated(label, width: dateX - titleX - 1), x: titleX, y: y, style: theme.style(tag.unreadCount > 0 ? "ui.unread" : "ui.text"))
            writeCounts("\(tag.unreadCount) new", x: countsX, y: y, into: &grid)
        case .feed(let feed):
            if feed.failure != nil {
                grid.write("!", x: 1, y: y, style: theme.style("ui.status.error"))
            } else if feed.unreadCount > 0 {
                grid.write("●", x: 1, y: y, style: theme.style("ui.unread"))
            }
            let title = ListDrawing.truncated(TerminalText.line(feed.title), width: dateX - titleX - 1)
            let used = grid.write(title, x: titleX, y: y, style: theme.style(feed.unreadCount > 0 ? "ui.unread" : "ui.text"))
            let tags = feed.tags.map { "#" + TerminalText.line($0) }.joined(separator: " ")
            if !tags.isEmpty, titleX + used + 2 < dateX - 1 {
                grid.write(ListDrawing.truncated(tags, width: dateX - 1 - (titleX + used + 2)), x: titleX + used + 2, y: y, style: theme.style("ui.meta"))
            }
            grid.write(feed.lastUpdate ?? "never", x: dateX, y: y, style: theme.style("ui.meta"))
            writeCounts("\(feed.unreadCount)/\(feed.articleCount)", x: countsX, y: y, into: &grid)
        }
    }

    /// Right-aligns `text` in the counts column.
    private func writeCounts(_ text: String, x: Int, y: Int, into grid: inout Grid) {
        grid.write(text, x: x + max(0, Self.countsWidth - DisplayWidth.columns(text)), y: y, style: theme.style("ui.meta"))
    }
}

extension FeedsState {
    /// The selected feed's last reload error, when it failed.
    var selectedFailure: String? {
        guard case .feed(let feed) = selectedEntry else { return nil }
        return feed.failure
    }
}
