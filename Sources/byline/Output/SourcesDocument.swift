import BylineCore

/// The JSON form of an article's sources, claims and sourcing summary, as
/// `byline sources --json` prints it (see CONTRACT.md). Absent values are explicit nulls.
struct SourcesDocument: Encodable {
    let article: Article
    let analysis: Analysis

    private enum CodingKeys: String, CodingKey {
        case title, text, sources, claims, summary
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article.title, forKey: .title)
        try container.encode(article.text, forKey: .text)
        try container.encode(SourceDocument.documents(for: analysis), forKey: .sources)
        // One array of scalars for all claims: slicing it is constant time, where walking the
        // string to each claim's offset made the output quadratic in the article's length.
        let scalars = [Unicode.Scalar](scalarsOf: article.text)
        try container.encode(analysis.claims.map { ClaimDocument(claim: $0, analysis: analysis, scalars: scalars) }, forKey: .claims)
        try container.encode(SummaryDocument(summary: SourcingSummary(analysis)), forKey: .summary)
    }
}

/// The JSON form of one source.
struct SourceDocument: Encodable {
    let source: Source
    let quotes: Int
    let claims: Int

    /// One document per source of `analysis`, with how many quotes and claims rest on each.
    static func documents(for analysis: Analysis) -> [SourceDocument] {
        let quoteCounts = Dictionary(grouping: analysis.quotes.compactMap(\.sourceIndex), by: { $0 }).mapValues(\.count)
        let claimCounts = Dictionary(grouping: analysis.claims.compactMap(\.sourceIndex), by: { $0 }).mapValues(\.count)
        return analysis.sources.enumerated().map { index, source in
            SourceDocument(source: source, quotes: quoteCounts[index] ?? 0, claims: claimCounts[index] ?? 0)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case name, kind, `class`, role, affiliation, mentions, quotes, claims, vague
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source.name, forKey: .name)
        try container.encode(source.kind.rawValue, forKey: .kind)
        try container.encode(source.sourceClass.rawValue, forKey: .class)
        try container.encode(source.role, forKey: .role)
        try container.encode(source.affiliation, forKey: .affiliation)
        try container.encode(source.mentions.map(MentionDocument.init), forKey: .mentions)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(claims, forKey: .claims)
        try container.encode(SourceVagueness.isVague(source), forKey: .vague)
    }
}

/// The JSON form of one claim.
struct ClaimDocument: Encodable {
    let claim: Claim
    let analysis: Analysis
    /// The article's text, one element per Unicode scalar.
    let scalars: [Unicode.Scalar]

    private enum CodingKeys: String, CodingKey {
        case start, end, text, cue, source, sourceKind = "source_kind", vague, links
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claim.range.start, forKey: .start)
        try container.encode(claim.range.end, forKey: .end)
        try container.encode(scalars.string(in: claim.range), forKey: .text)
        try container.encode(claim.cue.map(MentionDocument.init), forKey: .cue)
        let source = analysis.source(at: claim.sourceIndex)
        try container.encode(source?.name ?? claim.sourceMention?.text, forKey: .source)
        try container.encode(source?.kind.rawValue ?? "unattributed", forKey: .sourceKind)
        try container.encode(claim.isVague, forKey: .vague)
        try container.encode(claim.links, forKey: .links)
    }
}

/// The JSON form of the sourcing summary.
struct SummaryDocument: Encodable {
    let summary: SourcingSummary

    private enum CodingKeys: String, CodingKey {
        case quotes, sources, namedSources = "named_sources", anonymousSources = "anonymous_sources"
        case vagueSources = "vague_sources", experts, officials, claims
        case claimsWithNamedSource = "claims_with_named_source", vagueClaims = "vague_claims"
        case namedSourceShare = "named_source_share"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summary.quotes, forKey: .quotes)
        try container.encode(summary.sources, forKey: .sources)
        try container.encode(summary.namedSources, forKey: .namedSources)
        try container.encode(summary.anonymousSources, forKey: .anonymousSources)
        try container.encode(summary.vagueSources, forKey: .vagueSources)
        try container.encode(summary.experts, forKey: .experts)
        try container.encode(summary.officials, forKey: .officials)
        try container.encode(summary.claims, forKey: .claims)
        try container.encode(summary.claimsWithNamedSource, forKey: .claimsWithNamedSource)
        try container.encode(summary.vagueClaims, forKey: .vagueClaims)
        try container.encode(summary.namedSourceShare, forKey: .namedSourceShare)
    }
}
