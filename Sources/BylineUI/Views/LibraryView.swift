import BylineCore
import BylineTerminal

/// The library: one row per article (unread mark, star, title, site, date, quotes, experts),
/// or a welcome page when the library is empty.
struct LibraryView {
    let theme: Theme

    /// Columns of the counts at the right: "  12q  3e".
    static let countsWidth = 10
    static let dateWidth = 10

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let library = state.library
        if library.isEmptyLibrary {
            WelcomeView(theme: theme).draw(in: area, into: &grid)
            return
        }
        let header = "\(TerminalText.line(library.query.scope.heading)) · " + Quantity.phrase(library.total, "article")
            + (library.query.filter.isEmpty ? "" : " matching \"\(library.query.filter)\"")
        ListDrawing(theme: theme).title(header, in: area, into: &grid)
        let rows = LibraryGeometry.rows(state.size)
        if library.page != nil, library.total == 0, library.query.filter.isEmpty {
            grid.write("No items here yet: R reloads every feed", x: area.x + 2, y: area.y + 2, style: theme.style("ui.text.dim"))
        } else if library.page != nil, library.total == 0 {
            grid.write("No article matches \"\(library.query.filter)\" (Esc clears the filter)", x: area.x + 2, y: area.y + 2, style: theme.style("ui.text.dim"))
        }
        for row in 0..<rows {
            let index = library.top + row
            guard index < library.total else { break }
            let y = area.y + 1 + row
            guard let item = library.item(at: index) else {
                grid.write("  …", x: area.x, y: y, style: theme.style("ui.text.dim"))
                continue
            }
            drawRow(item, y: y, width: area.width, selected: index == library.selected, into: &grid)
        }
    }

    private func drawRow(_ item: ArticleSummary, y: Int, width: Int, selected: Bool, into grid: inout Grid) {
        let base = theme.style(item.isRead ? "ui.text" : "ui.unread")
        grid.write(item.isRead ? " " : "●", x: 1, y: y, style: theme.style("ui.unread"))
        grid.write(item.isStarred ? "★" : " ", x: 3, y: y, style: theme.style("ui.star"))
        // Lists of feed items name each article's most quoted source where the site would go.
        let side = item.topSpeaker.map { "» " + TerminalText.line($0) } ?? item.site
        let counts = "\(item.quoteCount)q \(item.expertCount)e"
        let date = String((item.published ?? "").prefix(Self.dateWidth))
        let siteWidth = width >= 90 ? 18 : (width >= 60 ? 12 : 0)
        let titleX = 5
        let right = width - 1
        let countsX = right - DisplayWidth.columns(counts)
        let dateX = countsX - 2 - Self.dateWidth
        let siteX = dateX - 1 - siteWidth
        let titleWidth = max(4, (siteWidth > 0 ? siteX : dateX) - 1 - titleX)
        grid.write(ListDrawing.truncated(TerminalText.line(item.title), width: titleWidth), x: titleX, y: y, style: base)
        if siteWidth > 0 {
            grid.write(ListDrawing.truncated(side ?? "", width: siteWidth), x: siteX, y: y, style: theme.style("ui.meta"))
        }
        grid.write(date, x: dateX, y: y, style: theme.style("ui.meta"))
        grid.write(counts, x: countsX, y: y, style: theme.style("ui.meta"))
        if selected { grid.patchStyle(Rect(x: 0, y: y, width: width, height: 1), with: theme.style("ui.cursorline")) }
    }
}

/// What an empty library shows: how to add articles.
struct WelcomeView {
    let theme: Theme

    static let lines: [(String, String)] = [
        ("Welcome to Byline", "ui.title"),
        ("", "ui.text"),
        ("Your library is empty. Byline reads saved news articles (HTML pages or", "ui.text"),
        ("plain text) and shows who is quoted, who they are, and which claims rest", "ui.text"),
        ("on vague sources.", "ui.text"),
        ("", "ui.text"),
        ("Add articles from a shell:", "ui.text"),
        ("    byline add page.html another.txt", "ui.help.key"),
        ("    byline add ~/saved-articles/", "ui.help.key"),
        ("", "ui.text"),
        ("Or try the bundled samples first:", "ui.text"),
        ("    byline demo", "ui.help.key"),
        ("", "ui.text"),
        ("? shows every key · q quits", "ui.text.dim"),
    ]

    func draw(in area: Rect, into grid: inout Grid) {
        let width = Self.lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        let x = area.x + max(1, (area.width - width) / 2)
        let y = area.y + max(0, (area.height - Self.lines.count) / 2)
        for (index, line) in Self.lines.enumerated() {
            grid.write(line.0, x: x, y: y + index, style: theme.style(line.1), maxWidth: area.right - x)
        }
    }
}
