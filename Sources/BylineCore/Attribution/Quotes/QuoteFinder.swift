/// Finds quotations and reported speech and gives each its speaker.
///
/// The stages: `QuotationScanner` finds the spans in quote marks; `QuotationFramer` sorts
/// whole quotations from partial ones and finds their cues and speaker phrases;
/// `ReportedSpeechReader` finds reported speech in the sentences without a whole quotation;
/// continuations inherit their speaker; `SpeakerResolver` turns speaker phrases into sources.
struct QuoteFinder {
    let words: ArticleWords
    let quotations: [Quotation]
    /// The counts of quoted word runs, made when first needed.
    private let sequenceCountsCache = Cache<[UInt64: Int]>()

    init(words: ArticleWords, quotations: [Quotation]) {
        self.words = words
        self.quotations = quotations
    }

    /// How many paragraphs a quotation without a cue may lie from the quote whose speaker it
    /// inherits.
    static let continuationReach = 3
    /// The most words a quoted term or scare quote has (“rebalance the port”, “strong man”).
    static let termLength = 4

    /// The attributions of the article, in text order, with their continuations linked.
    func attributions() -> [Attribution] {
        let framed = QuotationFramer(words: words).frame(quotations)
        var wholeSentences = Set<Int>()
        for quote in framed where quote.kind != .partial { wholeSentences.insert(words.sentenceOfToken[quote.firstToken]) }
        let reported = ReportedSpeechReader(words: words).find(skippingSentences: wholeSentences)
        var found = merge(framed, reported)
        linkContinuations(&found)
        return found
    }

    /// Direct and reported quotes in text order, without partial quotations that lie inside a
    /// reported statement (the statement is the quote), and without quoted terms and scare
    /// quotes (a few words nobody is found to say) or titles of works.
    private func merge(_ framed: [Attribution], _ reported: [Attribution]) -> [Attribution] {
        var result: [Attribution] = []
        result.reserveCapacity(framed.count + reported.count)
        var reportedIndex = 0
        for quote in framed {
            while reportedIndex < reported.count, reported[reportedIndex].range.start < quote.range.start {
                result.append(reported[reportedIndex])
                reportedIndex += 1
            }
            if quote.kind == .partial {
                if let host = result.last, !host.isQuotation, host.range.overlaps(quote.range) { continue }
                if reportedIndex < reported.count, reported[reportedIndex].range.overlaps(quote.range) { continue }
                if (quote.speaker == nil && isTerm(quote)) || isTitle(quote) { continue }
            }
            if words.opensWithLabel(words.sentenceTokens(of: quote.firstToken)) { continue }
            if quote.isQuotation, isDisplayed(quote) || isNamed(quote) { continue }
            result.append(quote)
        }
        result.append(contentsOf: reported[reportedIndex...])
        return result
    }

    /// Whether a quotation is set apart for display rather than quoted in the story: in a
    /// heading, or a pull quote, a paragraph of its own that repeats words the article
    /// quotes elsewhere.
    private func isDisplayed(_ quote: Attribution) -> Bool {
        let paragraph = words.text.article.paragraphs[quote.paragraphIndex]
        if paragraph.kind == .heading { return true }
        let tokens = words.text.paragraphTokens[quote.paragraphIndex]
        let content = contentTokens(of: quote)
        // A pull quote names nobody: it stands alone, its speaker quoted in the story.
        guard quote.cue == nil, quote.introducedBy == nil, quote.firstToken <= tokens.lowerBound + 1,
              content.upperBound + 2 >= tokens.upperBound else { return false }
        let contentWords = content.filter { words.isWord($0) }
        guard contentWords.count >= 6 else { return false }
        return repeatsElsewhere(Array(contentWords.prefix(6)), outside: tokens)
    }

    /// Whether a quotation is a name or an inscription the article cites rather than words
    /// someone said: it follows a word that presents it so ("the so-called “green levy”", "a
    /// report titled “Running Dry”", "placards reading “Hands off our park”").
    private func isNamed(_ quote: Attribution) -> Bool {
        var before = quote.firstToken - 1
        while before >= 0, words.isA(before, [.quoteMark, .comma, .colon]), quote.firstToken - before <= 3 { before -= 1 }
        return before >= 0 && words.has(before, .namingWord)
    }

    /// Whether the words `sequence` are quoted in this order elsewhere in the article as well.
    private func repeatsElsewhere(_ sequence: [Int], outside tokens: Range<Int>) -> Bool {
        quotedSequenceCounts[Self.key(of: sequence.map { words.ids[$0] })] ?? 0 >= 2
    }

    /// How often each run of six quoted words occurs in the article, by a hash of its ids:
    /// built once, so that telling pull quotes stays linear.
    private var quotedSequenceCounts: [UInt64: Int] {
        if let cached = sequenceCountsCache.value { return cached }
        var counts: [UInt64: Int] = [:]
        var window: [WordID] = []
        for index in 0..<words.count where words.isWord(index) {
            guard words.isQuoted(index) else {
                window.removeAll(keepingCapacity: true)
                continue
            }
            window.append(words.ids[index])
            if window.count > 6 { window.removeFirst() }
            if window.count == 6 { counts[Self.key(of: window), default: 0] += 1 }
        }
        sequenceCountsCache.value = counts
        return counts
    }

    private static func key(of ids: [WordID]) -> UInt64 {
        ids.reduce(WordHash.empty) { hash, id in (hash ^ UInt64(id.raw)) &* 0x0000_0100_0000_01B3 }
    }

    /// The tokens of a quote's words.
    private func contentTokens(of quote: Attribution) -> Range<Int> {
        var end = quote.firstToken
        while end < words.count, words.text.tokens[end].range.start < quote.range.end { end += 1 }
        return quote.firstToken..<end
    }

    /// Whether a quotation with no speaker is a quoted term rather than speech: a few words.
    private func isTerm(_ quote: Attribution) -> Bool {
        contentTokens(of: quote).lazy.filter { self.words.isA($0, .wordOrNumber) }.count <= Self.termLength
    }

    /// Whether a partial quotation is the title of a work (“The Harbour at Night”): two to ten
    /// words, each capitalised but for small ones, and no sentence punctuation inside.
    private func isTitle(_ quote: Attribution) -> Bool {
        let tokens = contentTokens(of: quote)
        var count = 0
        for index in tokens {
            if words.isWord(index) {
                count += 1
                let isSmallWord = [Keyword.a, .an, .the, .of, .and, .or, .in, .on, .to, .for, .at, .by, .with].contains { words.is(index, $0) }
                if !words.isCapitalized(index), !isSmallWord { return false }
            } else if words.isTerminal(index) || words.isA(index, .comma) {
                // Punctuation at the very end ("Night,”) belongs to the sentence around the title.
                if index + 1 < tokens.upperBound { return false }
            }
            if count > 10 { return false }
        }
        return count >= 2
    }

    /// Gives each quotation without a cue the speaker of the quote it continues: the next
    /// quotation of the same sentence group when it follows at once, else the last quote with
    /// a speaker a few paragraphs back.
    private func linkContinuations(_ found: inout [Attribution]) {
        var lastWithSpeaker: Int?
        for index in found.indices {
            if found[index].speaker != nil {
                lastWithSpeaker = index
                continue
            }
            if found[index].kind == .partial, let previous = lastWithSpeaker,
               found[index].paragraphIndex - found[previous].paragraphIndex <= 1 {
                // Long quoted words with no cue of their own, next to someone's quotes.
                found[index].inheritsFrom = found[previous].inheritsFrom ?? previous
                continue
            }
            guard found[index].kind == .continuation else { continue }
            if index + 1 < found.count, found[index + 1].isQuotation, found[index + 1].speaker != nil,
               found[index + 1].paragraphIndex == found[index].paragraphIndex,
               onlyPunctuation(between: found[index].range.end, and: found[index + 1].range.start) {
                found[index].inheritsFrom = index + 1
            } else if let person = introducer(of: found[index], after: index > 0 ? found[index - 1] : nil) {
                // A sentence about someone, with no quote of its own, introduces the quotation
                // that follows it.
                found[index].introducedBy = person
                lastWithSpeaker = index
            } else if let previous = lastWithSpeaker, found[index].paragraphIndex - found[previous].paragraphIndex <= Self.continuationReach {
                found[index].inheritsFrom = found[previous].inheritsFrom ?? previous
                lastWithSpeaker = index
            } else {
                found[index].kind = .direct
            }
        }
    }

    /// The person named as the subject of the sentence right before a quotation that opens
    /// its own sentence, when that sentence quotes nothing itself.
    private func introducer(of quote: Attribution, after previous: Attribution?) -> SourcePhrase? {
        let open = quote.firstToken - 1
        guard quote.isQuotation, open >= 1, words.isA(open, .sentenceStart) else { return nil }
        let quoteSentence = words.sentenceOfToken[open]
        guard quoteSentence > 0 else { return nil }
        let sentence = words.text.sentences[quoteSentence - 1]
        if let previous, previous.range.overlaps(sentence.range) { return nil }
        guard let subject = PhraseReader(words: words).sentenceSubject(from: sentence.tokenRange.lowerBound, before: sentence.tokenRange.upperBound),
              subject.form == .name, subject.tokens.lowerBound - sentence.tokenRange.lowerBound <= 3 else { return nil }
        return subject
    }

    private func onlyPunctuation(between start: Int, and end: Int) -> Bool {
        guard end >= start, end - start < 12 else { return false }
        return (start..<end).allSatisfy { !ScalarClass.isAlphanumeric(words.text.scalars[$0]) }
    }
}

/// A value made once, when first needed, by a type that is otherwise immutable.
final class Cache<Value> {
    var value: Value?
}
