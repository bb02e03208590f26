/// Decides, for each quotation, whether it is a whole quotation or words quoted inside the
/// writer's sentence, and finds its cue and speaker phrase from the words around it.
struct QuotationAttributor {
    let words: TokenWords
    let cues: CueFinder

    /// The tokens a partial quotation may lie from its cue: further away, quoted words are
    /// taken for a term or scare quote.
    private static let partialReach = 8

    init(words: TokenWords) {
        self.words = words
        cues = CueFinder(words: words)
    }

    func attribute(_ quotations: [Quotation]) -> [FoundQuote] {
        var found: [FoundQuote] = []
        for (index, quotation) in quotations.enumerated() {
            guard let content = contentTokens(of: quotation) else { continue }
            let previous = index > 0 ? quotations[index - 1] : nil
            found.append(attribute(quotation, content: content, previous: previous, previousFound: found.last))
        }
        return found
    }

    private func contentTokens(of quotation: Quotation) -> Range<Int>? {
        let tokens = words.text.paragraphTokens[quotation.paragraphIndex]
        let first = quotation.openToken.map { $0 + 1 } ?? tokens.lowerBound
        let end = quotation.closeToken ?? tokens.upperBound
        return first < end ? first..<end : nil
    }

    private func attribute(_ quotation: Quotation, content: Range<Int>, previous: Quotation?, previousFound: FoundQuote?) -> FoundQuote {
        let paragraph = words.text.paragraphTokens[quotation.paragraphIndex]
        let openIndex = quotation.openToken ?? content.lowerBound
        let sentence = words.text.sentences[words.sentenceOfToken[openIndex]].tokenRange
        var frameStart = max(sentence.lowerBound, paragraph.lowerBound)
        var previousInSentence = false
        if let previous, previous.paragraphIndex == quotation.paragraphIndex, let close = previous.closeToken, close + 1 > frameStart, close < openIndex {
            frameStart = close + 1
            previousInSentence = close >= sentence.lowerBound
        }
        let before = frameStart..<(quotation.openToken ?? content.lowerBound)
        let afterStart = quotation.closeToken.map { $0 + 1 } ?? paragraph.upperBound
        var afterEnd = afterStart
        while afterEnd < paragraph.upperBound, !words.isTerminal(afterEnd), words.text.tokens[afterEnd].kind != .quoteMark {
            afterEnd += 1
        }
        let contentEndsSentence = words.isTerminal(content.upperBound - 1)
            || (content.count > 1 && words.isTerminal(content.upperBound - 2) && words.text.tokens[content.upperBound - 1].kind == .quoteMark)
        var cueAfter = afterStart < afterEnd ? cues.cue(after: afterStart, end: afterEnd) : nil
        if let cue = cueAfter, contentEndsSentence, words.isCapitalized(afterStart),
           cue.tokens.lowerBound - afterStart > 4 || afterEnd - cue.tokens.upperBound > 2 {
            // “… over.” The pair also argued …: a new sentence, not this quotation's cue.
            cueAfter = nil
        }
        let cueBefore = before.isEmpty ? nil : cues.cue(before: before.upperBound, start: before.lowerBound)
        let sharesPreviousCue = previousInSentence && previousFound?.cue != nil
        let beforeIsFrame = before.isEmpty || ((cueBefore != nil || sharesPreviousCue) && endsLikeFrame(before))
        let afterIsEmpty = afterStart >= afterEnd || afterIsClosingPunctuation(afterStart, afterEnd)
        let isWhole = beforeIsFrame && (afterIsEmpty || cueAfter != nil || contentEndsSentence)

        var result = FoundQuote(
            range: quotation.range, kind: isWhole ? .direct : .partial, cue: nil,
            paragraphIndex: quotation.paragraphIndex, firstToken: content.lowerBound, isQuotation: true, inheritsFrom: nil
        )
        if cueAfter == nil, cueBefore == nil, !before.isEmpty, words.isPunctuation(before.upperBound - 1, ":"),
           let subject = cues.sentenceSubject(from: before.lowerBound, before: before.upperBound - 1) {
            // “Musk took to Twitter with this: “…””: the sentence's subject speaks.
            result.kind = .direct
            result.introducedBy = subject
            result.introducedInSentence = true
            return result
        }
        if isWhole {
            result.cue = best(cueAfter, cueBefore)
            if result.cue == nil, previousInSentence, let previousFound, previousFound.cue != nil {
                // “…,” and that “…”: the second part shares the first's cue.
                result.cue = previousFound.cue
            }
            if result.cue == nil || result.cue?.speaker == nil {
                result.kind = .continuation
                result.cue = nil
            }
        } else {
            if let cueAfter, cueAfter.speaker != nil, let close = quotation.closeToken,
               endsWithComma(content) || words.isPunctuation(afterStart, ",") {
                // “Her time has been “hard,” she said.”: the whole clause is reported speech
                // that quotes some of its words.
                result.cue = cueAfter
                result.kind = .indirect
                result.firstToken = before.lowerBound
                result.range = TextRange(start: words.text.tokens[before.lowerBound].range.start, end: words.text.tokens[close].range.start)
            } else if let cueBefore, before.upperBound - cueBefore.tokens.upperBound <= Self.partialReach || content.count > Self.partialReach {
                // Near words are the cue's; a long quotation is speech whatever lies between.
                result.cue = cueBefore
            }
            if result.cue?.speaker == nil { result.cue = nil }
        }
        return result
    }

    private func endsWithComma(_ content: Range<Int>) -> Bool {
        words.isPunctuation(content.upperBound - 1, ",")
    }

    /// Prefers the cue after the quotation when it names a speaker, the one before otherwise.
    private func best(_ after: Cue?, _ before: Cue?) -> Cue? {
        if let after, after.speaker != nil { return after }
        if let before, before.speaker != nil { return before }
        return after ?? before
    }

    /// Whether the words before a quotation end as a cue frame does: with a colon, comma,
    /// "that", a dash, or the cue verb itself.
    private func endsLikeFrame(_ before: Range<Int>) -> Bool {
        let last = before.upperBound - 1
        if words.isPunctuation(last, ",") || words.isPunctuation(last, ":") || words.isPunctuation(last, "\u{2014}") { return true }
        if words.isWord(last), words.lowered[last] == "that" || words.reportingLemma(last) != nil { return true }
        return false
    }

    /// Whether the words after a quotation are only punctuation, or a conjunction leading to
    /// the next quotation ("…,” and that “…”).
    private func afterIsClosingPunctuation(_ start: Int, _ end: Int) -> Bool {
        let onlyLinks = (start..<end).allSatisfy { words.text.tokens[$0].kind == .punctuation || (words.isWord($0) && Self.linkWords.contains(words.lowered[$0])) }
        guard onlyLinks else { return false }
        return (start..<end).allSatisfy { words.text.tokens[$0].kind == .punctuation } || (end < words.count && words.text.tokens[end].kind == .quoteMark)
    }

    private static let linkWords: Set<String> = ["and", "but", "that", "or", "then", "while", "adding", "noting", "before", "as"]
}
