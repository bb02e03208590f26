/// Finds who said what in an article: quotations and their speakers, the sources' profiles,
/// and the claims the article attributes.
public enum ArticleAnalyzer {
    /// Analyses `article`. Pure and deterministic; linear in the length of the text.
    public static func analyze(_ article: Article) -> Analysis {
        let text = AnalysisText(article)
        var analysis = QuoteAttributor.attribute(text)
        SourceProfiler.profile(&analysis, in: text)
        ClaimFinder.findClaims(&analysis, in: text)
        return analysis
    }
}
