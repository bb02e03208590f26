/// Finds the claims an article attributes, and those resting on vague or no sources.
///
/// Every quotation is a claim of its speaker. Beyond them, each sentence is read for
/// reporting verbs with a subject that names a source ("intelligence reports … accuse",
/// "Many scholars fear", "a joint statement which discussed"), for "according to X", for
/// impersonal passives ("It is expected that …", no source) and hedging adverbs
/// ("reportedly"). A sentence with a hyperlink and no other attribution is a claim of the
/// linked document. A claim is vague when its source is (see `SourceVagueness`) or when it
/// has none.
public enum ClaimFinder {
    /// Appends the claims of `text` to `analysis`, adding sources (documents, groups) as needed.
    public static func findClaims(_ analysis: inout Analysis, in text: AnalysisText) {
        findClaims(&analysis, words: SentenceWords(text))
    }

    /// Appends the claims found in the already scanned `words`.
    static func findClaims(_ analysis: inout Analysis, words: SentenceWords) {
        var resolver = ClaimSourceResolver(analysis, personNames: words.personNames)
        let quoteClaims = analysis.quotes.map { quote in
            Claim(range: claimRange(of: quote, in: words.text), cue: quote.cue, sourceIndex: quote.sourceIndex,
                  sourceMention: quote.speakerMention,
                  isVague: analysis.source(at: quote.sourceIndex).map(SourceVagueness.isVague) ?? true)
        }
        let quoted = analysis.quotes.filter { $0.kind != .indirect }.map(\.range).sorted()
        var reader = SentenceClaimReader(words: words, quoted: quoted)
        var found: [Claim] = []
        for index in words.sentences.indices {
            found += reader.claims(inSentence: index, resolver: &resolver)
        }
        let quotedBySource = Dictionary(grouping: quoteClaims.filter { $0.sourceIndex != nil }, by: \.sourceIndex)
            .mapValues { $0.map(\.range).sorted() }
        let kept = found.filter { claim in
            guard let ranges = claim.sourceIndex.flatMap({ quotedBySource[$0] }) else { return true }
            return !overlapsAny(claim.range, sorted: ranges)
        }
        var claims = (analysis.claims + quoteClaims + kept).sorted { $0.range < $1.range }
        LinkAttacher.attach(to: &claims, resolver: &resolver, words: words)
        analysis = resolver.finished()
        analysis.claims = claims
    }

    /// The words a quote claims: the quote itself, or for reported speech whose verb carries
    /// the claim in its object ("repeated the rumour"), the verb and the quote.
    private static func claimRange(of quote: Quote, in text: AnalysisText) -> TextRange {
        guard quote.kind == .indirect, let cue = quote.cue, cue.range.end <= quote.range.start,
              quote.range.start - cue.range.end <= 2,
              text.scalars[cue.range.end..<quote.range.start].allSatisfy(ScalarClass.isSpace),
              let lemma = ReportingVerbs.lemma(of: cue.text), !ClaimCueLexicon.isClausal(lemma)
        else { return quote.range }
        return TextRange(start: cue.range.start, end: quote.range.end)
    }

    /// Whether `range` overlaps one of `sorted` (ranges sorted by start, rarely overlapping
    /// each other), by binary search.
    private static func overlapsAny(_ range: TextRange, sorted: [TextRange]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].start < range.end { low = middle + 1 } else { high = middle }
        }
        return sorted[max(0, low - 4)..<low].contains { $0.overlaps(range) }
    }
}
