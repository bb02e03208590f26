/// Splits prose into words, numbers, punctuation and quotation marks, in one linear pass.
public enum Tokenizer {
    /// The tokens of `range` of `scalars`, in text order. White space yields no token.
    public static func tokens(in scalars: [Unicode.Scalar], range: TextRange) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(max(0, range.length) / 5)
        append(in: scalars, range: range, to: &tokens)
        return tokens
    }

    /// Appends the tokens of `range` of `scalars` to `tokens`, in text order (no array of the
    /// range's own is made, so a text of one huge paragraph is not held twice).
    public static func append(in scalars: [Unicode.Scalar], range: TextRange, to tokens: inout [Token]) {
        // The buffer is read unchecked: the range must lie inside it.
        let start = min(max(0, range.start), scalars.count)
        let range = TextRange(start: start, end: min(max(start, range.end), scalars.count))
        let before = tokens.count
        scalars.withUnsafeBufferPointer { append(in: $0, range: range, to: &tokens) }
        WorkMeter.count(.tokensVisited, tokens.count - before)
    }

    /// Appends the tokens of `range` of `scalars`, read straight from the buffer.
    private static func append(in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: TextRange, to tokens: inout [Token]) {
        var index = range.start
        while index < range.end {
            let scalar = scalars[index]
            if ScalarClass.isSpace(scalar) {
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if ScalarClass.isLetter(scalar) || (ScalarClass.isApostropheLike(scalar) && ScalarClass.isApostrophe(at: index, in: scalars, range: range)) {
                index = endOfWord(from: index, in: scalars, range: range)
                kind = .word
            } else if ScalarClass.isDigit(scalar) {
                index = endOfNumber(from: index, in: scalars, range: range)
                kind = scalars[start..<index].contains("-") ? .word : .number
            } else if ScalarClass.isQuoteMark(scalar) {
                // Two single marks in a row ('' ‘‘ ’’ ``) are typed for one double mark.
                index += ScalarClass.isDoubledMark(at: index, in: scalars, range: range) ? 2 : 1
                kind = .quoteMark
            } else if scalar == "`", index + 1 < range.end, scalars[index + 1] == "`" {
                index += 2
                kind = .quoteMark
            } else if scalar == ".", index + 2 < range.end, scalars[index + 1] == ".", scalars[index + 2] == "." {
                index += 3
                kind = .punctuation
            } else {
                index += 1
                kind = .punctuation
            }
            tokens.append(Token(range: TextRange(start: start, end: index), kind: kind))
        }
    }

    /// The end of the word starting at `start`: letters and digits, joined by inner apostrophes and
    /// hyphens, and acronym periods (U.S., J.R.R.) when a letter follows each period.
    private static func endOfWord(from start: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: TextRange) -> Int {
        var index = start + 1
        while index < range.end {
            let scalar = scalars[index]
            if ScalarClass.isAlphanumeric(scalar) || (!scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark) {
                index += 1
            } else if ScalarClass.isApostropheLike(scalar), ScalarClass.isApostrophe(at: index, in: scalars, range: range) {
                index += 1
            } else if (scalar == "-" || scalar == "\u{2011}"), index + 1 < range.end, ScalarClass.isAlphanumeric(scalars[index + 1]) {
                index += 1
            } else if scalar == ".", isAcronymPeriod(at: index, wordStart: start, in: scalars, range: range) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// Whether the period at `index` belongs to an acronym: a single letter precedes it and
    /// either a single letter and another period follow, or the word is already an acronym.
    private static func isAcronymPeriod(at index: Int, wordStart: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: TextRange) -> Bool {
        let letterBefore = index - 1 >= wordStart && ScalarClass.isLetter(scalars[index - 1])
            && (index - 2 < wordStart || scalars[index - 2] == ".")
        guard letterBefore else { return false }
        if index + 2 < range.end, ScalarClass.isLetter(scalars[index + 1]), scalars[index + 2] == "." { return true }
        // The final period of an acronym already under way (the last "." of "U.S.").
        return index - 2 >= wordStart && scalars[index - 2] == "."
    }

    /// The end of the number starting at `start`: digits with inner `.`, `,` or `:` separators,
    /// and a trailing letter run ("1990s", "3rd").
    private static func endOfNumber(from start: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: TextRange) -> Int {
        var index = start + 1
        while index < range.end {
            let scalar = scalars[index]
            if ScalarClass.isDigit(scalar) {
                index += 1
            } else if scalar == "." || scalar == "," || scalar == ":", index + 1 < range.end, ScalarClass.isDigit(scalars[index + 1]) {
                index += 1
            } else if ScalarClass.isLetter(scalar) {
                index += 1
            } else if scalar == "-", index + 1 < range.end, ScalarClass.isLetter(scalars[index + 1]) {
                // "46-year-old", "3-D": a number joined to letters is one word.
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
