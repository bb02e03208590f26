import ArgumentParser
import BylineStore

/// Library-wide quote search: the options and the output shared by `byline quotes --search`
/// and, until the merge, the standalone `byline quote-search`.
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
        let quotes = try library.open().searchQuotes(request)
        if json {
            try JSONOutput.print(QuoteSearchDocument(query: query, quotes: quotes.map(LibraryQuoteDocument.init)))
            return
        }
        if quotes.isEmpty { print("No quote matches \"\(PrintableText.line(query))\"."); return }
        for quote in quotes {
            print("“\(PrintableText.line(quote.snippet ?? quote.text))”")
            let source = PrintableText.title(quote.article.title) + " [\(quote.article.id)]"
            print("    — \(PrintableText.speaker(quote.speaker)) · \(source)")
        }
    }
}

/// `byline quote-search QUERY`: the library quote search as its own command until it is folded
/// into `byline quotes --search QUERY`.
struct QuoteSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote-search",
        abstract: "Search the quotations of the whole library (words or speaker), best first."
    )

    @Argument(help: ArgumentHelp("The words to look for (in the quote or its speaker's name).", valueName: "query"))
    var query: String

    @Flag(name: .long, help: "Print the quotes as one JSON document.")
    var json = false

    @OptionGroup var search: LibraryQuoteSearch

    func run() throws {
        try Failure.exitingOnError { try search.run(query: query, json: json) }
    }
}

/// The JSON of a library quote search.
private struct QuoteSearchDocument: Encodable {
    let query: String
    let quotes: [LibraryQuoteDocument]
}
