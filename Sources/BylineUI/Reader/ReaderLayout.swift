import BylineCore
import BylineTerminal

/// An article laid out in lines for one text width: the title and byline, then every
/// paragraph wrapped, with link numbers and speaker badges put after the words they follow.
/// Each piece of a line remembers its scalar offset, so styles, jumps and the reading
/// position all work in the article's own offsets.
public struct ReaderLayout: Hashable, Sendable {
    /// The width the lines were wrapped to.
    public let width: Int
    /// The lines, top to bottom.
    public let lines: [ReaderLine]
    /// The link numbers in reading order: `links[n - 1]` is link `[n]`.
    public let links: [Link]

    /// Lays out `detail` to `width` columns (at least 10); `scalars` is the article's text.
    public init(_ detail: ArticleDetail, scalars: [Unicode.Scalar], width: Int) {
        let width = max(10, width)
        self.width = width
        links = detail.article.paragraphs.flatMap(\.links)
        var builder = LineBuilder(width: width)
        if let title = detail.article.title, !title.isEmpty {
            builder.addVirtual(title, kind: .title)
        }
        let meta = [detail.article.site, detail.article.published, detail.article.authors.isEmpty ? nil : "by " + detail.article.authors.joined(separator: ", ")]
            .compactMap { $0 }.joined(separator: " · ")
        if !meta.isEmpty { builder.addVirtual(meta, kind: .meta) }
        if !builder.lines.isEmpty { builder.addBlank(at: 0) }
        let badges = Self.badges(detail.analysis)
        var linkNumber = 0
        for paragraph in detail.article.paragraphs {
            let range = TextRange(start: min(paragraph.range.start, scalars.count), end: min(paragraph.range.end, scalars.count))
            var seen: Set<Int> = []
            var suffixes: [(offset: Int, run: Run)] = []
            for badge in badges where range.contains(badge.offset - 1) && seen.insert(badge.source).inserted {
                suffixes.append((badge.offset, badge.run))
            }
            for link in paragraph.links {
                linkNumber += 1
                suffixes.append((link.range.end, Run(text: "[\(linkNumber)]", start: nil, kind: .linkNumber)))
            }
            suffixes.sort { $0.offset < $1.offset }
            builder.addParagraph(scalars[range.start..<range.end], start: range.start, kind: paragraph.kind, suffixes: suffixes)
            builder.addBlank(at: range.end)
        }
        if builder.lines.last?.kind == .blank { builder.lines.removeLast() }
        lines = builder.lines
    }

    /// The badges of experts and officials: one after each of their mentions, in text order
    /// (the layout keeps the first per source in each paragraph).
    private static func badges(_ analysis: Analysis) -> [(offset: Int, source: Int, run: Run)] {
        var result: [(offset: Int, source: Int, run: Run)] = []
        for (index, source) in analysis.sources.enumerated() where source.sourceClass == .expert || source.sourceClass == .official {
            for mention in source.mentions {
                result.append((mention.range.end, index, Run(text: source.sourceClass.badge, start: nil, kind: .badge(source.sourceClass))))
            }
        }
        return result.sorted { $0.offset < $1.offset }
    }

    /// The index of the line showing scalar `offset` (the first line at or after it).
    public func line(containing offset: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].range.end <= offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return min(low, max(0, lines.count - 1))
    }
}

extension Source.Class {
    /// The badge shown after a mention of a source of this class.
    var badge: String {
        switch self {
        case .expert: return "·expert"
        case .official: return "·official"
        default: return ""
        }
    }
}

/// One laid-out line.
public struct ReaderLine: Hashable, Sendable {
    /// What a line belongs to.
    public enum Kind: Hashable, Sendable {
        case title, meta, blank, body, heading, blockquote, listItem
    }

    /// What it is.
    public var kind: Kind
    /// The pieces of the line, left to right, separated by nothing (spaces are pieces too).
    public var runs: [Run]
    /// The scalars of the text the line shows (empty for title, meta and blank lines, placed
    /// where they stand in the text).
    public var range: TextRange
    /// Columns to leave before the first run.
    public var indent: Int
}

/// A piece of a line: words of the text (`start` is the offset of its first scalar) or
/// something Byline adds (link numbers, badges, bullets).
public struct Run: Hashable, Sendable {
    /// What a run shows.
    public enum Kind: Hashable, Sendable {
        case text, space, linkNumber, badge(Source.Class), bullet, virtual
    }

    /// What it shows.
    public var text: String
    /// The scalar offset of its first character in the article, `nil` for added text.
    public var start: Int?
    /// What it is.
    public var kind: Kind
    /// The columns `text` occupies.
    public var width: Int

    /// Creates a run, measuring its text.
    init(text: String, start: Int?, kind: Kind) {
        self.text = text
        self.start = start
        self.kind = kind
        width = DisplayWidth.columns(text)
    }
}

/// What one scalar of the text is part of.
public struct ScalarMark: Hashable, Sendable {
    /// The index of the source of the quote the scalar is in; -1 outside quotes, -2 in an
    /// unattributed quote.
    public var quoteSource: Int32 = -1
    /// The source index of the mention the scalar is in, -1 outside mentions.
    public var mentionSource: Int32 = -1
    /// 0 outside claims, 1 in a claim, 2 in a vague claim.
    public var claim: UInt8 = 0
    /// Whether the scalar is in a link's anchor text.
    public var isLink = false
    /// The colour of the highlight the scalar is in (`NoteColor.allCases` index), -1 outside highlights.
    public var annotation: Int8 = -1

    /// Whether the scalar is in a highlight.
    public var isAnnotated: Bool { annotation >= 0 }

    /// The marks of every scalar of an article of `count` scalars.
    static func marks(for detail: ArticleDetail, count: Int) -> [ScalarMark] {
        var marks = Array(repeating: ScalarMark(), count: count)
        func each(_ range: TextRange, _ body: (inout ScalarMark) -> Void) {
            let start = max(0, min(range.start, count)), end = max(start, min(range.end, count))
            for index in start..<end { body(&marks[index]) }
        }
        let analysis = detail.analysis
        for claim in analysis.claims { each(claim.range) { $0.claim = claim.isVague ? 2 : max($0.claim, 1) } }
        for quote in analysis.quotes {
            let source = quote.sourceIndex.flatMap { analysis.sources.indices.contains($0) ? Int32($0) : nil } ?? -2
            each(quote.range) { $0.quoteSource = source }
        }
        for (index, source) in analysis.sources.enumerated() {
            for mention in source.mentions { each(mention.range) { $0.mentionSource = Int32(index) } }
        }
        for paragraph in detail.article.paragraphs {
            for link in paragraph.links { each(link.range) { $0.isLink = true } }
        }
        for annotation in detail.annotations {
            let color = Int8(NoteColor.allCases.firstIndex(of: annotation.color) ?? 0)
            if let range = annotation.range { each(range) { $0.annotation = color } }
        }
        return marks
    }
}

/// Greedy word wrapping that keeps every word's scalar offset.
private struct LineBuilder {
    let width: Int
    var lines: [ReaderLine] = []

    init(width: Int) {
        self.width = width
    }

    mutating func addBlank(at offset: Int) {
        lines.append(ReaderLine(kind: .blank, runs: [], range: TextRange(start: offset, end: offset), indent: 0))
    }

    /// Adds text that is not part of the article body (title, byline), wrapped.
    mutating func addVirtual(_ text: String, kind: ReaderLine.Kind) {
        for line in WordWrapper.wrap(text, width: width) {
            lines.append(ReaderLine(kind: kind, runs: [Run(text: line, start: nil, kind: .virtual)], range: TextRange(start: 0, end: 0), indent: 0))
        }
    }

    /// Adds a paragraph, wrapped at spaces, with `suffixes` (sorted by offset) put after the
    /// word in which their offset ends.
    mutating func addParagraph(_ scalars: ArraySlice<Unicode.Scalar>, start: Int, kind: Paragraph.Kind, suffixes: [(offset: Int, run: Run)]) {
        let lineKind: ReaderLine.Kind
        var indent = 0
        var firstRuns: [Run] = []
        switch kind {
        case .body: lineKind = .body
        case .heading: lineKind = .heading
        case .blockquote:
            lineKind = .blockquote
            indent = 4
        case .listItem:
            lineKind = .listItem
            indent = 2
            firstRuns = [Run(text: "• ", start: nil, kind: .bullet)]
        }
        let available = max(4, width - indent)
        var current: [Run] = firstRuns
        var currentWidth = firstRuns.reduce(0) { $0 + $1.width }
        var lineStart = start
        var lineEnd = start
        func finishLine(next: Int) {
            lines.append(ReaderLine(kind: lineKind, runs: current, range: TextRange(start: lineStart, end: lineEnd), indent: indent))
            current = []
            currentWidth = 0
            lineStart = next
            lineEnd = next
        }
        var nextSuffix = 0
        for word in Self.words(scalars, start: start) {
            // A suffix goes where its offset is, before trailing punctuation ("Haddad·expert,").
            var pieces: [Run] = []
            var rest = Substring(word.text).unicodeScalars
            var restStart = word.start
            while nextSuffix < suffixes.count, suffixes[nextSuffix].offset <= word.end {
                let offset = suffixes[nextSuffix].offset
                if offset > word.start {
                    if offset > restStart {
                        let head = rest.prefix(offset - restStart)
                        pieces.append(Run(text: String(head), start: restStart, kind: .text))
                        rest = rest.dropFirst(offset - restStart)
                        restStart = offset
                    }
                    pieces.append(suffixes[nextSuffix].run)
                }
                nextSuffix += 1
            }
            if !rest.isEmpty { pieces.append(Run(text: String(rest), start: restStart, kind: .text)) }
            let wordWidth = pieces.reduce(0) { $0 + $1.width }
            if currentWidth > 0, currentWidth + 1 + wordWidth > available { finishLine(next: word.start) }
            if currentWidth > 0 {
                current.append(Run(text: " ", start: lineEnd, kind: .space))
                currentWidth += 1
            } else {
                lineStart = word.start
            }
            if wordWidth > available {
                // A word wider than a line is cut into line-sized pieces.
                for piece in Self.split(pieces.removeFirst(), width: available - currentWidth, then: available) {
                    if currentWidth > 0, currentWidth + piece.width > available { finishLine(next: piece.start ?? word.start) }
                    current.append(piece)
                    currentWidth += piece.width
                    lineEnd = (piece.start ?? word.start) + piece.text.unicodeScalars.count
                }
                pieces.forEach { current.append($0); currentWidth += $0.width }
                continue
            }
            current += pieces
            currentWidth += wordWidth
            lineEnd = word.end
        }
        if !current.isEmpty || lines.last?.kind == .blank || lines.isEmpty { finishLine(next: lineEnd) }
    }

    private struct Word {
        var text: String
        var start: Int
        var end: Int
    }

    /// The words of a paragraph (split at whitespace) with their scalar offsets.
    private static func words(_ scalars: ArraySlice<Unicode.Scalar>, start: Int) -> [Word] {
        var words: [Word] = []
        var wordStart: Int?
        var view = String.UnicodeScalarView()
        var offset = start
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                if let begin = wordStart {
                    words.append(Word(text: String(view), start: begin, end: offset))
                    view = String.UnicodeScalarView()
                    wordStart = nil
                }
            } else {
                if wordStart == nil { wordStart = offset }
                view.append(scalar)
            }
            offset += 1
        }
        if let begin = wordStart { words.append(Word(text: String(view), start: begin, end: offset)) }
        return words
    }

    /// `run` cut into pieces: the first at most `first` columns wide, the rest `then` wide.
    private static func split(_ run: Run, width first: Int, then: Int) -> [Run] {
        var pieces: [Run] = []
        var text = ""
        var textWidth = 0
        var limit = max(1, first)
        var offset = run.start ?? 0
        var pieceStart = offset
        for character in run.text {
            let characterWidth = DisplayWidth.of(character)
            if textWidth + characterWidth > limit, !text.isEmpty {
                pieces.append(Run(text: text, start: pieceStart, kind: run.kind))
                text = ""
                textWidth = 0
                limit = then
                pieceStart = offset
            }
            text.append(character)
            textWidth += characterWidth
            offset += character.unicodeScalars.count
        }
        if !text.isEmpty { pieces.append(Run(text: text, start: pieceStart, kind: run.kind)) }
        return pieces
    }
}
