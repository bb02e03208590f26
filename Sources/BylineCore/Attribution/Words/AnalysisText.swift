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
        // Reserved at one scalar a byte: text outside ASCII leaves room unused, given back.
        let scalars = [Unicode.Scalar](scalarsOf: article.text).withoutSpareCapacity()
        self.scalars = scalars
        var tokens: [Token] = []
        // Reserved at the count the text will almost always make: no copies (and moments with
        // two buffers) of an array grown by doubling, and little room left unused.
        tokens.reserveCapacity(Self.likelyTokenCount(scalars) + 16)
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
        // What the reservation and the doubling left unused would stay for the whole analysis.
        self.tokens = tokens.withoutSpareCapacity()
        self.paragraphTokens = paragraphTokens
        self.sentences = sentences.withoutSpareCapacity()
    }

    /// About how many tokens `scalars` make, counted where the tokenizer starts them: at a
    /// letter or digit after anything else, and at every other visible scalar. Exact for
    /// words, numbers and marks, over for inner apostrophes, hyphens and acronym periods,
    /// under only for a number run into letters ("1990s"), where the array grows.
    private static func likelyTokenCount(_ scalars: [Unicode.Scalar]) -> Int {
        scalars.withUnsafeBufferPointer { scalars in
            var count = 0
            var previousIsAlphanumeric = false
            for scalar in scalars {
                let value = scalar.value
                let isAlphanumeric: Bool
                let isSpace: Bool
                if value < 0x80 {
                    // ASCII, most scalars, without the general classes' checks.
                    isAlphanumeric = (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
                    isSpace = value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D
                } else {
                    isAlphanumeric = ScalarClass.isAlphanumeric(scalar)
                    isSpace = !isAlphanumeric && ScalarClass.isSpace(scalar)
                }
                if isAlphanumeric ? !previousIsAlphanumeric : !isSpace { count += 1 }
                previousIsAlphanumeric = isAlphanumeric
            }
            return count
        }
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
    // Kept as 32-bit numbers, like a token's offsets: 20 bytes instead of 40 (values past
    // 2^32 clamp).
    private var start: UInt32
    private var end: UInt32
    private var paragraph: UInt32
    private var firstToken: UInt32
    private var endToken: UInt32

    /// Where the sentence lies in the article's text.
    public var range: TextRange {
        get { TextRange(start: Int(start), end: Int(end)) }
        set {
            start = UInt32(clamping: newValue.start)
            end = UInt32(clamping: newValue.end)
        }
    }

    /// The index of the paragraph that holds it.
    public var paragraphIndex: Int {
        get { Int(paragraph) }
        set { paragraph = UInt32(clamping: newValue) }
    }

    /// The indices of its tokens in `AnalysisText.tokens`.
    public var tokenRange: Range<Int> {
        get { Int(firstToken)..<Int(endToken) }
        set {
            firstToken = UInt32(clamping: newValue.lowerBound)
            endToken = UInt32(clamping: newValue.upperBound)
        }
    }

    /// Creates a sentence.
    public init(range: TextRange, paragraphIndex: Int, tokenRange: Range<Int> = 0..<0) {
        start = UInt32(clamping: range.start)
        end = UInt32(clamping: range.end)
        paragraph = UInt32(clamping: paragraphIndex)
        firstToken = UInt32(clamping: tokenRange.lowerBound)
        endToken = UInt32(clamping: tokenRange.upperBound)
    }
}

extension Array {
    /// The array in storage of its own size: a copy when more than an eighth of its
    /// capacity is unused, itself otherwise.
    func withoutSpareCapacity() -> [Element] {
        guard capacity - count > count / 8 else { return self }
        return withUnsafeBufferPointer { [Element]($0) }
    }
}
