import ArgumentParser
import BylineApp
import BylineCore
import Foundation

/// `byline read`: one article as clean text or JSON, or a whole folder of pages in batch.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read an article (plain text or HTML) and print its clean body.",
        discussion: """
            Without --json, prints the title, site and date and the body wrapped for reading. \
            With --json, prints the article as in CONTRACT.md. --plain makes `text` exactly the \
            input's own text, so that offsets index the file itself.

            Batch mode reads every *.html file in a folder and writes <name>.txt with the body \
            text into another, in one process, on every core; a urls.tsv in the folder \
            (name<TAB>url lines) gives each page's address for resolving links:
              byline read --batch pages/ --out bodies/
            """
    )

    @Argument(help: ArgumentHelp("The article file, or - for standard input.", valueName: "file"))
    var file: String?

    @Flag(name: .long, help: "Print the article as one JSON document.")
    var json = false

    @Flag(name: .long, help: "Keep the input's text exactly as it is (no normalising, no boilerplate removal).")
    var plain = false

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Read every *.html page in this folder (batch mode).", valueName: "dir"))
    var batch: String?

    @Option(name: .long, help: ArgumentHelp("Where batch mode writes <name>.txt files.", valueName: "dir"))
    var out: String?

    func validate() throws {
        if batch != nil {
            guard out != nil else { throw ValidationError("--batch needs --out DIR") }
            guard file == nil else { throw ValidationError("give either a file or --batch, not both") }
        } else {
            guard file != nil else { throw ValidationError("missing the article file (or - for standard input)") }
            guard out == nil else { throw ValidationError("--out is for --batch") }
        }
    }

    func run() throws {
        try Failure.exitingOnError {
            if let batch, let out {
                try BatchReader(inputDirectory: batch, outputDirectory: out, input: input).run()
                return
            }
            let path = file ?? "-"
            let article = try ArticleLoading.load(path, options: input, plain: plain)
            if json {
                try JSONOutput.print(ArticleDocument(article: article))
            } else {
                var output = BufferedOutput()
                ReadableArticle(article: article, width: OutputWidth.current).write { output.write($0) }
                output.flush()
            }
        }
    }
}

/// Loads one article from a path with the shared input options, reporting repaired input.
enum ArticleLoading {
    /// Reads the file at `path` (or standard input for `-`). With `plain`, the article's text is
    /// the input's own decoded text, unnormalised. Warnings about repaired input go to stderr.
    static func load(_ path: String, options: InputOptions, plain: Bool) throws -> Article {
        let loaded = try LoadedArticle.load(path, options: options.reading, verbatim: plain)
        loaded.article.warnings.forEach { Failure.warn($0, about: loaded.name) }
        return loaded.article
    }
}
