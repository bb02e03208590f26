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

/// Finds quotations and reported speech and attributes each to a speaker.
///
/// PLACEHOLDER (scaffold): finds nothing yet.
public enum QuoteAttributor {
    /// The quotes of `text`, with the sources that speak them.
    public static func attribute(_ text: AnalysisText) -> Analysis {
        Analysis()
    }
}

/// Completes each source's profile: kind, class, role and affiliation.
///
/// PLACEHOLDER (scaffold): leaves the sources as they are.
public enum SourceProfiler {
    /// Fills in the profiles of `analysis.sources` from the evidence in `text`.
    public static func profile(_ analysis: inout Analysis, in text: AnalysisText) {}
}

/// Finds the claims an article attributes, and those resting on vague or no sources.
///
/// PLACEHOLDER (scaffold): finds none yet.
public enum ClaimFinder {
    /// Appends the claims of `text` to `analysis`, adding sources (documents, groups) as needed.
    public static func findClaims(_ analysis: inout Analysis, in text: AnalysisText) {}
}
