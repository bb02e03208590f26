/// Finds quotations and reported speech and attributes each to a speaker.
///
/// The stages: `QuotationScanner` finds the spans in quote marks; `QuotationAttributor` sorts
/// whole quotations from partial ones and finds their cues and speaker phrases;
/// `ReportedSpeechFinder` finds reported speech in the sentences without a whole quotation;
/// continuations inherit their speaker; `NameResolver` turns speaker phrases into sources.
public enum QuoteAttributor {
    /// How many paragraphs a quotation without a cue may lie from the quote whose speaker it
    /// inherits.
    static let continuationReach = 3

    /// The quotes of `text`, with the sources that speak them.
    public static func attribute(_ text: AnalysisText) -> Analysis {
        let quotations = QuotationScanner.quotations(in: text)
        let words = TokenWords(text, quotations: quotations)
        let direct = QuotationAttributor(words: words).attribute(quotations)
        var wholeSentences = Set<Int>()
        for quote in direct where quote.kind != .partial {
            wholeSentences.insert(words.sentenceOfToken[quote.firstToken])
        }
        let reported = ReportedSpeechFinder(words: words).find(skippingSentences: wholeSentences)
        var found = merge(direct, reported, words: words)
        linkContinuations(&found, words: words)
        var book = SourceBook(words: words)
        let quotes = found.map { book.quote(for: $0, in: found) }
        var sources = book.sources
        for index in sources.indices { sources[index].mentions.sort { $0.range < $1.range } }
        return Analysis(quotes: quotes, sources: sources)
    }

    /// Direct and reported quotes in text order, without partial quotations that lie inside a
    /// reported statement (the statement is the quote), and without quoted terms and scare
    /// quotes (a few words nobody is found to say) or titles of works.
    private static func merge(_ direct: [FoundQuote], _ reported: [FoundQuote], words: TokenWords) -> [FoundQuote] {
        var result: [FoundQuote] = []
        result.reserveCapacity(direct.count + reported.count)
        var reportedIndex = 0
        for quote in direct {
            while reportedIndex < reported.count, reported[reportedIndex].range.start < quote.range.start {
                result.append(reported[reportedIndex])
                reportedIndex += 1
            }
            let host = result.last.flatMap { $0.isQuotation ? nil : $0 }
            if quote.kind == .partial, let host, host.range.overlaps(quote.range) { continue }
            if quote.kind == .partial, reportedIndex < reported.count, reported[reportedIndex].range.overlaps(quote.range) { continue }
            if quote.kind == .partial, (quote.speaker == nil && isTerm(quote, words: words)) || isTitle(quote, words: words) { continue }
            if words.opensWithLabel(words.text.sentences[words.sentenceOfToken[quote.firstToken]]) { continue }
            result.append(quote)
        }
        result.append(contentsOf: reported[reportedIndex...])
        return result
    }

    /// The most words a quoted term or scare quote has ("rebalance Asia", “strong man”).
    static let termLength = 4

    /// Whether a quotation with no speaker is a quoted term rather than speech: a few words.
    private static func isTerm(_ quote: FoundQuote, words: TokenWords) -> Bool {
        var count = 0
        var index = quote.firstToken
        while index < words.count, words.text.tokens[index].range.start < quote.range.end {
            if words.isWord(index) || words.text.tokens[index].kind == .number { count += 1 }
            if count > termLength { return false }
            index += 1
        }
        return true
    }

    /// Small words that stay lowercase inside the title of a work.
    private static let titleSmallWords: Set<String> = ["a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"]

    /// Whether a partial quotation is the title of a work (“The Kid Who Would Be King”):
    /// two to ten words, each capitalised but for small ones, and no sentence punctuation.
    private static func isTitle(_ quote: FoundQuote, words: TokenWords) -> Bool {
        var count = 0
        var index = quote.firstToken
        while index < words.count, words.text.tokens[index].range.start < quote.range.end {
            if words.isWord(index) {
                count += 1
                if !words.isCapitalized(index), !titleSmallWords.contains(words.lowered[index]) { return false }
            } else if words.isTerminal(index) || words.isPunctuation(index, ",") {
                // Punctuation at the very end ("King,”) belongs to the sentence around the title.
                if index + 1 < words.count, words.text.tokens[index + 1].range.start < quote.range.end { return false }
            }
            if count > 10 { return false }
            index += 1
        }
        return count >= 2
    }

    /// Gives each quotation without a cue the speaker of the quote it continues: the next
    /// quotation of the same sentence group when it follows at once, else the last quote with
    /// a speaker a few paragraphs back.
    private static func linkContinuations(_ found: inout [FoundQuote], words: TokenWords) {
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
               onlyPunctuation(between: found[index].range.end, and: found[index + 1].range.start, words: words) {
                found[index].inheritsFrom = index + 1
            } else if let person = introducer(of: found[index], after: index > 0 ? found[index - 1] : nil, words: words) {
                // A sentence about someone, with no quote of its own, introduces the quotation
                // that follows it.
                found[index].introducedBy = person
                lastWithSpeaker = index
            } else if let previous = lastWithSpeaker,
                      found[index].paragraphIndex - found[previous].paragraphIndex <= continuationReach {
                found[index].inheritsFrom = found[previous].inheritsFrom ?? previous
                lastWithSpeaker = index
            } else {
                found[index].kind = .direct
            }
        }
    }

    /// The person named as the subject of the sentence right before a quotation that opens
    /// its own sentence, when that sentence quotes nothing itself.
    private static func introducer(of quote: FoundQuote, after previous: FoundQuote?, words: TokenWords) -> SpeakerPhrase? {
        let open = quote.firstToken - 1
        guard quote.isQuotation, open >= 1 else { return nil }
        let quoteSentence = words.sentenceOfToken[open]
        guard words.text.sentences[quoteSentence].tokenRange.lowerBound == open, quoteSentence > 0 else { return nil }
        let sentence = words.text.sentences[quoteSentence - 1]
        if let previous, previous.range.overlaps(sentence.range) { return nil }
        guard let subject = CueFinder(words: words).sentenceSubject(from: sentence.tokenRange.lowerBound, before: sentence.tokenRange.upperBound),
              subject.form == .name, subject.tokens.lowerBound - sentence.tokenRange.lowerBound <= 3 else { return nil }
        return subject
    }

    private static func onlyPunctuation(between start: Int, and end: Int, words: TokenWords) -> Bool {
        guard end >= start, end - start < 12 else { return false }
        return (start..<end).allSatisfy { !ScalarClass.isAlphanumeric(words.text.scalars[$0]) }
    }
}
