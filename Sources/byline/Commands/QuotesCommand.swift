import ArgumentParser
import BylineCore
import Foundation

/// `byline quotes`: who said what in one article, or, with `--search`, in the whole library.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List an article's quotations with their speakers, or search the library's quotes.",
        discussion: """
            Without --json, prints each quote under its speaker and role. With --json, prints the \
            quotes as in CONTRACT.md. --plain analyses the input's own text, so that offsets index \
            the file itself.

            With --search QUERY instead of a file, searches the quotations of the whole library \
            (words of the quote or its speaker's name; the last word may be a prefix), best first:
              byline quotes --search "no limits"
              byline quotes --search inflation --class expert --site "The Ledger"
            """
    )

    @Argument(help: ArgumentHelp("The article file, or - for standard input.", valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Search the quotes of the whole library instead of reading a file.", valueName: "query"))
    var search: String?

    @Flag(name: .long, help: "Print the quotes as one JSON document.")
    var json = false

    @Flag(name: .long, help: "Keep the input's text exactly as it is (no normalising, no boilerplate removal).")
    var plain = false

    @OptionGroup var input: InputOptions

    @OptionGroup(title: "Library search (with --search)") var librarySearch: LibraryQuoteSearch

    func validate() throws {
        switch (file, search) {
        case (nil, nil): throw ValidationError("give an article file (or - for standard input), or --search QUERY")
        case (.some, .some): throw ValidationError("give either an article file or --search, not both")
        default: break
        }
    }

    func run() throws {
        try Failure.exitingOnError {
            if let search {
                try librarySearch.run(query: search, json: json)
                return
            }
            let article = try ArticleLoading.load(file ?? "-", options: input, plain: plain)
            let analysis = ArticleAnalyzer.analyze(article)
            if json {
                try JSONOutput.print(QuotesDocument(article: article, analysis: analysis))
            } else {
                let listing = ReadableQuotes(article: article, analysis: analysis, width: OutputWidth.current)
                FileHandle.standardOutput.write(Data(listing.rendered.utf8))
            }
        }
    }
}
