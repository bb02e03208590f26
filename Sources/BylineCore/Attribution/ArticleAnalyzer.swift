/// Finds who said what in an article: quotations and their speakers, the sources' profiles,
/// and the claims the article attributes.
public enum ArticleAnalyzer {
    /// Analyses `article`. Pure and deterministic; linear in the length of the text.
    public static func analyze(_ article: Article) -> Analysis {
        let text = AnalysisText(article)
        var analysis = AttributionPipeline.quotes(of: text)
        // The source and claim stages read the same words: scan the sentences once for both.
        let words = SentenceWords(text)
        SourceProfiler.profile(&analysis, words: words)
        ClaimFinder.findClaims(&analysis, words: words)
        return analysis
    }
}
