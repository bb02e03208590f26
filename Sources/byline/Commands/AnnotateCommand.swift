import ArgumentParser
import BylineApp
import BylineCore
import BylineStore

/// `byline annotate ID --quote WORDS`: highlights words of an article, with a note and tags.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Highlight words of an article in the library, with a note, tags and a colour.",
        discussion: """
            The highlight is anchored the way hypothes.is anchors annotations (the exact words \
            with 32 characters of context, and their position), so it survives re-imports and \
            re-analysis; when its words disappear it becomes an orphan, listed by `byline notes`.
            """
    )

    @Argument(help: ArgumentHelp("The article's id (from `byline list`).", valueName: "id"))
    var id: Int64

    @Option(name: .long, help: ArgumentHelp("The words to highlight, as they appear in the article.", valueName: "words"))
    var quote: String

    @Option(name: .long, help: ArgumentHelp("A note, in Markdown.", valueName: "text"))
    var note = ""

    @Option(name: .long, help: ArgumentHelp("A tag (repeat for several).", valueName: "tag"))
    var tag: [String] = []

    @Option(name: .long, help: ArgumentHelp("A highlight colour (a name or #rrggbb).", valueName: "colour"))
    var color: String?

    @Flag(name: .long, help: "Print the annotation as W3C JSON-LD.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard quote.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw ValidationError("--quote needs the words to highlight")
        }
    }

    func run() throws {
        try Failure.exitingOnError {
            let annotation = try library.openExisting().annotate(AnnotationRequest(articleId: id, quote: quote, note: note, tags: tag, color: color))
            if json {
                try JSONOutput.print(WebAnnotation(annotation))
                return
            }
            let position = annotation.anchor.position
            print("Annotation \(annotation.id) on article \(id): “\(TerminalText.line(annotation.anchor.quote.exact))” (\(position.start)–\(position.end))")
        }
    }
}
