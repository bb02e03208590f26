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
    /// Whether the word starts with an upper-case letter.
    let isCapitalized: Bool

    /// Creates a word; its lower-case form and capitalisation are worked out once.
    init(range: TextRange, text: String, isWord: Bool, folded: String? = nil) {
        self.range = range
        self.text = text
        self.isWord = isWord
        self.folded = folded ?? text.lowercased()
        self.isCapitalized = text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false
    }

    /// Whether the token is the punctuation mark `mark`.
    func isMark(_ mark: String) -> Bool { !isWord && text == mark }
}

/// Reads the tokens of a stretch of text as `ClauseWord`s.
enum ClauseWords {
    /// The words and marks of the tokens `tokens` of `text`. The period of an abbreviation
    /// that never ends a sentence joins its word ("Dr.", "St.").
    static func words(of tokens: ArraySlice<Token>, in text: AnalysisText) -> [ClauseWord] {
        var words: [ClauseWord] = []
        words.reserveCapacity(tokens.count)
        var bytes: [UInt8] = []
        var lowerBytes: [UInt8] = []
        for token in tokens {
            let isWord = token.kind == .word || token.kind == .number
            bytes.removeAll(keepingCapacity: true)
            lowerBytes.removeAll(keepingCapacity: true)
            var isASCII = true
            for offset in token.range.start..<token.range.end {
                var scalar = text.scalars[offset]
                if isWord, scalar == "\u{2019}" { scalar = "'" }
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    bytes.append(byte)
                    lowerBytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                } else {
                    isASCII = false
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
            let written = String(decoding: bytes, as: UTF8.self)
            let folded = isASCII ? String(decoding: lowerBytes, as: UTF8.self) : written.lowercased()
            if let last = words.last, last.isWord, written == ".", last.range.end == token.range.start,
               Abbreviations.neverFinal.contains(last.text) {
                words[words.count - 1] = ClauseWord(range: TextRange(start: last.range.start, end: token.range.end), text: last.text + ".", isWord: true)
                continue
            }
            words.append(ClauseWord(range: token.range, text: written, isWord: isWord, folded: folded))
        }
        return words
    }

    /// The words of a short string, such as a name ("Samuel Stanton" → "Samuel", "Stanton").
    static func words(of string: String) -> [String] {
        let scalars = Array(string.unicodeScalars)
        return Tokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count)).map { token in
            String(String.UnicodeScalarView(scalars[token.range.start..<token.range.end].map { ScalarClass.isApostropheLike($0) ? "'" : $0 }))
        }
    }
}
