import ArgumentParser
import BylineApp
import BylineCore
import BylineStore

/// Library-wide quote search, `byline quotes --search QUERY`: its filters and its output.
struct LibraryQuoteSearch: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only quotes by a source whose name contains these words.", valueName: "name"))
    var speaker: String?

    @Option(name: .long, help: ArgumentHelp("Only quotes by sources of this class (expert, official, …).", valueName: "class"))
    var `class`: SourceClassChoice?

    @Option(name: .long, help: ArgumentHelp("Only quotes from articles of this site.", valueName: "site"))
    var site: String?

    @Option(name: .long, help: ArgumentHelp("At most this many quotes.", valueName: "n"))
    var limit = 20

    @OptionGroup var library: LibraryOptions

    /// Runs the search for `query` and prints the quotes, readable or as JSON.
    func run(query: String, json: Bool) throws {
        let request = QuoteQuery(text: query, speaker: speaker, sourceClass: `class`?.sourceClass, site: site, limit: max(1, limit))
        let quotes = try library.openExisting().searchQuotes(request)
        if json {
            try JSONOutput.print(QuoteSearchDocument(query: query, quotes: quotes.map(LibraryQuoteDocument.init)))
            return
        }
        if quotes.isEmpty { print("No quote matches \"\(TerminalText.line(query))\"."); return }
        for quote in quotes {
            print(QuotePresentation.text(TerminalText.line(quote.snippet ?? quote.text), kind: quote.kind))
            let source = PrintableText.title(quote.article.title) + " [\(quote.article.id)]"
            print("    — \(PrintableText.speaker(quote.speaker)) · \(source)")
        }
    }
}

/// The JSON of a library quote search.
private struct QuoteSearchDocument: Encodable {
    let query: String
    let quotes: [LibraryQuoteDocument]
}
