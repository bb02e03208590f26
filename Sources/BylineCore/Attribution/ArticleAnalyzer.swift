/// Finds who said what in an article: quotations and their speakers, the sources' profiles,
/// and the claims the article attributes.
///
/// One pipeline over one word view (`ArticleWords`) and one directory of the article's people
/// and organisations (`Directory`): quotations and reported speech are found and their
/// speakers resolved (`QuoteFinder`, `SourceResolver`), claims are read with the same
/// resolver (`ClaimFinder`), and every source's profile is completed last (`SourceProfiler`).
public enum ArticleAnalyzer {
    /// Analyses `article`. Pure and deterministic; linear in the length of the text.
    public static func analyze(_ article: Article) -> Analysis {
        let text = AnalysisText(article)
        let quotations = QuotationScanner.quotations(in: text)
        let words = ArticleWords(text, quotations: quotations)
        var resolver = SourceResolver(words: words, directory: Directory(words: words))
        let found = QuoteFinder(words: words, quotations: quotations).attributions()
        let resolved = found.map { resolver.quote(for: $0, in: found) }
        // A quote is a source's speech or writing; what it believes or what a study finds is
        // a claim (DECISIONS.md, "what is a quote").
        let isQuote = found.map { $0.isQuotation || $0.sense == .speech }
        let quotes = resolved.indices.filter { isQuote[$0] }.map { resolved[$0] }
        let attributedClaims = resolved.indices.filter { !isQuote[$0] }.map { resolved[$0] }
        let claims = ClaimFinder(words: words).claims(quotes: quotes, attributed: attributedClaims, resolver: &resolver)
        let profiler = SourceProfiler(words: words)
        profiler.addTitledPeople(to: &resolver)
        let profiles = profiler.profiles(of: resolver)
        let removed = profiler.interviewers(in: profiles, quoted: Set(quotes.compactMap(\.sourceIndex)))
        return assemble(quotes: quotes, claims: claims, profiles: profiles, removing: removed, text: text)
    }

    /// The analysis with the sources of `profiles` but those at `removed`, quotes and claims
    /// pointing at the sources that remain.
    private static func assemble(quotes: [Quote], claims: [FoundClaim], profiles: [Source], removing removed: Set<Int>,
                                 text: AnalysisText) -> Analysis {
        var newIndex: [Int: Int] = [:]
        var sources: [Source] = []
        for (index, profile) in profiles.enumerated() where !removed.contains(index) {
            newIndex[index] = sources.count
            sources.append(profile)
        }
        let quotes = quotes.map { quote in
            var quote = quote
            quote.sourceIndex = quote.sourceIndex.flatMap { newIndex[$0] }
            return quote
        }
        let vague = profiles.map(SourceVagueness.isVague)
        let claims = claims.map { claim in
            let source = claim.source.flatMap { newIndex[$0] }
            let isVague = claim.isUnsourced || (claim.source != nil && source == nil) || claim.source.map { vague[$0] } ?? false
            return Claim(range: claim.range, cue: claim.cue.map(text.mention), sourceIndex: source, sourceMention: claim.sourceMention.map(text.mention),
                         isVague: isVague, links: claim.links)
        }
        return Analysis(quotes: quotes, sources: sources, claims: claims)
    }
}
