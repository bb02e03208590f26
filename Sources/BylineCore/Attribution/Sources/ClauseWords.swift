/// A word or a punctuation mark of a clause, as the source and claim rules read it.
struct ClauseWord: Hashable, Sendable {
    /// Where the word lies in the article's text.
    var range: TextRange
    /// The word as written, apostrophes folded to `'`.
    var text: String
    /// Whether the token is a word (letters or digits), not a punctuation mark.
    var isWord: Bool

    /// The word in lower case, for lexicon look-ups.
    var folded: String { text.lowercased() }

    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }

    /// Whether the token is the punctuation mark `mark`.
    func isMark(_ mark: String) -> Bool { !isWord && text == mark }
}

/// Splits a stretch of text into `ClauseWord`s: words with their inner apostrophes, hyphens
/// and abbreviation dots ("King's", "state-run", "U.S."), and single punctuation marks.
/// White space is dropped. Linear in the length of the stretch.
enum ClauseWords {
    /// The words and marks of `range` in `scalars`.
    static func scan(_ scalars: [Unicode.Scalar], range: TextRange) -> [ClauseWord] {
        let end = min(range.end, scalars.count)
        var words: [ClauseWord] = []
        var index = max(0, range.start)
        while index < end {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            guard isWordScalar(scalar) else {
                let folded = isApostrophe(scalar) ? "'" : String(scalar)
                words.append(ClauseWord(range: TextRange(start: index, end: index + 1), text: folded, isWord: false))
                index += 1
                continue
            }
            let start = index
            var text = String.UnicodeScalarView()
            while index < end {
                let current = scalars[index]
                if isWordScalar(current) {
                    text.append(current)
                    index += 1
                } else if isJoiner(current), index + 1 < end, isWordScalar(scalars[index + 1]) {
                    text.append(isApostrophe(current) ? "'" : current)
                    index += 1
                } else if current == ".", isAbbreviation(text) {
                    text.append(current)
                    index += 1
                } else {
                    break
                }
            }
            words.append(ClauseWord(range: TextRange(start: start, end: index), text: String(text), isWord: true))
        }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        isApostrophe(scalar) || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// Whether a dot after `text` belongs to it: single letters ("U", "S" in "U.S.") and
    /// forms that already hold a dot.
    private static func isAbbreviation(_ text: String.UnicodeScalarView) -> Bool {
        guard let last = text.last else { return false }
        if text.contains(".") || (text.count == 1 && last.properties.isUppercase) { return true }
        return TitleLexicon.abbreviatedTitles.contains(String(text).lowercased())
    }
}
