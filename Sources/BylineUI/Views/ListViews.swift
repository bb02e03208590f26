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

/// Annotations of one article or of all, orphans marked.
struct AnnotationListView {
    let theme: Theme

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let list = state.annotationList
        ListDrawing(theme: theme).title(list.articleID == nil ? "All annotations" : "Annotations in this article", in: area, into: &grid)
        if list.items.isEmpty {
            grid.write("No annotations yet: in an article, v selects and a annotates.", x: area.x + 2, y: area.y + 2, style: theme.style("ui.text.dim"))
            return
        }
        let entries = list.items.map { item in
            let note = item.note.isEmpty ? "(no note)" : TerminalText.line(item.note)
            let place = item.isOrphan ? "orphan: passage no longer found · \(item.articleTitle)" : item.articleTitle
            return ("“\(TerminalText.line(item.excerpt))” — \(note)", place)
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

    func draw(_ entries: [(String, String)], selected: Int, in area: Rect, into grid: inout Grid) {
        let rows = max(1, area.height / 2)
        let top = ListDrawing.top(selected: selected, rows: rows, count: entries.count)
        for slot in 0..<rows {
            let index = top + slot
            guard index < entries.count else { break }
            let y = area.y + slot * 2
            grid.write(ListDrawing.truncated(entries[index].0, width: area.width - 4), x: area.x + 2, y: y, style: theme.style("ui.text"))
            grid.write(ListDrawing.truncated(entries[index].1, width: area.width - 6), x: area.x + 4, y: y + 1, style: theme.style("ui.meta"))
            if index == selected {
                grid.patchStyle(Rect(x: area.x, y: y, width: area.width, height: 2), with: theme.style("ui.cursorline"))
            }
        }
    }
}

/// Help generated from the live key map: every context, every bound command, its keys.
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
        lines.append(("", "A number before a command repeats it (5j) or picks an item (3o opens link [3]).", false))
        lines.append(("", "Keys are remapped in $XDG_CONFIG_HOME/byline/config.toml, e.g. [keys.reader] \"<C-n>\" = \"next_quote\".", false))
        return lines
    }

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        ListDrawing(theme: theme).title("Byline keys", in: area, into: &grid)
        let lines = Self.lines(for: state.keymap)
        let keyWidth = min(28, (lines.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let top = min(state.helpTop, max(0, lines.count - (area.height - 2)))
        for (row, line) in lines.dropFirst(top).prefix(area.height - 2).enumerated() {
            let y = area.y + 2 + row
            if line.heading {
                grid.write(line.text, x: area.x + 1, y: y, style: theme.style("ui.panel.title"))
                continue
            }
            grid.write(ListDrawing.truncated(line.keys, width: keyWidth - 1), x: area.x + 3, y: y, style: theme.style("ui.help.key"))
            grid.write(line.text, x: area.x + 3 + keyWidth, y: y, style: theme.style("ui.text"), maxWidth: area.width - keyWidth - 4)
        }
    }
}
