/// Completes each source's profile: kind, class, role and affiliation.
///
/// PLACEHOLDER (scaffold): leaves the sources as they are.
public enum SourceProfiler {
    /// Fills in the profiles of `analysis.sources` from the evidence in `text`.
    public static func profile(_ analysis: inout Analysis, in text: AnalysisText) {}
}
