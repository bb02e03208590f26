import ArgumentParser
import BylineApp

/// `byline add`: reads, analyses and stores articles in the library.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles (files, folders, or - for standard input) to the library.",
        discussion: """
            Folders are searched recursively (hidden files are skipped). An article already in \
            the library (same URL, same file, or same text) is updated in place: it is \
            re-analysed and keeps its annotations, re-anchored in the new text. A file that \
            cannot be read is reported and skipped; the exit status is 1 only when nothing \
            could be added.
            """
    )

    @Argument(help: ArgumentHelp("Article files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(name: .long, help: "Print a JSON summary instead of a readable one.")
    var json = false

    @OptionGroup var input: InputOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            let files = try ArticleFiles.expand(paths)
            let pipeline = ImportPipeline(database: try library.openCreating(), options: input.reading)
            let messages = ImportMessages(label: "adding")
            let report = try pipeline.add(files, observer: messages)
            messages.finish()
            if json {
                try JSONOutput.print(report)
            } else {
                print(report.summary(libraryPath: library.path))
            }
            if report.added + report.updated == 0, report.failed > 0 { throw ExitCode.failure }
        }
    }
}
