/// A W3C Web Annotation `TextQuoteSelector`: the highlighted words with a little of the text
/// around them, so that the highlight can be found again after the text changes.
public struct TextQuoteSelector: Hashable, Sendable, Codable {
    /// How many scalars of context `prefix` and `suffix` keep at most.
    public static let contextLength = 32

    /// The highlighted words, exactly.
    public var exact: String
    /// Up to `contextLength` scalars just before the highlight.
    public var prefix: String
    /// Up to `contextLength` scalars just after the highlight.
    public var suffix: String

    /// Creates a selector.
    public init(exact: String, prefix: String, suffix: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// A W3C Web Annotation `TextPositionSelector`: where the highlight lies, in Unicode scalar
/// offsets into the article's text (half-open).
public struct TextPositionSelector: Hashable, Sendable, Codable {
    /// The offset of the first highlighted scalar.
    public var start: Int
    /// The offset one past the last highlighted scalar.
    public var end: Int

    /// Creates a selector.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The selector as a text range.
    public var range: TextRange { TextRange(start: start, end: end) }
}

/// Both selectors of one highlight, the way hypothes.is anchors annotations: the position is
/// tried first, then the quote, then an approximate match of the quote.
public struct TextAnchor: Hashable, Sendable, Codable {
    /// The highlighted words and their context.
    public var quote: TextQuoteSelector
    /// Where the highlight was when it was last placed.
    public var position: TextPositionSelector

    /// Creates an anchor from both selectors.
    public init(quote: TextQuoteSelector, position: TextPositionSelector) {
        self.quote = quote
        self.position = position
    }

    /// The anchor of `range` in `scalars` (an article's text as scalars). The range is clamped
    /// to the text.
    public init(range: TextRange, in scalars: [Unicode.Scalar]) {
        let start = min(max(0, range.start), scalars.count)
        let end = min(max(start, range.end), scalars.count)
        let context = TextQuoteSelector.contextLength
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(scalars: slice) }
        quote = TextQuoteSelector(
            exact: string(scalars[start..<end]),
            prefix: string(scalars[max(0, start - context)..<start]),
            suffix: string(scalars[end..<min(scalars.count, end + context)])
        )
        position = TextPositionSelector(start: start, end: end)
    }
}
