/// Finds quotations and reported speech and attributes each to a speaker.
///
/// PLACEHOLDER (scaffold): finds nothing yet.
public enum QuoteAttributor {
    /// The quotes of `text`, with the sources that speak them.
    public static func attribute(_ text: AnalysisText) -> Analysis {
        Analysis()
    }
}
