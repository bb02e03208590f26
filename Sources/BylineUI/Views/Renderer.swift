import BylineCore
import BylineTerminal

/// Draws the whole screen for a state: a pure function of the state and the theme into a grid.
public struct Renderer: Sendable {
    /// The colours and attributes used.
    public var theme: Theme

    /// Creates a renderer.
    public init(theme: Theme) {
        self.theme = theme
    }

    /// The frame for `state`.
    public func render(_ state: AppState) -> Grid {
        var grid = Grid(size: state.size)
        let paper = theme.style("ui.text")
        grid.fill(grid.area, style: paper)
        draw(state, into: &grid)
        // A theme with a background (light) paints every cell, not just the text's.
        if paper.background != nil { grid.fillUnsetColors(from: paper) }
        return grid
    }

    private func draw(_ state: AppState, into grid: inout Grid) {
        if MinimumSize.isTooSmall(state.size) {
            drawTooSmall(state.size, into: &grid)
            return
        }
        let content = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 1)
        switch state.screen {
        case .library: LibraryView(theme: theme).draw(state, in: content, into: &grid)
        case .reader: ReaderView(theme: theme).draw(state, in: content, into: &grid)
        case .quoteSearch: QuoteSearchView(theme: theme).draw(state, in: content, into: &grid)
        case .speaker: SpeakerView(theme: theme).draw(state, in: content, into: &grid)
        case .annotations: AnnotationListView(theme: theme).draw(state, in: content, into: &grid)
        case .help: HelpView(theme: theme).draw(state, in: content, into: &grid)
        case .feeds: FeedsView(theme: theme).draw(state, in: content, into: &grid)
        case .feedItems: LibraryView(theme: theme).draw(state.showingFeedItems, in: content, into: &grid)
        }
        StatusLineView(theme: theme).draw(state, in: Rect(x: 0, y: state.size.height - 1, width: state.size.width, height: 1), into: &grid)
    }

    private func drawTooSmall(_ size: Size, into grid: inout Grid) {
        let lines = ["Window too small", "need \(MinimumSize.width)×\(MinimumSize.height)"]
        for (index, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            grid.write(line, x: max(0, (size.width - width) / 2), y: size.height / 2 - 1 + index, style: theme.style("ui.notice"))
        }
    }
}

/// Shared drawing helpers for the list screens.
struct ListDrawing {
    let theme: Theme

    /// Draws a title row.
    func title(_ text: String, in area: Rect, into grid: inout Grid) {
        grid.write(text, x: area.x + 1, y: area.y, style: theme.style("ui.title"), maxWidth: area.width - 2)
    }

    /// The first row to show so that `selected` is visible in `rows` rows.
    static func top(selected: Int, rows: Int, count: Int) -> Int {
        max(0, min(selected - rows / 2, count - rows))
    }

    /// `text` cut to `width` columns, with `…` when it was longer.
    static func truncated(_ text: String, width: Int) -> String {
        guard DisplayWidth.columns(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
