import BylineApp
import BylineCore

/// An article's quotes laid out for reading: one entry per quote, the speaker and role first,
/// then the quoted words, wrapped to the width.
struct ReadableQuotes {
    let article: Article
    let analysis: Analysis
    let width: Int

    /// The text to print; every piece of article text in it is normalised first.
    var rendered: String {
        var lines: [String] = []
        if let title = article.title { lines.append(contentsOf: WordWrapper.wrap(TerminalText.line(title), width: width)) }
        lines.append(Quantity.phrase(analysis.quotes.count, "quote"))
        let scalars = [Unicode.Scalar](scalarsOf: article.text)
        for quote in analysis.quotes {
            lines.append("")
            lines.append(contentsOf: WordWrapper.wrap(heading(for: quote), width: width))
            let words = TerminalText.line(scalars.string(in: quote.range))
            lines.append(contentsOf: WordWrapper.wrap(QuotePresentation.text(words, kind: quote.kind), width: width - 2).map { "  " + $0 })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(for quote: Quote) -> String {
        let kind = quote.kind == .direct ? "" : " (\(quote.kind.rawValue))"
        guard let source = analysis.source(at: quote.sourceIndex) else { return "[no speaker]" + kind }
        let profile = [source.role, source.affiliation].compactMap { $0 }.joined(separator: ", ")
        return TerminalText.line(source.name) + (profile.isEmpty ? "" : ", " + TerminalText.line(profile)) + ":" + kind
    }
}
