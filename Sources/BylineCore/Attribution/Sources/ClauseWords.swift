/// A word or a punctuation mark of a clause, as the source and claim rules read it.
struct ClauseWord: Hashable, Sendable {
    /// Where the word lies in the article's text.
    var range: TextRange
    /// The word as written, apostrophes folded to `'`.
    let text: String
    /// Whether the token is a word (letters or digits), not a punctuation mark.
    let isWord: Bool
    /// The word in lower case, for lexicon look-ups.
    let folded: String
    /// The `WordHash` of `folded`.
    let foldedHash: UInt64
    /// Whether the word starts with an upper-case letter.
    let isCapitalized: Bool
    /// The lemma of the reporting verb the word can be ("warned" → "warn"), whatever its context.
    let reportingLemma: String?

    /// Creates a word; its lower-case form and capitalisation are worked out once, unless
    /// the caller knows them already.
    init(range: TextRange, text: String, isWord: Bool, folded: String? = nil, foldedHash: UInt64? = nil, isCapitalized: Bool? = nil,
         reportingLemma: String? = nil) {
        self.range = range
        self.text = text
        self.isWord = isWord
        let folded = folded ?? text.lowercased()
        self.folded = folded
        self.foldedHash = foldedHash ?? WordHash.of(folded)
        self.isCapitalized = isCapitalized ?? text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false
        self.reportingLemma = reportingLemma
    }

    /// Whether the token is the punctuation mark `mark`.
    func isMark(_ mark: String) -> Bool { !isWord && text == mark }
}

/// Reads the tokens of a stretch of text as `ClauseWord`s.
enum ClauseWords {
    /// The words and marks of the tokens `tokens` (indices into `text.tokens`). The period of
    /// an abbreviation that never ends a sentence joins its word ("Dr.", "St.").
    static func words(of tokens: Range<Int>, in text: AnalysisText) -> [ClauseWord] {
        var words: [ClauseWord] = []
        words.reserveCapacity(tokens.count)
        for index in tokens {
            let token = text.tokens[index]
            let isWord = token.kind == .word || token.kind == .number
            var written = text.written[index]
            var folded = text.lowered[index]
            var foldedHash = text.loweredHashes[index]
            if isWord, text.scalars[token.range.start..<token.range.end].contains("\u{2019}") {
                written = foldingApostrophes(written)
                folded = foldingApostrophes(folded)
                foldedHash = WordHash.of(folded)
            }
            if written == ".", let last = words.last, last.isWord, last.range.end == token.range.start,
               Abbreviations.neverFinal.contains(last.text) {
                words[words.count - 1] = ClauseWord(range: TextRange(start: last.range.start, end: token.range.end), text: last.text + ".", isWord: true)
                continue
            }
            words.append(ClauseWord(range: token.range, text: written, isWord: isWord, folded: folded, foldedHash: foldedHash,
                                    isCapitalized: ScalarClass.isUppercase(text.scalars[token.range.start]),
                                    reportingLemma: text.reportingLemmas[index]))
        }
        return words
    }

    /// `word` with its typographic apostrophes written as `'`.
    private static func foldingApostrophes(_ word: String) -> String {
        String(scalars: word.unicodeScalars.lazy.map { $0 == "\u{2019}" ? "'" : $0 })
    }

    /// The words of a short string, such as a name ("Samuel Stanton" → "Samuel", "Stanton").
    static func words(of string: String) -> [String] {
        let scalars = Array(string.unicodeScalars)
        return Tokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count)).map { token in
            String(scalars: scalars[token.range.start..<token.range.end].map { ScalarClass.isApostropheLike($0) ? "'" : $0 })
        }
    }
}
