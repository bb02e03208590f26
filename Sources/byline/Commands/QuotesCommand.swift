import ArgumentParser
import BylineCore
import Foundation

/// `byline quotes`: who said what in one article.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List an article's quotations and reported speech, with their speakers.",
        discussion: """
            Without --json, prints each quote under its speaker and role. With --json, prints the \
            quotes as in CONTRACT.md. --plain analyses the input's own text, so that offsets index \
            the file itself.
            """
    )

    @Argument(help: ArgumentHelp("The article file, or - for standard input.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Print the quotes as one JSON document.")
    var json = false

    @Flag(name: .long, help: "Keep the input's text exactly as it is (no normalising, no boilerplate removal).")
    var plain = false

    @OptionGroup var input: InputOptions

    func run() throws {
        try Failure.exitingOnError {
            let article = try ArticleLoading.load(file, options: input, plain: plain)
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
