import ArgumentParser
import BylineApp
import BylineCore
import BylineStore

/// `byline search`: full-text search of the library's articles.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library's articles (titles and text), best matches first.",
        discussion: """
            Every word is matched as a prefix, accents and case aside; all words must match. \
            Any text is accepted: quotes, stars and operators are treated as separators. A word \
            typed twice is looked up once, and at most 32 words are. A query starting with - \
            goes after --:
              byline search -- -word
            """
    )

    @Argument(help: ArgumentHelp("The words to look for.", valueName: "query"))
    var query: String

    @Option(name: .long, help: ArgumentHelp("At most this many articles.", valueName: "n"))
    var limit = 20

    @Flag(name: .long, help: "Print the results as one JSON document.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            let hits = try library.openExisting().searchArticles(query, limit: max(1, limit))
            if json {
                try JSONOutput.print(SearchDocument(query: query, articles: hits.map { ArticleSummaryDocument($0.summary, snippet: $0.snippet) }))
                return
            }
            if hits.isEmpty { print("No article matches \"\(TerminalText.line(query))\"."); return }
            for hit in hits {
                print("\(String(hit.summary.id).leftPadded(to: 5))  \(PrintableText.title(hit.summary.title))")
                let byline = PrintableText.byline(site: hit.summary.site, published: hit.summary.published)
                if !byline.isEmpty { print("       \(byline)") }
                print("       \(TerminalText.line(hit.snippet))")
            }
        }
    }
}

/// `byline search --json`.
private struct SearchDocument: Encodable {
    let query: String
    let articles: [ArticleSummaryDocument]
}
