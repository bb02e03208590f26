import BylineApp
import BylineCore

/// An article's sources, claims and sourcing summary laid out for reading in a pipe or a
/// terminal. Everything printed has passed through `TextNormalizer`.
struct ReadableSources {
    let article: Article
    let analysis: Analysis
    let width: Int

    /// The text to print.
    var rendered: String {
        var lines: [String] = []
        if let title = article.title { lines += WordWrapper.wrap(TerminalText.line(title), width: width) + [""] }
        lines.append("SOURCES (\(analysis.sources.count))")
        let quoteCounts = Dictionary(grouping: analysis.quotes.compactMap(\.sourceIndex), by: { $0 }).mapValues(\.count)
        let claimCounts = Dictionary(grouping: analysis.claims.compactMap(\.sourceIndex), by: { $0 }).mapValues(\.count)
        for (index, source) in analysis.sources.enumerated() {
            let profile = [source.role, source.affiliation].compactMap { $0.map(TerminalText.line) }.joined(separator: ", ")
            var line = "• " + TerminalText.line(source.name) + " [" + Self.standing(source) + "]"
            if !profile.isEmpty { line += " " + profile }
            line += " — " + Quantity.phrase(quoteCounts[index] ?? 0, "quote") + ", " + Quantity.phrase(claimCounts[index] ?? 0, "claim")
            lines += indented(WordWrapper.wrap(line, width: width - 2))
        }
        lines += ["", "CLAIMS (\(analysis.claims.count))"]
        let scalars = [Unicode.Scalar](scalarsOf: article.text)
        let kinds = Self.quoteKinds(analysis)
        for claim in analysis.claims {
            let words = QuotePresentation.text(TerminalText.line(scalars.string(in: claim.range)), kind: kinds[claim.range] ?? .indirect)
            let source = analysis.source(at: claim.sourceIndex)?.name ?? claim.sourceMention?.text ?? "no source"
            let flag = claim.isVague ? " (vague)" : ""
            lines += indented(WordWrapper.wrap("• " + TerminalText.line(source) + flag + ": " + words, width: width - 2))
        }
        let summary = SourcingSummary(analysis)
        let share = summary.namedSourceShare.map { " (\(Int(($0 * 100).rounded()))%)" } ?? ""
        lines += [
            "",
            "SUMMARY",
            "  \(Quantity.phrase(summary.quotes, "quote")); \(Quantity.phrase(summary.sources, "source")): \(summary.namedSources) named, "
                + "\(summary.anonymousSources) anonymous, \(summary.vagueSources) vague; "
                + "\(Quantity.phrase(summary.experts, "expert")), \(Quantity.phrase(summary.officials, "official"))",
            "  \(Quantity.phrase(summary.claims, "claim")), \(summary.claimsWithNamedSource) with a named source\(share), \(summary.vagueClaims) vague",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A source's class, then its kind when that says more: "official", "official, group"
    /// (a group of officials), "media" for a medium (never "media, media"), "organization"
    /// for an organisation quoted as such.
    static func standing(_ source: Source) -> String {
        let sourceClass = source.sourceClass.rawValue
        let kind = source.kind.rawValue
        return source.kind == .person || kind == sourceClass ? sourceClass : sourceClass + ", " + kind
    }

    /// The kind of the quote whose words are exactly a claim's; a claim that is no quote's
    /// words (reported speech, "according to", a finding) is the writer's and shown as reported.
    private static func quoteKinds(_ analysis: Analysis) -> [TextRange: Quote.Kind] {
        Dictionary(analysis.quotes.map { ($0.range, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    private func indented(_ lines: [String]) -> [String] {
        lines.enumerated().map { $0.offset == 0 ? $0.element : "    " + $0.element }
    }
}
