import BylineCore
import BylineTerminal

/// The bottom line: the prompt when one is open, else a message, else where you are and
/// what the focused quote or claim is attributed to; pending keys and count on the right.
struct StatusLineView {
    let theme: Theme

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        grid.fill(area, style: theme.style("ui.status"))
        if let prompt = state.prompt {
            grid.fill(area, style: theme.style("ui.prompt"))
            let text = prompt.label + prompt.text
            let visible = DisplayWidth.columns(text) > area.width - 2 ? String(text.suffix(area.width - 3)) : text
            let used = grid.write(visible, x: area.x, y: area.y, style: theme.style("ui.prompt"), maxWidth: area.width - 1)
            grid.write("▏", x: area.x + used, y: area.y, style: theme.style("ui.prompt"))
            return
        }
        let right = rightText(state)
        let rightWidth = DisplayWidth.columns(right)
        grid.write(right, x: area.right - rightWidth - 1, y: area.y, style: theme.style("ui.status"))
        let leftWidth = max(0, area.width - rightWidth - 3)
        if let message = state.message {
            let style = theme.style(message.isError ? "ui.status.error" : "ui.status.message")
            grid.write(ListDrawing.truncated(TerminalText.line(message.text), width: leftWidth), x: area.x + 1, y: area.y, style: style)
        } else if state.screen == .feeds, let failure = state.feeds.selectedFailure {
            grid.write(ListDrawing.truncated("Last reload failed: " + TerminalText.line(failure), width: leftWidth), x: area.x + 1, y: area.y,
                       style: theme.style("ui.status.error"))
        } else {
            grid.write(ListDrawing.truncated(leftText(state), width: leftWidth), x: area.x + 1, y: area.y, style: theme.style("ui.status"))
        }
    }

    private func rightText(_ state: AppState) -> String {
        if state.screen == .feedItems { return rightText(state.showingFeedItems) }
        var parts: [String] = []
        if let count = state.count { parts.append(String(count)) }
        if !state.pendingKeys.isEmpty { parts.append(state.pendingKeys.map(\.description).joined()) }
        switch state.screen {
        case .reader:
            if let reader = state.reader {
                let lines = reader.layout.lines.count
                let height = ReaderGeometry(size: state.size, panelVisible: reader.isPanelVisible).height
                let percent = lines <= height ? 100 : min(100, (reader.top + height) * 100 / lines)
                parts.append("\(reader.top + 1)/\(lines) \(percent)%")
            }
        case .library:
            if state.library.total > 0 { parts.append("\(state.library.selected + 1)/\(state.library.total)") }
        default: break
        }
        if let reload = state.feeds.reload { parts.append(reload.description) }
        parts.append("? help")
        return parts.joined(separator: "  ")
    }

    private func leftText(_ state: AppState) -> String {
        switch state.screen {
        case .reader:
            guard let reader = state.reader else { return "" }
            return ReaderStatus.describe(reader)
        case .library:
            return "Sorted by \(state.library.query.sort.rawValue)" + (state.library.query.filter.isEmpty ? "" : " · filter: \(state.library.query.filter)")
                + " · Enter read · / filter · s sort · r read · * star · S search quotes · A notes"
        case .quoteSearch: return "Quote search · type words · ↑↓ choose · Enter opens · Tab speaker"
        case .speaker: return "Speaker · Enter opens the quote"
        case .annotations: return "Annotations · Enter opens · e edit · d delete · t this article / all"
        case .help: return "Help · q to close"
        case .feeds: return "Feeds · Enter lists the items · r reloads this feed · R every feed · q back"
        case .feedItems:
            let query = state.feedItems.query
            return "Sorted by \(query.sort.rawValue)" + (query.filter.isEmpty ? "" : " · filter: \(query.filter)")
                + " · Enter read · / filter · s sort · r read · * star · q back to the feeds"
        }
    }
}

/// What the status line says about the reader's focus.
enum ReaderStatus {
    static func describe(_ reader: ReaderState) -> String {
        let analysis = reader.detail.analysis
        switch reader.focus {
        case .quote(let index):
            let quote = analysis.quotes[index]
            let speaker = analysis.source(at: quote.sourceIndex).map { attribution($0) } ?? "speaker unknown"
            return "Quote \(index + 1)/\(analysis.quotes.count) (\(quote.kind.rawValue)) — \(speaker)"
        case .claim(let index):
            let claim = analysis.claims[index]
            let source = analysis.source(at: claim.sourceIndex).map { attribution($0) } ?? claim.sourceMention?.text ?? "no source"
            return "Claim \(index + 1)/\(analysis.claims.count)\(claim.isVague ? " (vague)" : "") — \(source)"
        case .mention(let source, let index):
            let found = analysis.sources[source]
            return "Mention \(index + 1)/\(found.mentions.count) — \(SourceDescription.line(found, quotes: reader.quoteCounts[source]))"
        case .passage:
            if !reader.matches.isEmpty, let position = reader.matches.firstIndex(where: { reader.focus == .passage($0) }) {
                return "Match \(position + 1)/\(reader.matches.count) for \"\(reader.searchQuery)\""
            }
            return reader.detail.article.title ?? "Passage"
        case nil:
            if let selection = reader.selection {
                return "Selecting \(selection.unit) · v grows · w adds a word · a annotates · Esc cancels (\(selection.range.length) chars)"
            }
            return "]q next quote · ]c next claim · gs its source · Ctrl-o back · p panel · v select · / search"
        }
    }

    private static func attribution(_ source: Source) -> String {
        let standing = [source.role, source.affiliation].compactMap { $0 }.joined(separator: ", ")
        return standing.isEmpty ? "\(source.name) [\(source.sourceClass.rawValue)]" : "\(source.name), \(standing) [\(source.sourceClass.rawValue)]"
    }
}

/// The figures Byline shows without words, named for the help screen.
enum StatusFigures {
    /// An example of each figure and what it means.
    static let explained: [(example: String, meaning: String)] = [
        ("12/70 55%", "reader, status line: the first line shown / the article's lines, and how far down the screen's last line is"),
        ("3/27", "library, status line: the selected article / the articles listed"),
        ("● ★", "library rows: unread, starred"),
        ("27q 1e", "library rows: the quotations found in the article, and the experts quoted"),
        ("5 g", "status line, right: a count and the keys typed so far of a command"),
    ]
}
