/// A span of text between quotation marks.
public struct Quotation: Hashable, Sendable {
    /// The quoted words, without the marks.
    public var range: TextRange
    /// The index in `AnalysisText.tokens` of the opening mark, or `nil` when the quotation
    /// continues from the paragraph before without one.
    public var openToken: Int?
    /// The index of the closing mark, or `nil` when the quotation runs to the paragraph's end.
    public var closeToken: Int?
    /// The paragraph that holds it.
    public var paragraphIndex: Int
    /// Whether it carries on a quotation left open at the end of the paragraph before
    /// (the news convention for quotations of several paragraphs).
    public var continuesPreviousParagraph: Bool
}

/// Finds quotations in an article, paragraph by paragraph, in one linear pass over the tokens.
///
/// Double marks (" “ ” „ « » 「 」 『 』) quote at the top level; single marks (' ‘ ’ ‹ ›) quote
/// only outside double ones, so that nested quotations stay inside their host. Whether a
/// straight or ambiguous mark opens or closes is read from the spaces around it. A quotation
/// never crosses a paragraph boundary, except in the multi-paragraph convention: a paragraph
/// that ends inside an open quotation and a next paragraph that opens with a quotation mark.
public enum QuotationScanner {
    /// The quotations of `text`, in text order.
    public static func quotations(in text: AnalysisText) -> [Quotation] {
        var result: [Quotation] = []
        var carriesOpenQuotation = false
        for (paragraphIndex, tokenRange) in text.paragraphTokens.enumerated() {
            let nextOpensWithQuote = paragraphIndex + 1 < text.paragraphTokens.count
                && opensWithDoubleMark(text.paragraphTokens[paragraphIndex + 1], in: text)
            var scanner = ParagraphScan(text: text, tokens: tokenRange, paragraphIndex: paragraphIndex)
            scanner.run(startsInsideQuotation: carriesOpenQuotation && opensWithDoubleMark(tokenRange, in: text))
            carriesOpenQuotation = scanner.endsInsideQuotation(willReopen: nextOpensWithQuote)
            result.append(contentsOf: scanner.found)
        }
        return result
    }

    private static func opensWithDoubleMark(_ tokens: Range<Int>, in text: AnalysisText) -> Bool {
        guard let first = tokens.first, text.tokens[first].kind == .quoteMark else { return false }
        let mark = MarkShape(at: first, in: text)
        return mark.family == .double && mark.canOpen
    }
}

/// How a quotation mark looks where it stands.
struct MarkShape {
    enum Family { case double, single }
    let family: Family
    let canOpen: Bool
    let canClose: Bool

    init(at tokenIndex: Int, in text: AnalysisText) {
        let token = text.tokens[tokenIndex]
        let index = token.range.start
        let scalar = token.range.length == 2 ? "\"" : text.scalars[index]
        let before: Unicode.Scalar? = index > 0 ? text.scalars[index - 1] : nil
        let after: Unicode.Scalar? = token.range.end < text.scalars.count ? text.scalars[token.range.end] : nil
        let spaceBefore = before.map { ScalarClass.isSpace($0) || "([{—–-/".unicodeScalars.contains($0) || ScalarClass.isQuoteMark($0) } ?? true
        let spaceAfter = after.map { ScalarClass.isSpace($0) || ".,;:!?)]}—–…".unicodeScalars.contains($0) || ScalarClass.isQuoteMark($0) } ?? true
        switch scalar {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{300C}", "\u{300E}", "\u{301D}":
            family = .double
            // “ also closes a „ quotation (German style); it opens when spaced like an opener.
            canOpen = true
            canClose = scalar == "\u{201C}" && !spaceBefore && spaceAfter
        case "\u{201D}", "\u{00BB}", "\u{300D}", "\u{300F}", "\u{301E}":
            family = .double
            canClose = true
            canOpen = scalar == "\u{201D}" && spaceBefore && !spaceAfter
        case "\"", "\u{FF02}", "\u{201F}":
            family = .double
            canOpen = !spaceAfter || spaceBefore
            canClose = !spaceBefore || spaceAfter
        case "\u{2018}", "\u{201A}", "\u{2039}", "\u{201B}":
            family = .single
            canOpen = !spaceAfter
            canClose = false
        case "\u{2019}", "\u{203A}":
            family = .single
            canOpen = false
            canClose = !spaceBefore
        default:
            family = .single
            canOpen = spaceBefore && !spaceAfter
            canClose = !spaceBefore && spaceAfter
        }
    }
}

/// The scan of one paragraph.
private struct ParagraphScan {
    let text: AnalysisText
    let tokens: Range<Int>
    let paragraphIndex: Int
    private(set) var found: [Quotation] = []
    private var doubleOpen: Int?
    private var singleOpen: Int?
    private var openedFromPrevious = false
    private var lastMark: Int?
    private var contentStart: Int?

    init(text: AnalysisText, tokens: Range<Int>, paragraphIndex: Int) {
        self.text = text
        self.tokens = tokens
        self.paragraphIndex = paragraphIndex
    }

    mutating func run(startsInsideQuotation: Bool) {
        WorkMeter.count(.tokensVisited, tokens.count)
        for index in tokens where text.tokens[index].kind == .quoteMark {
            let mark = MarkShape(at: index, in: text)
            if mark.family == .double {
                handleDouble(index, mark, continuing: startsInsideQuotation && index == tokens.lowerBound)
            } else if doubleOpen == nil {
                handleSingle(index, mark)
            }
        }
    }

    private mutating func handleDouble(_ index: Int, _ mark: MarkShape, continuing: Bool) {
        singleOpen = nil
        defer { lastMark = index }
        if doubleOpen == nil, mark.canClose, !mark.canOpen, index > tokens.lowerBound {
            // A closing mark with no opener (the opener was left out): the quotation runs
            // from the sentence after the last quotation mark, or from the paragraph's start.
            let start = lastMark.map { text.sentences[sentenceIndex(of: $0)].tokenRange.upperBound } ?? tokens.lowerBound
            if start < index, start >= tokens.lowerBound { emit(open: nil, close: index, from: start) }
            return
        }
        if let open = doubleOpen {
            if mark.canClose {
                emit(open: open, close: index)
                doubleOpen = nil
            } else {
                // A second opener: the first was never closed. Keep it bounded and start again.
                doubleOpen = index
                openedFromPrevious = false
            }
        } else if mark.canOpen {
            doubleOpen = index
            openedFromPrevious = continuing
        }
    }

    private mutating func handleSingle(_ index: Int, _ mark: MarkShape) {
        if let open = singleOpen, mark.canClose {
            if index > open + 1 { emit(open: open, close: index) }
            singleOpen = nil
        } else if mark.canOpen {
            singleOpen = index
        }
    }

    /// The index of the sentence that holds the token at `token`.
    private func sentenceIndex(of token: Int) -> Int {
        var low = 0
        var high = text.sentences.count
        while low < high {
            let middle = (low + high) / 2
            if text.sentences[middle].tokenRange.upperBound <= token { low = middle + 1 } else { high = middle }
        }
        return min(low, text.sentences.count - 1)
    }

    private mutating func emit(open: Int?, close: Int?, from startToken: Int? = nil) {
        let start = open.map { text.tokens[$0].range.end } ?? text.tokens[startToken ?? tokens.lowerBound].range.start
        let end = close.map { text.tokens[$0].range.start } ?? text.tokens[tokens.upperBound - 1].range.end
        guard end > start else { return }
        found.append(Quotation(
            range: trimmed(TextRange(start: start, end: end)),
            openToken: open,
            closeToken: close,
            paragraphIndex: paragraphIndex,
            continuesPreviousParagraph: openedFromPrevious && open == tokens.lowerBound
        ))
        openedFromPrevious = false
    }

    /// Closes what is still open at the paragraph's end, and says whether the quotation carries
    /// on into the next paragraph.
    mutating func endsInsideQuotation(willReopen: Bool) -> Bool {
        guard let open = doubleOpen else { return false }
        doubleOpen = nil
        // An unclosed mark as the last token quotes nothing.
        guard open + 1 < tokens.upperBound else { return false }
        emit(open: open, close: nil)
        return willReopen
    }

    private func trimmed(_ range: TextRange) -> TextRange {
        var start = range.start
        var end = range.end
        while start < end, ScalarClass.isSpace(text.scalars[start]) { start += 1 }
        while end > start, ScalarClass.isSpace(text.scalars[end - 1]) { end -= 1 }
        return TextRange(start: start, end: end)
    }
}
