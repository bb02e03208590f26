/// Splits news prose into sentences, in one linear pass over its tokens.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...`, together with any closing quotation marks and
/// brackets right after it, when the next token opens a sentence (an uppercase word, an opening
/// quotation mark, a bracket or a number). A period does not end a sentence after a title
/// ("Dr.", "Sen."), a month ("Sept."), an initial ("J. R. R. Tolkien"), inside a decimal ("3.5")
/// or an acronym ("U.S."), unless the acronym is followed by a word that usually opens a sentence.
public enum Segmenter {
    /// The sentence ranges inside `range` of `scalars`.
    public static func sentences(in scalars: [Unicode.Scalar], range: TextRange) -> [TextRange] {
        let tokens = Tokenizer.tokens(in: scalars, range: range)
        return sentences(of: tokens, in: scalars).map { span in
            TextRange(start: tokens[span.lowerBound].range.start, end: tokens[span.upperBound - 1].range.end)
        }
    }

    /// The sentences of `tokens` (the tokens of one paragraph), as ranges of their indices.
    public static func sentences<Tokens: RandomAccessCollection<Token>>(of tokens: Tokens, in scalars: [Unicode.Scalar]) -> [Range<Int>]
        where Tokens.Index == Int {
        WorkMeter.count(.tokensVisited, tokens.count)
        var result: [Range<Int>] = []
        var start = tokens.startIndex
        var index = tokens.startIndex
        while index < tokens.endIndex {
            guard isTerminator(tokens[index], scalars) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.endIndex, isTerminator(tokens[end], scalars) || isCloser(tokens[end], after: tokens[end - 1], scalars) {
                end += 1
            }
            if end < tokens.endIndex, breaks(before: end, terminator: index, tokens: tokens, scalars: scalars) {
                result.append(start..<end)
                start = end
            }
            index = end
        }
        if start < tokens.endIndex { result.append(start..<tokens.endIndex) }
        return result
    }

    private static func isTerminator(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.kind == .punctuation else {
            // An acronym that ends in its own period ("U.S.") may end a sentence.
            return token.kind == .word && token.range.length > 2 && scalars[token.range.end - 1] == "."
        }
        let scalar = scalars[token.range.start]
        return scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" || scalar == "\u{203D}"
    }

    /// Whether `token` closes what came before it: a quotation mark or bracket touching it.
    private static func isCloser(_ token: Token, after previous: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.range.start == previous.range.end else { return false }
        if token.kind == .quoteMark { return true }
        let scalar = scalars[token.range.start]
        return token.kind == .punctuation && (scalar == ")" || scalar == "]" || scalar == "\u{300D}")
    }

    private static func breaks<Tokens: RandomAccessCollection<Token>>(before next: Int, terminator: Int, tokens: Tokens, scalars: [Unicode.Scalar]) -> Bool
        where Tokens.Index == Int {
        let nextToken = tokens[next]
        guard nextToken.range.start > tokens[next - 1].range.end else { return false }
        let first = scalars[nextToken.range.start]
        let opensSentence: Bool
        switch nextToken.kind {
        case .word: opensSentence = ScalarClass.isUppercase(first)
        case .quoteMark: opensSentence = true
        case .number: opensSentence = true
        case .punctuation: opensSentence = first == "(" || first == "[" || first == "\u{2014}" || first == "\u{300C}"
        }
        guard opensSentence else { return false }
        let mark = tokens[terminator]
        if mark.kind == .word {
            return isSentenceOpener(nextToken, scalars)
        }
        guard scalars[mark.range.start] == ".", mark.range.length == 1, terminator > tokens.startIndex else { return true }
        let before = tokens[terminator - 1]
        guard before.kind == .word, before.range.end == mark.range.start else {
            // "3.5" never reaches here (a number token); a period after a number or a quote ends.
            return true
        }
        let word = text(before, scalars)
        if word.unicodeScalars.count == 1, ScalarClass.isUppercase(first: word) {
            return false
        }
        if Abbreviations.neverFinal.contains(word) { return false }
        if Abbreviations.beforeNumbers.contains(word) { return nextToken.kind != .number }
        if Abbreviations.maybeFinal.contains(word) { return isSentenceOpener(nextToken, scalars) }
        return true
    }

    private static func isSentenceOpener(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .quoteMark || (token.kind == .word && Abbreviations.sentenceOpeners.contains(text(token, scalars)))
    }

    private static func text(_ token: Token, _ scalars: [Unicode.Scalar]) -> String {
        String(scalars: scalars[token.range.start..<token.range.end])
    }
}

extension ScalarClass {
    /// Whether the first scalar of `word` is an uppercase letter.
    static func isUppercase(first word: String) -> Bool {
        word.unicodeScalars.first.map(isUppercase) ?? false
    }
}
