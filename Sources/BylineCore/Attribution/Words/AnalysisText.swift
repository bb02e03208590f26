/// An article prepared for analysis: its text as an array of Unicode scalars (so that offsets
/// are array indices), its tokens, paragraphs and sentences.
///
/// Every stage of the analysis reads the same `AnalysisText`, so the text is scanned,
/// tokenized and segmented once.
public struct AnalysisText: Sendable {
    /// The article the text comes from.
    public let article: Article
    /// The article's text, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// Every token of every paragraph, in text order.
    public let tokens: [Token]
    /// For each paragraph of the article, the indices of its tokens in `tokens`.
    public let paragraphTokens: [Range<Int>]
    /// The sentences of every paragraph, in text order.
    public let sentences: [Sentence]

    /// Prepares `article` for analysis.
    public init(_ article: Article) {
        self.article = article
        let scalars = [Unicode.Scalar](scalarsOf: article.text)
        self.scalars = scalars
        var tokens: [Token] = []
        // Prose has about one token per five or six scalars: reserving a quarter of the text
        // spares the copies (and the moments with two buffers) of an array grown by doubling.
        tokens.reserveCapacity(scalars.count / 4 + 16)
        var paragraphTokens: [Range<Int>] = []
        var sentences: [Sentence] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            let range = TextRange(start: max(0, paragraph.range.start), end: min(scalars.count, paragraph.range.end))
            let offset = tokens.count
            Tokenizer.append(in: scalars, range: range, to: &tokens)
            for span in Segmenter.sentences(of: tokens[offset...], in: scalars) {
                sentences.append(Sentence(
                    range: TextRange(start: tokens[span.lowerBound].range.start, end: tokens[span.upperBound - 1].range.end),
                    paragraphIndex: index,
                    tokenRange: span
                ))
            }
            paragraphTokens.append(offset..<tokens.count)
        }
        self.tokens = tokens
        self.paragraphTokens = paragraphTokens
        self.sentences = sentences
    }

    /// The text of `range` as a string.
    public func string(_ range: TextRange) -> String {
        scalars.string(in: range)
    }

    /// A mention of the words in `range`.
    public func mention(_ range: TextRange) -> Mention {
        Mention(text: string(range), range: range)
    }
}

/// A sentence of an article.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence lies in the article's text.
    public var range: TextRange
    /// The index of the paragraph that holds it.
    public var paragraphIndex: Int
    /// The indices of its tokens in `AnalysisText.tokens`.
    public var tokenRange: Range<Int>

    /// Creates a sentence.
    public init(range: TextRange, paragraphIndex: Int, tokenRange: Range<Int> = 0..<0) {
        self.range = range
        self.paragraphIndex = paragraphIndex
        self.tokenRange = tokenRange
    }
}
