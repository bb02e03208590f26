import BylineCore
import BylineTerminal

/// The article: wrapped, centred, quotes in their speaker's colour, mentions marked with
/// badges, claims underlined and marked in the gutter; and the side panel when shown.
struct ReaderView {
    let theme: Theme

    func draw(_ state: AppState, in area: Rect, into grid: inout Grid) {
        guard let reader = state.reader else { return }
        let geometry = ReaderGeometry(size: state.size, panelVisible: reader.isPanelVisible)
        let styles = ReaderStyles(theme: theme)
        let dynamic = DynamicMarks(reader)
        for row in 0..<geometry.height {
            let index = reader.top + row
            guard reader.layout.lines.indices.contains(index) else { break }
            drawLine(reader.layout.lines[index], reader: reader, y: geometry.text.y + row, x: geometry.textX, styles: styles, dynamic: dynamic, into: &grid)
        }
        if let panel = geometry.panel { PanelView(theme: theme).draw(reader, in: panel, into: &grid) }
    }

    private func drawLine(_ line: ReaderLine, reader: ReaderState, y: Int, x: Int, styles: ReaderStyles, dynamic: DynamicMarks, into grid: inout Grid) {
        let base = styles.base(line.kind)
        if line.kind == .blockquote { grid.write("│", x: x + 1, y: y, style: theme.style("ui.border")) }
        let marks = reader.marks
        var claimMark: UInt8 = 0
        var column = x + line.indent
        for run in line.runs {
            switch run.kind {
            case .text, .space:
                var offset = run.start ?? 0
                for character in run.text {
                    let mark = marks.indices.contains(offset) ? marks[offset] : ScalarMark()
                    claimMark = max(claimMark, run.kind == .text ? mark.claim : 0)
                    let style = styles.style(base: base, mark: mark, dynamic: dynamic.flags(at: offset))
                    column += max(0, grid.put(character, x: column, y: y, style: style))
                    offset += character.unicodeScalars.count
                }
            case .linkNumber:
                column += grid.write(run.text, x: column, y: y, style: base.patched(with: theme.style("ui.link.number")))
            case .badge(let sourceClass):
                column += grid.write(run.text, x: column, y: y, style: base.patched(with: theme.style("badge.\(sourceClass.rawValue)")))
            case .bullet, .virtual:
                column += grid.write(run.text, x: column, y: y, style: base)
            }
        }
        if claimMark > 0 {
            let scope = claimMark == 2 ? "gutter.claim.vague" : "gutter.claim"
            grid.write(claimMark == 2 ? "?" : "▌", x: x - ReaderGeometry.gutterWidth, y: y, style: theme.style(scope))
        }
    }
}

/// The theme's styles for the reader, looked up once per frame.
struct ReaderStyles {
    let theme: Theme
    let speakers: [Style]
    let unattributed: Style
    let mention: Style
    let claim: Style
    let vagueClaim: Style
    let link: Style
    /// The highlight styles, by `NoteColor.allCases` index.
    let annotations: [Style]
    let match: Style
    let selection: Style
    let focus: Style

    init(theme: Theme) {
        self.theme = theme
        speakers = (0..<Theme.speakerColorCount).map { theme.style(Theme.speakerScope($0)) }
        unattributed = theme.style("quote.unattributed")
        mention = theme.style("mention")
        claim = theme.style("claim")
        vagueClaim = theme.style("claim.vague")
        link = theme.style("ui.link")
        annotations = NoteColor.allCases.map { theme.style($0.scope) }
        match = theme.style("ui.search.match")
        selection = theme.style("ui.selection")
        focus = theme.style("ui.focus")
    }

    func base(_ kind: ReaderLine.Kind) -> Style {
        switch kind {
        case .title: return theme.style("ui.title")
        case .meta: return theme.style("ui.meta")
        case .heading: return theme.style("ui.heading")
        case .blockquote: return theme.style("ui.blockquote")
        case .body, .listItem, .blank: return theme.style("ui.text")
        }
    }

    func style(base: Style, mark: ScalarMark, dynamic: DynamicMarks.Flags) -> Style {
        var style = base
        if mark.quoteSource >= 0 {
            style = style.patched(with: speakers[Int(mark.quoteSource) % speakers.count])
        } else if mark.quoteSource == -2 {
            style = style.patched(with: unattributed)
        }
        if mark.mentionSource >= 0 { style = style.patched(with: speakers[Int(mark.mentionSource) % speakers.count]).patched(with: mention) }
        if mark.claim == 1 { style = style.patched(with: claim) }
        if mark.claim == 2 { style = style.patched(with: vagueClaim) }
        if mark.isLink { style = style.patched(with: link) }
        if mark.isAnnotated { style = style.patched(with: annotations[Int(mark.annotation)]) }
        if dynamic.contains(.match) { style = style.patched(with: match) }
        if dynamic.contains(.selection) { style = style.patched(with: selection) }
        if dynamic.contains(.focus) { style = style.patched(with: focus) }
        return style
    }
}

/// Marks that change with every key (focus, selection, search matches), checked per scalar.
struct DynamicMarks {
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let match = Flags(rawValue: 1)
        static let selection = Flags(rawValue: 2)
        static let focus = Flags(rawValue: 4)
    }

    let focus: TextRange?
    let selection: TextRange?
    let matches: [TextRange]

    init(_ reader: ReaderState) {
        focus = reader.focus.flatMap { reader.range(of: $0) }
        selection = reader.selection?.range
        matches = reader.matches
    }

    func flags(at offset: Int) -> Flags {
        var flags: Flags = []
        if focus?.contains(offset) == true { flags.insert(.focus) }
        if selection?.contains(offset) == true { flags.insert(.selection) }
        if !matches.isEmpty, isInMatch(offset) { flags.insert(.match) }
        return flags
    }

    private func isInMatch(_ offset: Int) -> Bool {
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < matches.count && matches[low].contains(offset)
    }
}

/// The side panel: who is quoted (name, class, role, affiliation, quotes), the claims with
/// their sources, and the reader's notes (in their colours, Markdown set as text).
struct PanelView {
    let theme: Theme

    /// The panel's rows: a heading or an entry.
    static func rows(_ reader: ReaderState) -> [(text: String, entry: Int?, scope: String)] {
        let analysis = reader.detail.analysis
        let counts = reader.quoteCounts
        var rows: [(String, Int?, String)] = [("Who is quoted", nil, "ui.panel.title")]
        let entries = reader.panelEntries
        var claimsHeadingDone = false
        var notesHeadingDone = false
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .source(let source):
                let found = analysis.sources[source]
                let standing = [found.role, found.affiliation].compactMap { $0 }.joined(separator: ", ")
                let text = "● \(found.name) [\(found.sourceClass.rawValue)] \(counts[source])q" + (standing.isEmpty ? "" : " · " + standing)
                rows.append((text, index, Theme.speakerScope(source)))
            case .claim(let claim):
                if !claimsHeadingDone {
                    rows.append(("", nil, "ui.panel"))
                    rows.append(("Claims", nil, "ui.panel.title"))
                    claimsHeadingDone = true
                }
                let found = analysis.claims[claim]
                let source = analysis.source(at: found.sourceIndex)?.name ?? found.sourceMention?.text ?? "no source"
                let text = (found.isVague ? "? " : "▌ ") + reader.excerpt(found.range) + " — " + source
                rows.append((text, index, found.isVague ? "claim.vague" : "ui.panel"))
            case .annotation(let annotation):
                if !notesHeadingDone {
                    rows.append(("", nil, "ui.panel"))
                    rows.append(("Notes", nil, "ui.panel.title"))
                    notesHeadingDone = true
                }
                let item = reader.detail.annotations[annotation]
                let note = item.note.isEmpty ? "(no note)" : NoteMarkdown.plainLine(item.note)
                rows.append((note + " — “" + TerminalText.line(item.excerpt) + "”", index, item.color.scope))
            }
        }
        if analysis.sources.isEmpty { rows.insert(("  nobody found", nil, "ui.text.dim"), at: 1) }
        return rows
    }

    func draw(_ reader: ReaderState, in area: Rect, into grid: inout Grid) {
        grid.fill(area, style: theme.style("ui.panel"))
        for y in area.y..<area.bottom { grid.write("│", x: area.x, y: y, style: theme.style("ui.border")) }
        let rows = Self.rows(reader)
        let selectedRow = rows.firstIndex { $0.entry == reader.panelIndex } ?? 0
        let top = ListDrawing.top(selected: selectedRow, rows: area.height, count: rows.count)
        for (offset, row) in rows.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            grid.write(ListDrawing.truncated(row.text, width: area.width - 3), x: area.x + 2, y: y, style: theme.style(row.scope))
            if reader.isPanelFocused, row.entry == reader.panelIndex {
                grid.patchStyle(Rect(x: area.x + 1, y: y, width: area.width - 1, height: 1), with: theme.style("ui.panel.focus"))
            }
        }
    }
}
