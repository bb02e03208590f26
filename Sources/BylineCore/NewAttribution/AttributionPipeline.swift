/// The analysis of one article on the one word view: quotations, reported speech and their
/// speakers.
enum AttributionPipeline {
    /// The quotes of `text` with the sources that speak them.
    static func quotes(of text: AnalysisText) -> Analysis {
        let quotations = QuotationScanner.quotations(in: text)
        let words = ArticleWords(text, quotations: quotations)
        let directory = Directory(words: words)
        let found = QuoteFinder(words: words, quotations: quotations).attributions()
        var resolver = SpeakerResolver(words: words, directory: directory)
        let quotes = found.map { resolver.quote(for: $0, in: found) }
        var sources = resolver.sources
        for index in sources.indices { sources[index].mentions.sort { $0.range < $1.range } }
        return Analysis(quotes: quotes, sources: sources)
    }
}
