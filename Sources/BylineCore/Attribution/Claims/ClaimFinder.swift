/// Finds the claims an article attributes, and those resting on vague or no sources.
///
/// Every quote is a claim of its speaker. Beyond the quotes, each sentence is read for verbs
/// of attribution with a subject that names a source ("intelligence reports … accuse", "many
/// scholars fear", "a joint statement which discussed"), for "according to X", for
/// impersonal passives ("it is expected that …", no source) and hedging adverbs
/// ("reportedly"). A sentence with a hyperlink and no other attribution is a claim of the
/// linked document.
struct ClaimFinder {
    let words: ArticleWords

    /// The claims of the article, in text order, their sources resolved through `resolver`:
    /// every quote, every statement of belief or finding the quote stage found (`attributed`),
    /// and what the sentences attribute besides.
    func claims(quotes: [Quote], attributed: [Quote], resolver: inout SourceResolver) -> [FoundClaim] {
        let quoteClaims = (quotes + attributed).filter { !words.opensWithLabel(words.sentenceTokens(of: firstToken(of: $0))) }.map { quote in
            FoundClaim(range: claimRange(of: quote), cue: quote.cue?.range, source: quote.sourceIndex, sourceMention: quote.speakerMention?.range,
                       isUnsourced: quote.sourceIndex == nil)
        }
        // Statements inside someone's quote or reported speech are that source's claim.
        let quoted = quotes.map(\.range).sorted()
        var reader = ClaimReader(words: words, quoted: quoted, cues: Set((quotes + attributed).compactMap { $0.cue?.range.start }))
        var found: [FoundClaim] = []
        for sentence in words.text.sentences where !words.opensWithLabel(sentence.tokenRange) {
            found += reader.claims(in: sentence.tokenRange, resolver: &resolver)
        }
        let quotedBySource = Dictionary(grouping: quoteClaims.filter { $0.source != nil }, by: \.source).mapValues { $0.map(\.range).sorted() }
        let kept = found.filter { claim in
            guard let ranges = claim.source.flatMap({ quotedBySource[$0] }) else { return true }
            return !Self.overlapsAny(claim.range, sorted: ranges)
        }
        var claims = (quoteClaims + kept).sorted { $0.range < $1.range }
        attachLinks(to: &claims, resolver: &resolver)
        return claims
    }

    private func firstToken(of quote: Quote) -> Int {
        words.firstToken(atOrAfter: quote.range.start) ?? max(0, words.count - 1)
    }

    /// The words a quote claims: the quote itself, or for reported speech whose verb carries
    /// the claim in its object ("repeated the rumour"), the verb and the quote.
    private func claimRange(of quote: Quote) -> TextRange {
        guard quote.kind == .indirect, let cue = quote.cue, cue.range.end <= quote.range.start, quote.range.start - cue.range.end <= 2,
              words.text.scalars[cue.range.end..<quote.range.start].allSatisfy(ScalarClass.isSpace),
              let token = words.firstToken(atOrAfter: cue.range.start), let lemma = Lexicon.lemma(words.ids[token]),
              !Lexicon.verbFacts(lemma).contains(.clausalClaim), Lexicon.sense(lemma) != .belief
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

    // MARK: Links

    /// Adds to each claim the URLs of the links in its sentence, and makes each sentence that
    /// links out without another claim a claim of the linked document.
    private func attachLinks(to claims: inout [FoundClaim], resolver: inout SourceResolver) {
        let links = words.text.article.paragraphs.flatMap(\.links).sorted { $0.range < $1.range }
        guard !links.isEmpty else { return }
        var linksBySentence: [Int: [Link]] = [:]
        for link in links {
            if let sentence = sentence(containing: link.range.start) { linksBySentence[sentence, default: []].append(link) }
        }
        var claimed = Set<Int>()
        for index in claims.indices {
            guard let sentence = sentence(containing: claims[index].range.start) else { continue }
            claimed.insert(sentence)
            claims[index].links = (linksBySentence[sentence] ?? []).map(\.url)
        }
        for (sentence, sentenceLinks) in linksBySentence.sorted(by: { $0.key < $1.key }) where !claimed.contains(sentence) {
            guard let first = sentenceLinks.first else { continue }
            let source = resolver.source(named: Self.host(of: first.url), tokens: nil, kind: .document, mention: first.range)
            var claim = FoundClaim(range: words.text.sentences[sentence].range, source: source, sourceMention: first.range)
            claim.links = sentenceLinks.map(\.url)
            claims.append(claim)
        }
        claims.sort { $0.range < $1.range }
    }

    /// The index of the sentence that holds `offset`.
    private func sentence(containing offset: Int) -> Int? {
        guard let token = words.firstToken(atOrAfter: offset) else { return nil }
        let sentence = words.sentenceOfToken[token]
        if words.text.sentences[sentence].range.start <= offset { return sentence }
        return sentence > 0 && words.text.sentences[sentence - 1].range.end > offset ? sentence - 1 : nil
    }

    /// The host of `url` without "www." ("https://www.example.org/a" → "example.org").
    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let bare = host.hasPrefix("www.") ? host.dropFirst(4) : host
        return bare.isEmpty ? url : String(bare).lowercased()
    }
}
