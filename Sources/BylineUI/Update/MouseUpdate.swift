import BylineCore
import BylineTerminal

/// Mouse wheel scrolls (or moves a list's selection); a click selects what is under it.
func handleMouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
    let wheelStep = 3
    let delta = event.action == .wheelDown ? wheelStep : (event.action == .wheelUp ? -wheelStep : 0)
    switch state.screen {
    case .library, .feedItems:
        let rows = LibraryGeometry.rows(state.size)
        if delta != 0 { return state.library.select(state.library.selected + delta, rows: rows) }
        let index = state.library.top + event.y - 1
        guard event.y >= 1, event.y <= rows, index < state.library.total else { return [] }
        if index == state.library.selected { return state.runLibrary(.open, count: nil) }
        return state.library.select(index, rows: rows)
    case .reader:
        guard var reader = state.reader else { return [] }
        let geometry = ReaderGeometry(size: state.size, panelVisible: reader.isPanelVisible)
        if delta != 0 {
            reader.scroll(by: delta, height: geometry.height)
        } else if let panel = geometry.panel, panel.contains(column: event.x, row: event.y) {
            reader.clickPanel(row: event.y - panel.y, height: panel.height)
        } else if let offset = reader.offset(atColumn: event.x - geometry.textX, line: reader.top + event.y - geometry.text.y) {
            reader.focusThing(at: offset)
        }
        state.reader = reader
        return []
    case .help:
        state.helpTop = max(0, state.helpTop + delta)
        return []
    case .feeds:
        return state.clickFeeds(row: event.y, delta: delta)
    case .quoteSearch, .speaker, .annotations:
        if delta != 0 { return state.runList(delta > 0 ? .moveDown : .moveUp, count: wheelStep) }
        state.selectListEntry(atRow: event.y)
        return []
    }
}

extension AppState {
    /// Selects the entry of a two-row list under screen row `row`.
    mutating func selectListEntry(atRow row: Int) {
        let listTop = screen == .annotations ? 2 : 3
        let height = contentHeight - listTop
        switch screen {
        case .quoteSearch:
            if let index = TwoLineList.entry(atRow: row - listTop, selected: quoteSearch.selected, count: quoteSearch.hits.count, height: height) {
                quoteSearch.selected = index
            }
        case .speaker:
            if let index = TwoLineList.entry(atRow: row - listTop, selected: speaker.selected, count: speaker.profile?.quotes.count ?? 0, height: height) {
                speaker.selected = index
            }
        case .annotations:
            if let index = TwoLineList.entry(atRow: row - listTop, selected: annotationList.selected, count: annotationList.items.count, height: height) {
                annotationList.selected = index
            }
        default: break
        }
    }
}

extension ReaderState {
    /// The text offset shown at `column` (from the text's left edge) of layout line `line`.
    func offset(atColumn column: Int, line: Int) -> Int? {
        guard layout.lines.indices.contains(line) else { return nil }
        let found = layout.lines[line]
        var x = found.indent
        for run in found.runs {
            var offset = run.start
            for character in run.text {
                let width = DisplayWidth.of(character)
                if column >= x, column < x + max(1, width) { return run.kind == .text ? offset : nil }
                x += width
                offset = offset.map { $0 + character.unicodeScalars.count }
            }
        }
        return nil
    }

    /// Focuses the quote, claim or mention at `offset` (in that order of preference).
    mutating func focusThing(at offset: Int) {
        let analysis = detail.analysis
        if let quote = analysis.quotes.firstIndex(where: { $0.range.contains(offset) }) {
            focus = .quote(quote)
        } else if let (source, mention) = analysis.sources.enumerated().lazy.compactMap({ source in
            source.element.mentions.firstIndex { $0.range.contains(offset) }.map { (source.offset, $0) }
        }).first {
            focus = .mention(source: source, index: mention)
        } else if let claim = analysis.claims.firstIndex(where: { $0.range.contains(offset) }) {
            focus = .claim(claim)
        } else {
            focus = nil
        }
    }

    /// Selects the panel entry at `row` of the panel and focuses the panel.
    mutating func clickPanel(row: Int, height: Int) {
        let rows = PanelView.rows(self)
        let selectedRow = rows.firstIndex { $0.entry == panelIndex } ?? 0
        let top = ListDrawing.top(selected: selectedRow, rows: height, count: rows.count)
        guard rows.indices.contains(top + row), let entry = rows[top + row].entry else { return }
        panelIndex = entry
        isPanelFocused = true
        if case .source(let source) = panelEntries[entry] { selectedSource = source }
    }
}
