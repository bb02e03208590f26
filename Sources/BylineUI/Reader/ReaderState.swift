import BylineCore

/// What the reader points at: a quote, a claim, one mention of a source, a search match or
/// another passage (an annotation, a search hit from elsewhere).
public enum Focus: Hashable, Sendable {
    case quote(Int)
    case claim(Int)
    case mention(source: Int, index: Int)
    case passage(TextRange)
}

/// A place in an article to come back to: its top line and what was focused.
public struct ReadingPosition: Hashable, Sendable {
    /// The offset of the first text shown.
    public var topOffset: Int
    /// What was focused.
    public var focus: Focus?
}

/// One entry of the side panel.
public enum PanelEntry: Hashable, Sendable {
    case source(Int)
    case claim(Int)
    /// An annotation, by its index in `ArticleDetail.annotations`.
    case annotation(Int)
}

/// A selection being made for an annotation, and the unit it last grew by.
public struct Selection: Hashable, Sendable {
    /// What `v` grows a selection to next.
    public enum Unit: Hashable, Sendable {
        case word, sentence, paragraph
    }

    /// The selected words.
    public var range: TextRange
    /// The unit it last grew by.
    public var unit: Unit
}

/// An article being read.
public struct ReaderState: Hashable, Sendable {
    /// The article, its analysis and highlights.
    public var detail: ArticleDetail
    /// The article laid out for the current width.
    public private(set) var layout: ReaderLayout
    /// The first line shown.
    public var top = 0
    /// What was focused.
    public var focus: Focus?
    /// The source `]s`, `[s` and `gc` walk through (the focused one's, or the panel's choice).
    public var selectedSource: Int?
    /// Places jumped from, for `Ctrl-o` and `Ctrl-i`.
    public var jumps: [ReadingPosition] = []
    /// Where in `jumps` we are (`jumps.count` when at the newest place).
    public var jumpIndex = 0
    /// The article search and its matches.
    public var searchQuery = ""
    /// Where `searchQuery` occurs.
    public var matches: [TextRange] = []
    /// The selection being made, if any.
    public var selection: Selection?
    /// Whether the side panel is shown.
    public var isPanelVisible = false
    /// Whether keys go to the side panel.
    public var isPanelFocused = false
    /// The panel entry selected.
    public var panelIndex = 0
    /// Scalars of the text, for word and sentence boundaries and search.
    let scalars: [Unicode.Scalar]
    /// What every scalar of the text is part of (quote, mention, claim, link, highlight);
    /// independent of the width, so a resize keeps them.
    public private(set) var marks: [ScalarMark]

    /// Opens `detail` laid out to `width` columns.
    public init(detail: ArticleDetail, width: Int) {
        self.detail = detail
        scalars = [Unicode.Scalar](scalarsOf: detail.article.text)
        layout = ReaderLayout(detail, scalars: scalars, width: width)
        marks = ScalarMark.marks(for: detail, count: scalars.count)
    }

    /// Lays the article out again for `width`, keeping the first text shown at the top.
    public mutating func relayout(width: Int) {
        guard width != layout.width else { return }
        let offset = topOffset
        let atStart = top == 0
        layout = ReaderLayout(detail, scalars: scalars, width: width)
        top = atStart ? 0 : layout.line(containing: offset)
    }

    /// Marks the text again after its annotations changed.
    mutating func refreshMarks() {
        marks = ScalarMark.marks(for: detail, count: scalars.count)
    }

    /// The offset of the first text on the top line (or after it, for title and blank lines).
    public var topOffset: Int {
        guard layout.lines.indices.contains(top) else { return 0 }
        if let line = layout.lines[top...].first(where: { !$0.range.isEmpty }) { return line.range.start }
        return layout.lines[top].range.start
    }

    /// The range of text `focus` points at.
    public func range(of focus: Focus) -> TextRange? {
        let analysis = detail.analysis
        switch focus {
        case .quote(let index): return analysis.quotes.indices.contains(index) ? analysis.quotes[index].range : nil
        case .claim(let index): return analysis.claims.indices.contains(index) ? analysis.claims[index].range : nil
        case .mention(let source, let index):
            guard analysis.sources.indices.contains(source), analysis.sources[source].mentions.indices.contains(index) else { return nil }
            return analysis.sources[source].mentions[index].range
        case .passage(let range): return range
        }
    }

    /// Where the focused thing starts, or the top of the screen.
    var anchor: Int {
        focus.flatMap { range(of: $0) }?.start ?? topOffset
    }

    /// The source of the focused quote, claim or mention, else the one chosen in the panel
    /// (only ever a valid index into the analysis's sources).
    var currentSource: Int? {
        let candidate: Int?
        switch focus {
        case .quote(let index): candidate = detail.analysis.quotes[index].sourceIndex ?? selectedSource
        case .claim(let index): candidate = detail.analysis.claims[index].sourceIndex ?? selectedSource
        case .mention(let source, _): candidate = source
        default: candidate = selectedSource
        }
        return candidate.flatMap { detail.analysis.sources.indices.contains($0) ? $0 : nil }
    }

    /// The panel's entries: sources by number of quotes, claims in text order, then the
    /// annotations that still have their passage, in text order.
    public var panelEntries: [PanelEntry] {
        let analysis = detail.analysis
        let counts = quoteCounts
        let sources = analysis.sources.indices.sorted { (counts[$0], -$0) > (counts[$1], -$1) }
        let annotations = detail.annotations.indices.filter { detail.annotations[$0].range != nil }
            .sorted { (detail.annotations[$0].range?.start ?? 0, $0) < (detail.annotations[$1].range?.start ?? 0, $1) }
        return sources.map(PanelEntry.source) + analysis.claims.indices.map(PanelEntry.claim) + annotations.map(PanelEntry.annotation)
    }

    /// The number of quotes of each source.
    public var quoteCounts: [Int] {
        var counts = Array(repeating: 0, count: detail.analysis.sources.count)
        for quote in detail.analysis.quotes {
            if let index = quote.sourceIndex, counts.indices.contains(index) { counts[index] += 1 }
        }
        return counts
    }

    /// The current place, for the jump list.
    var position: ReadingPosition { ReadingPosition(topOffset: topOffset, focus: focus) }

    /// The text of `range`, with runs of whitespace made single spaces.
    func excerpt(_ range: TextRange) -> String {
        scalars.string(in: range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
