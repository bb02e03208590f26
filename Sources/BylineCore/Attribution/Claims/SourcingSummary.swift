/// How well an article sources what it says: how many quotes, named versus anonymous or
/// vague sources, experts and officials, and the share of claims that rest on a named source.
public struct SourcingSummary: Hashable, Sendable, Codable {
    /// Quotations and reported statements.
    public var quotes: Int
    /// Distinct sources.
    public var sources: Int
    /// Sources a reader can identify (people, organisations, specific documents, named media).
    public var namedSources: Int
    /// Sources left unnamed on purpose ("a senior official who asked not to be named").
    public var anonymousSources: Int
    /// Other unnamed sources ("experts", "recent media reports").
    public var vagueSources: Int
    /// Sources of the expert class.
    public var experts: Int
    /// Sources of the official class.
    public var officials: Int
    /// Attributed or vaguely sourced statements.
    public var claims: Int
    /// Claims that rest on a named source.
    public var claimsWithNamedSource: Int
    /// Claims flagged vague.
    public var vagueClaims: Int

    /// The share of claims with a named source, from 0 to 1; nil when there are no claims.
    public var namedSourceShare: Double? {
        claims == 0 ? nil : Double(claimsWithNamedSource) / Double(claims)
    }

    /// Summarises `analysis`.
    public init(_ analysis: Analysis) {
        let vague = analysis.sources.map(SourceVagueness.isVague)
        quotes = analysis.quotes.count
        sources = analysis.sources.count
        namedSources = vague.filter { !$0 }.count
        anonymousSources = analysis.sources.filter { $0.sourceClass == .anonymous }.count
        vagueSources = sources - namedSources - anonymousSources
        experts = analysis.sources.filter { $0.sourceClass == .expert }.count
        officials = analysis.sources.filter { $0.sourceClass == .official }.count
        claims = analysis.claims.count
        claimsWithNamedSource = analysis.claims.filter { claim in
            guard let index = claim.sourceIndex, vague.indices.contains(index) else { return false }
            return !vague[index]
        }.count
        vagueClaims = analysis.claims.filter(\.isVague).count
    }
}
