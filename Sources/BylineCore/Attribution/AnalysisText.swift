/// An article prepared for analysis: its text as an array of Unicode scalars (so that offsets
/// are array indices), its paragraphs and its sentences.
///
/// Every stage of the analysis reads the same `AnalysisText`, so the text is scanned and
/// segmented once.
public struct AnalysisText: Sendable {
    /// The article the text comes from.
    public let article: Article
    /// The article's text, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// The sentences of every paragraph, in text order.
    public let sentences: [Sentence]

    /// Prepares `article` for analysis.
    public init(_ article: Article) {
        self.article = article
        let scalars = Array(article.text.unicodeScalars)
        self.scalars = scalars
        self.sentences = article.paragraphs.enumerated().flatMap { index, paragraph in
            Segmenter.sentences(in: scalars, range: paragraph.range).map { Sentence(range: $0, paragraphIndex: index) }
        }
    }

    /// The text of `range` as a string.
    public func string(_ range: TextRange) -> String {
        String(String.UnicodeScalarView(scalars[max(0, range.start)..<min(scalars.count, range.end)]))
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

    /// Creates a sentence.
    public init(range: TextRange, paragraphIndex: Int) {
        self.range = range
        self.paragraphIndex = paragraphIndex
    }
}
