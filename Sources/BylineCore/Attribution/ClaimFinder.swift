/// Finds the claims an article attributes, and those resting on vague or no sources.
///
/// PLACEHOLDER (scaffold): finds none yet.
public enum ClaimFinder {
    /// Appends the claims of `text` to `analysis`, adding sources (documents, groups) as needed.
    public static func findClaims(_ analysis: inout Analysis, in text: AnalysisText) {}
}
