/// How a plain-text article is laid out: the header it opens with (title, site, byline,
/// date), the body paragraphs, and the boilerplate around them that is left out.
///
/// It works on ranges of the text it is given, so the same layout serves a normalised article
/// and the verbatim text whose offsets must index the input file.
struct PlainTextLayout {
    /// One body paragraph: where it is and what kind of block it is.
    struct BodyParagraph: Hashable, Sendable {
        /// The paragraph's lines in the text.
        var block: TextBlock
        /// Body text, or a heading between paragraphs.
        var kind: Paragraph.Kind
    }

    /// The headline, when the text opens with one.
    private(set) var title: String?
    /// The publication, when the header names it.
    private(set) var site: String?
    /// The authors of a byline under the title.
    private(set) var authors: [String] = []
    /// The date of a dateline under the title, as ISO 8601.
    private(set) var published: String?
    /// The body paragraphs in order.
    private(set) var body: [BodyParagraph] = []
    /// The line the title was read from, when there is one.
    private(set) var titleRange: TextRange?

    /// Lays out the text whose scalars are `scalars`; `isNormalized` tells that they went
    /// through `TextNormalizer` already, so the detectors need not normalise them again.
    init(scalars: [Unicode.Scalar], isNormalized: Bool) {
        let text = RangeText(scalars: scalars, isNormalized: isNormalized)
        var blocks = ArraySlice(ParagraphSplitter.blocks(in: scalars))
        if let found = Self.findHeader(in: blocks, text: text) {
            let header = found.header
            blocks = blocks.dropFirst(found.skipped)
            title = header.title
            site = header.site
            titleRange = Self.headerLineRanges(of: blocks)[header.titleLine]
            blocks = Self.dropLines(header.lineCount, from: blocks)
        }
        readCreditLines(from: &blocks, text: text)
        let ends = BoilerplateTrimmer.ends(count: blocks.count) { text.boilerplateScore(blocks[blocks.startIndex + $0].range) }
        let kept = blocks.dropFirst(ends.head).dropLast(ends.tail)
        body = kept.enumerated().map { offset, block in
            let isInner = offset > 0 && offset < kept.count - 1
            return BodyParagraph(block: block, kind: isInner && Self.isHeading(block, text: text) ? .heading : .body)
        }
    }

    /// How many blocks of page furniture come before the header, and the header: a repeated
    /// title within the first few blocks, else any header at the top, else any header right
    /// after the boilerplate the text opens with. A repeated title is looked for once at each start.
    private static func findHeader(
        in blocks: ArraySlice<TextBlock>,
        text: RangeText
    ) -> (skipped: Int, header: TitleHeader)? {
        let searched = min(blocks.count, maximumFurnitureAboveTitle)
        for skipped in 0..<searched {
            if let header = repeatedTitle(of: blocks.dropFirst(skipped), text: text) { return (skipped, header) }
        }
        if let header = singleLineHeader(of: blocks, text: text) { return (0, header) }
        let furniture = BoilerplateTrimmer.runLength(over: blocks.indices) { text.boilerplateScore(blocks[$0].range) }
        guard furniture > 0 else { return nil }
        let rest = blocks.dropFirst(furniture)
        if furniture >= searched, let header = repeatedTitle(of: rest, text: text) { return (furniture, header) }
        return singleLineHeader(of: rest, text: text).map { (furniture, $0) }
    }

    /// How far down a repeated title is looked for, in blocks.
    private static let maximumFurnitureAboveTitle = 6

    /// The repeated title at the start of `blocks`, if there is one. A first line too long
    /// for any header (most lines of prose) is measured, not made into text.
    private static func repeatedTitle(of blocks: ArraySlice<TextBlock>, text: RangeText) -> TitleHeader? {
        let ranges = headerLineRanges(of: blocks).map { $0.prefix(headerLineLimit) }
        guard ranges.count == 2, !text.isLonger(ranges[0], than: TitleHeaderDetector.longestHeaderLine) else { return nil }
        return TitleHeaderDetector.repeatedTitle(text(ranges[0]), text(ranges[1]))
    }

    /// The header the first line of `blocks` makes on its own, if it makes one.
    private static func singleLineHeader(of blocks: ArraySlice<TextBlock>, text: RangeText) -> TitleHeader? {
        guard let first = blocks.first else { return nil }
        return TitleHeaderDetector.singleLineHeader(
            text(first.lines[0].prefix(headerLineLimit)),
            firstLineStandsAlone: first.lines.count == 1,
            hasMoreText: blocks.count > 1
        )
    }

    /// How much of a line is read for a header, in scalars: one more than any header line may
    /// hold (a header needs no more to be refused), so that a text of one huge line is not
    /// copied for every look.
    private static let headerLineLimit = 2 * TitleHeaderDetector.longestHeaderLine + 1

    /// The first line of `blocks` and the line after it, wherever it is.
    private static func headerLineRanges(of blocks: ArraySlice<TextBlock>) -> [TextRange] {
        guard let first = blocks.first else { return [] }
        let nextLine = first.lines.count > 1 ? first.lines[1] : blocks.dropFirst().first?.lines[0]
        return [first.lines[0]] + (nextLine.map { [$0] } ?? [])
    }

    /// Takes a byline and a dateline, in either order, from the lines right under the title
    /// (or at the top when there is no title).
    private mutating func readCreditLines(from blocks: inout ArraySlice<TextBlock>, text: RangeText) {
        for _ in 0..<2 {
            guard blocks.count > 1, let line = blocks.first?.lines[0] else { return }
            let words = text(line)
            if authors.isEmpty, let names = CreditLineParser.authors(in: words) {
                authors = names
                published = published ?? CreditLineParser.date(in: words)
            } else if published == nil, CreditLineParser.isDateline(words) {
                published = CreditLineParser.date(in: words)
            } else {
                return
            }
            blocks = Self.dropLines(1, from: blocks)
        }
    }

    /// `blocks` without their first `count` lines, counted across blocks.
    private static func dropLines(_ count: Int, from blocks: ArraySlice<TextBlock>) -> ArraySlice<TextBlock> {
        var remaining = count
        var blocks = blocks
        while remaining > 0, let first = blocks.first {
            let taken = min(remaining, first.lines.count)
            remaining -= taken
            blocks = blocks.dropFirst()
            if let rest = first.droppingLines(taken) {
                blocks = ArraySlice([rest] + blocks)
            }
        }
        return blocks
    }

    /// A one-line paragraph of a few words that does not end like a sentence: a subheading.
    private static func isHeading(_ block: TextBlock, text: RangeText) -> Bool {
        guard block.lines.count == 1, block.range.length <= longestHeading,
              text.scalars[block.range.start].properties.isUppercase,
              !".!?…:;".unicodeScalars.contains(text.scalars[block.range.end - 1]) else { return false }
        let line = text(block.range)
        guard let first = line.unicodeScalars.first, first.properties.isUppercase else { return false }
        return line.split(separator: " ").count <= 12 && !BoilerplateScorer.endsLikeSentence(line)
    }

    /// Subheadings are at most this long, in scalars.
    private static let longestHeading = 120
}

/// The normalised text of ranges of an article's scalars, white space collapsed, as the
/// detectors read it. Only the first `limit` scalars of a range are looked at, so that an
/// enormous paragraph costs no more than a long one: every detector judges short text. Each
/// range is made into text once: the header is looked for at several starts, and each look
/// reads the lines the one before read; each range is scored once too.
struct RangeText {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]
    /// Whether `scalars` went through `TextNormalizer` already.
    let isNormalized: Bool
    /// How many scalars of a range are read.
    let limit = 2 * BoilerplateScorer.longestBoilerplate
    private let made = MadeTexts()

    init(scalars: [Unicode.Scalar], isNormalized: Bool) {
        self.scalars = scalars
        self.isNormalized = isNormalized
    }

    /// The normalised, collapsed text of (the start of) `range`.
    func callAsFunction(_ range: TextRange) -> String {
        let key = range.prefix(limit)
        if let text = made.texts[key] { return text }
        WorkMeter.count(.scalarsRead, key.length)
        let text = isNormalized
            ? ParagraphSplitter.collapsingWhitespace(in: scalars, range: key)
            : ParagraphSplitter.collapsingWhitespace(in: TextNormalizer.normalize(String(scalars: scalars[key.start..<key.end])), range: TextRange(start: 0, end: .max))
        made.texts[key] = text
        return text
    }

    /// Whether the text of (the start of) `range` is longer than `length` scalars, counted on
    /// the scalars, without making the text, when they are normalised already.
    func isLonger(_ range: TextRange, than length: Int) -> Bool {
        guard isNormalized else { return self(range).unicodeScalarCount > length }
        // As `ParagraphSplitter.collapsingWhitespace` makes it: a run of white space between
        // two other scalars is one space.
        var count = 0
        var pendingSpace = false
        let read = range.prefix(limit)
        for scalar in scalars[read.start..<read.end] {
            if scalar.isWhitespaceQuickly {
                pendingSpace = count > 0
                continue
            }
            count += pendingSpace ? 2 : 1
            pendingSpace = false
            if count > length { return true }
        }
        return false
    }

    /// The boilerplate score of the text in `range`; ranges too long to be furniture score as
    /// prose. Each range is scored once: the header search and the trimming both walk the ends.
    func boilerplateScore(_ range: TextRange) -> Int {
        guard range.length <= limit else { return BoilerplateScorer.Signal.length.weight }
        if let score = made.scores[range] { return score }
        WorkMeter.count(.scalarsRead, range.length)
        let score = BoilerplateScorer.score(self(range))
        made.scores[range] = score
        return score
    }

    /// The texts made and the scores given so far, by range.
    private final class MadeTexts {
        var texts: [TextRange: String] = [:]
        var scores: [TextRange: Int] = [:]
    }
}

private extension TextRange {
    /// The first `length` scalars of the range, or all of it when it is shorter.
    func prefix(_ length: Int) -> TextRange {
        TextRange(start: start, end: min(end, start + length))
    }
}
