import ArgumentParser
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
            text into another, in one process:
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
                FileHandle.standardOutput.write(Data(ReadableArticle(article: article, width: OutputWidth.current).rendered.utf8))
            }
        }
    }
}

/// Loads one article from a path with the shared input options, reporting repaired input.
enum ArticleLoading {
    /// Reads the file at `path` (or standard input for `-`). With `plain`, the article's text is
    /// the input's own decoded text, unnormalised. Warnings about repaired input go to stderr.
    static func load(_ path: String, options: InputOptions, plain: Bool) throws -> Article {
        let name = path == "-" ? InputFile.standardInputName : path
        let bytes = try InputFile.load(path, limit: options.maxSize)
        let article: Article
        do {
            article = plain ? try PlainTextReader.verbatim(bytes) : try ArticleReader.read(bytes, options: options.readerOptions)
        } catch {
            throw LoadFailure(name: name, reason: error.description)
        }
        article.warnings.forEach { Failure.warn($0, about: name) }
        return article
    }

    /// A file that was found but could not be read as an article.
    struct LoadFailure: Error, CustomStringConvertible {
        let name: String
        let reason: String
        var description: String { "\(name): \(reason)" }
    }
}

/// Batch mode of `byline read`: every `*.html` in one folder to `<name>.txt` in another.
struct BatchReader {
    let inputDirectory: String
    let outputDirectory: String
    let input: InputOptions

    func run() throws {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: inputDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFile.LoadError.missing(inputDirectory)
        }
        try files.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        let names = try files.contentsOfDirectory(atPath: inputDirectory).filter { $0.hasSuffix(".html") }.sorted()
        var failed = 0
        for name in names {
            let path = (inputDirectory as NSString).appendingPathComponent(name)
            let target = (outputDirectory as NSString).appendingPathComponent(String(name.dropLast(5)) + ".txt")
            do {
                let bytes = try InputFile.load(path, limit: input.maxSize)
                let article = try ArticleReader.read(bytes, options: input.readerOptions)
                try Data(article.text.utf8).write(to: URL(fileURLWithPath: target))
            } catch {
                failed += 1
                Failure.report("\(name): \(error)")
                try? Data().write(to: URL(fileURLWithPath: target))
            }
        }
        if failed > 0 { Failure.report("\(failed) of \(names.count) pages could not be read") }
    }
}
