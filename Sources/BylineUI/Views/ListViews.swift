import BylineCore
import BylineTerminal

/// Library-wide quote search: the query line, then one result per two rows (quote; speaker,
/// role and article).
struct QuoteSearchView {
    let theme: Theme

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let search = state.quoteSearch
        let drawing = ListDrawing(theme: theme)
        drawing.title("Search quotes", in: area, into: &grid)
        let input = "› " + search.query
        let used = grid.write(input, x: area.x + 1, y: area.y + 1, style: theme.style("ui.prompt"), maxWidth: area.width - 2)
        grid.write("▏", x: area.x + 1 + used, y: area.y + 1, style: theme.style("ui.prompt"))
        if search.hits.isEmpty {
            let hint = search.query.isEmpty ? "Type a word said in a quote." : "No quote contains \"\(search.query)\"."
            grid.write(hint, x: area.x + 2, y: area.y + 3, style: theme.style("ui.text.dim"))
            return
        }
        let entries = search.hits.map { hit in
            (TerminalText.line(QuotePresentation.text(hit.text, kind: hit.kind)), [hit.speaker ?? "unknown speaker", hit.role, hit.articleTitle].compactMap { $0 }.joined(separator: " · "))
        }
        TwoLineList(theme: theme).draw(entries, selected: search.selected, in: Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3), into: &grid)
    }
}

/// Everything one source said across the library.
struct SpeakerView {
    let theme: Theme

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let drawing = ListDrawing(theme: theme)
        guard let profile = state.speaker.profile else {
            drawing.title(state.speaker.name, in: area, into: &grid)
            grid.write("Loading…", x: area.x + 2, y: area.y + 2, style: theme.style("ui.text.dim"))
            return
        }
        drawing.title(profile.name, in: area, into: &grid)
        let standing = SourceDescription.standing(role: profile.role, affiliation: profile.affiliation, sourceClass: profile.sourceClass)
        grid.write(standing + " · " + Quantity.phrase(profile.quotes.count, "quote"), x: area.x + 1, y: area.y + 1,
                   style: theme.style("ui.meta"), maxWidth: area.width - 2)
        let entries = profile.quotes.map { (TerminalText.line(QuotePresentation.text($0.text, kind: $0.kind)), $0.articleTitle) }
        TwoLineList(theme: theme).draw(entries, selected: state.speaker.selected, in: Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3), into: &grid)
    }
}

/// Annotations of one article or of all, orphans marked: each note first (its Markdown set,
/// after a swatch of its colour), then the highlighted words, cut to leave room for the
/// article's title.
struct AnnotationListView {
    let theme: Theme

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let list = state.annotationList
        ListDrawing(theme: theme).title(list.articleID == nil ? "All annotations" : "Annotations in this article", in: area, into: &grid)
        if list.items.isEmpty {
            grid.write("No annotations yet: in an article, v selects and a annotates.", x: area.x + 2, y: area.y + 2, style: theme.style("ui.text.dim"))
            return
        }
        let excerptWidth = max(12, (area.width - 6) / 2)
        let entries = list.items.map { item in
            let swatch = (text: "  ", style: theme.style(item.color.scope))
            let note = item.note.isEmpty
                ? StyledLine([(text: "(no note)", style: theme.style("ui.text.dim"))])
                : StyledLine(note: NoteMarkdown.line(item.note), base: theme.style("ui.text"), theme: theme)
            let words = "“" + ListDrawing.truncated(TerminalText.line(item.excerpt), width: excerptWidth) + "”"
            let place = TerminalText.line(item.articleTitle)
            return TwoLineList.Entry(main: StyledLine([swatch, (text: " ", style: theme.style("ui.text"))] + note.parts),
                                     detail: item.isOrphan ? "orphan: passage no longer found · \(words) · \(place)" : "\(words) · \(place)")
        }
        TwoLineList(theme: theme).draw(entries, selected: list.selected, in: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2), into: &grid)
    }
}

/// A list whose entries take two rows: a main line and a dimmer detail line.
struct TwoLineList {
    let theme: Theme

    /// The entry index shown at `row` (from the list's first row), if any.
    static func entry(atRow row: Int, selected: Int, count: Int, height: Int) -> Int? {
        let rows = max(1, height / 2)
        let index = ListDrawing.top(selected: selected, rows: rows, count: count) + row / 2
        return row >= 0 && index < count ? index : nil
    }

    /// An entry: its main line, in styles of its own, and its detail line.
    struct Entry {
        var main: StyledLine
        var detail: String
    }

    func draw(_ entries: [(String, String)], selected: Int, in area: Rect, into grid: inout Grid) {
        let text = theme.style("ui.text")
        draw(entries.map { Entry(main: StyledLine([(text: $0.0, style: text)]), detail: $0.1) }, selected: selected, in: area, into: &grid)
    }

    func draw(_ entries: [Entry], selected: Int, in area: Rect, into grid: inout Grid) {
        let rows = max(1, area.height / 2)
        let top = ListDrawing.top(selected: selected, rows: rows, count: entries.count)
        for slot in 0..<rows {
            let index = top + slot
            guard index < entries.count else { break }
            let y = area.y + slot * 2
            entries[index].main.draw(x: area.x + 2, y: y, width: area.width - 4, into: &grid)
            grid.write(ListDrawing.truncated(entries[index].detail, width: area.width - 6), x: area.x + 4, y: y + 1, style: theme.style("ui.meta"))
            if index == selected {
                grid.patchStyle(Rect(x: area.x, y: y, width: area.width, height: 2), with: theme.style("ui.cursorline"))
            }
        }
    }
}

/// Help generated from the live key map: every context, every bound command, its keys; then
/// what the figures of the status line and the library's rows mean. Wrapped to any width.
struct HelpView {
    let theme: Theme

    /// The help lines: (keys, text, is a heading).
    static func lines(for keymap: Keymap) -> [(keys: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for context in KeyContext.allCases {
            let commands = Command.allCases.filter { !keymap.keys(for: $0, in: context).isEmpty }
            guard !commands.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append(("", context.title, true))
            for command in commands {
                lines.append((keymap.keys(for: command, in: context).joined(separator: " "), command.summary, false))
            }
        }
        lines.append(("", "", false))
        lines.append(("", "The figures on screen", true))
        lines += StatusFigures.explained.map { ($0.example, $0.meaning, false) }
        lines.append(("", "", false))
        lines.append(("", "A number before a command repeats it (5j) or picks an item (3o opens link [3]).", false))
        lines.append(("", "Keys are remapped in $XDG_CONFIG_HOME/byline/config.toml, e.g. [keys.reader] \"<C-n>\" = \"next_quote\".", false))
        return lines
    }

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        ListDrawing(theme: theme).title("Byline keys", in: area, into: &grid)
        let rows = HelpLayout(lines: Self.lines(for: state.keymap), width: area.width - 2).rows
        let visible = max(1, area.height - 2)
        let top = min(state.helpTop, max(0, rows.count - visible))
        for (offset, row) in rows.dropFirst(top).prefix(visible).enumerated() {
            let y = area.y + 2 + offset
            grid.write(row.keys, x: area.x + 1 + HelpLayout.keysIndent, y: y, style: theme.style("ui.help.key"))
            grid.write(row.text, x: area.x + 1 + row.textIndent, y: y, style: theme.style(row.isHeading ? "ui.panel.title" : "ui.text"))
        }
    }
}
