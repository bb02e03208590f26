/// Decides, for each quotation, whether it is a whole quotation or words quoted inside the
/// writer's sentence, and finds its cue and speaker phrase from the words around it.
struct QuotationFramer {
    let words: ArticleWords
    let cues: CueReader

    /// The tokens a partial quotation may lie from its cue: further away, quoted words are
    /// taken for a term or scare quote.
    private static let partialReach = 8

    init(words: ArticleWords) {
        self.words = words
        cues = CueReader(words: words)
    }

    /// The attributions of `quotations`, in text order.
    func frame(_ quotations: [Quotation]) -> [Attribution] {
        var found: [Attribution] = []
        for (index, quotation) in quotations.enumerated() {
            guard let content = contentTokens(of: quotation) else { continue }
            let previous = index > 0 ? quotations[index - 1] : nil
            found.append(frame(quotation, content: content, previous: previous, previousFound: found.last))
        }
        return found
    }

    private func contentTokens(of quotation: Quotation) -> Range<Int>? {
        let tokens = words.text.paragraphTokens[quotation.paragraphIndex]
        let first = quotation.openToken.map { $0 + 1 } ?? firstToken(atOrAfter: quotation.range.start, in: tokens)
        let end = quotation.closeToken ?? tokens.upperBound
        return first < end ? first..<end : nil
    }

    /// The first token of `tokens` that starts at or after `offset`.
    private func firstToken(atOrAfter offset: Int, in tokens: Range<Int>) -> Int {
        var low = tokens.lowerBound
        var high = tokens.upperBound
        while low < high {
            let middle = (low + high) / 2
            if words.text.tokens[middle].range.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func frame(_ quotation: Quotation, content: Range<Int>, previous: Quotation?, previousFound: Attribution?) -> Attribution {
        let paragraph = words.text.paragraphTokens[quotation.paragraphIndex]
        let openIndex = quotation.openToken ?? content.lowerBound
        let sentence = words.sentenceTokens(of: openIndex)
        var frameStart = max(sentence.lowerBound, paragraph.lowerBound)
        var previousInSentence = false
        if let previous, previous.paragraphIndex == quotation.paragraphIndex, let close = previous.closeToken, close + 1 > frameStart,
           close < openIndex {
            frameStart = close + 1
            previousInSentence = close >= sentence.lowerBound
        }
        let before = frameStart..<(quotation.openToken ?? content.lowerBound)
        let afterStart = quotation.closeToken.map { $0 + 1 } ?? paragraph.upperBound
        var afterEnd = afterStart
        while afterEnd < paragraph.upperBound, !words.isTerminal(afterEnd), !words.isA(afterEnd, .quoteMark) { afterEnd += 1 }
        let contentEndsSentence = words.isTerminal(content.upperBound - 1)
            || (content.count > 1 && words.isTerminal(content.upperBound - 2) && words.isA(content.upperBound - 1, .quoteMark))
        var cueAfter = afterStart < afterEnd ? cues.cue(after: afterStart, end: afterEnd) : nil
        if let cue = cueAfter, contentEndsSentence, words.isCapitalized(afterStart),
           cue.tokens.lowerBound - afterStart > 4 || (afterEnd - cue.tokens.upperBound > 2 && !endsWithTail(cue)) {
            // “… over.” The pair also argued …: a new sentence, not this quotation's cue.
            cueAfter = nil
        }
        let cueBefore = before.isEmpty ? leadIn(toParagraphOpening: quotation) : cues.cue(before: before.upperBound, start: before.lowerBound)
        let sharesPreviousCue = previousInSentence && previousFound?.cue != nil
        let beforeIsFrame = before.isEmpty || ((cueBefore != nil || sharesPreviousCue) && endsLikeFrame(before, cue: cueBefore))
        let afterIsEmpty = afterStart >= afterEnd || afterIsClosingPunctuation(afterStart, afterEnd)
        let isWhole = beforeIsFrame && (afterIsEmpty || cueAfter != nil || contentEndsSentence)

        var result = Attribution(range: quotation.range, kind: isWhole ? .direct : .partial, cue: nil,
                                 paragraphIndex: quotation.paragraphIndex, firstToken: content.lowerBound, isQuotation: true)
        if cueAfter == nil, cueBefore == nil, !before.isEmpty, words.isA(before.upperBound - 1, .colon),
           let subject = cues.phrases.sentenceSubject(from: before.lowerBound, before: before.upperBound - 1) {
            // “She put it this way: “…””: the sentence's subject speaks.
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
            if result.cue?.speaker == nil {
                result.kind = .continuation
                result.cue = nil
            }
        } else {
            if let cueAfter, cueAfter.speaker != nil, let close = quotation.closeToken,
               words.isA(content.upperBound - 1, .comma) || words.isA(afterStart, .comma), cueClauseEnds(cueAfter, at: afterEnd) {
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

    /// Whether the words after a cue and its speaker are set off by a comma, as a description
    /// of the speaker or of the words is ("…!” Jo Lee shouted, waving a flag.).
    private func endsWithTail(_ cue: ReportingCue) -> Bool {
        let end = max(cue.tokens.upperBound, cue.speaker?.tokens.upperBound ?? 0)
        return end < words.count && words.isA(end, .comma)
    }

    /// The cue of a paragraph that ends with a colon, for the quotation that opens the next
    /// paragraph ("The minister put it plainly:" / "“…”").
    private func leadIn(toParagraphOpening quotation: Quotation) -> ReportingCue? {
        guard let open = quotation.openToken, quotation.paragraphIndex > 0,
              open == words.text.paragraphTokens[quotation.paragraphIndex].lowerBound else { return nil }
        let previous = words.text.paragraphTokens[quotation.paragraphIndex - 1]
        guard let colon = previous.last, words.isA(colon, .colon) else { return nil }
        let sentence = words.sentenceTokens(of: colon)
        guard let cue = cues.cue(before: colon, start: sentence.lowerBound), cue.speaker != nil else { return nil }
        return cue
    }

    /// Whether a cue after a quotation ends its clause ("…,” she said.", "…,” said Jo Lee, a
    /// lawyer."), rather than going on to report a clause of its own.
    private func cueClauseEnds(_ cue: ReportingCue, at end: Int) -> Bool {
        let last = max(cue.tokens.upperBound, cue.speaker?.tokens.upperBound ?? 0)
        guard last < end, !words.isA(last, .comma) else { return true }
        // "…,” Jo Lee told the board." ends it; "…,” Jo Lee said the plan would …" goes on.
        return !(last..<end).contains { words.has($0, [.subjectPronoun, .modal]) || words.is($0, .that) || words.reportingLemma($0) != nil
            || (words.has($0, .beForm) && !words.isA($0 - 1, .abbreviationPeriod)) }
    }

    /// Prefers the cue after the quotation when it names a speaker, the one before otherwise.
    private func best(_ after: ReportingCue?, _ before: ReportingCue?) -> ReportingCue? {
        if let after, after.speaker != nil { return after }
        if let before, before.speaker != nil { return before }
        return after ?? before
    }

    /// Whether the words before a quotation end as a cue frame does: with a colon, comma,
    /// "that", a dash, or the cue verb itself when its subject opens the frame ("She said
    /// “…”", but not "in what she called “…”", where the quotation is words of the writer's
    /// sentence).
    private func endsLikeFrame(_ before: Range<Int>, cue: ReportingCue?) -> Bool {
        let last = before.upperBound - 1
        if words.isA(last, [.comma, .colon]) || words.text.scalars[words.text.tokens[last].range.start] == "\u{2014}" { return true }
        guard words.isWord(last) else { return false }
        if words.is(last, .that) { return true }
        guard words.reportingLemma(last) != nil else { return false }
        guard cue?.tokens.lowerBound == last else { return true }
        guard let speaker = cue?.speaker else { return false }
        return speaker.tokens.lowerBound <= before.lowerBound + 1 || speaker.tokens.lowerBound > last
    }

    /// Whether the words after a quotation are only punctuation, or a conjunction leading to
    /// the next quotation ("…,” and that “…”).
    private func afterIsClosingPunctuation(_ start: Int, _ end: Int) -> Bool {
        let links: [Keyword] = [.and, .but, .that, .or, .then, .while, .adding, .noting, .before, .as]
        let onlyLinks = (start..<end).allSatisfy { index in
            words.isA(index, .punctuation) || (words.isWord(index) && links.contains { words.is(index, $0) })
        }
        guard onlyLinks else { return false }
        return (start..<end).allSatisfy { words.isA($0, .punctuation) } || (end < words.count && words.isA(end, .quoteMark))
    }
}
