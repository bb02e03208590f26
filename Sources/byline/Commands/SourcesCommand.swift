import ArgumentParser
import BylineCore
import Foundation

/// `byline sources`: who an article cites, what it attributes to them, and how well sourced it is.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List an article's sources, its claims and a sourcing summary.",
        discussion: """
            Every source (person, organisation, medium, document, group) with its class, role \
            and affiliation; every claim the article attributes, with its source, flagged vague \
            when it rests on a vague source or none. With --json, prints one document as in \
            CONTRACT.md; --plain makes `text` exactly the input's own text.
            """
    )

    @Argument(help: ArgumentHelp("The article file, or - for standard input.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Print the sources and claims as one JSON document.")
    var json = false

    @Flag(name: .long, help: "Keep the input's text exactly as it is, so that offsets index the file itself.")
    var plain = false

    @OptionGroup var input: InputOptions

    func run() throws {
        try Failure.exitingOnError {
            let article = try ArticleLoading.load(file, options: input, plain: plain)
            let analysis = ArticleAnalyzer.analyze(article)
            if json {
                try JSONOutput.print(SourcesDocument(article: article, analysis: analysis))
            } else {
                let listing = ReadableSources(article: article, analysis: analysis, width: OutputWidth.current)
                FileHandle.standardOutput.write(Data(listing.rendered.utf8))
            }
        }
    }
}
