import ArgumentParser
import BylineApp
import BylineCore
import BylineStore

/// `byline speaker NAME`: everything one source said across the library.
struct SpeakerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker",
        abstract: "Show everything one source said across the library, newest first.",
        discussion: "The name is matched exactly (case and accents aside), else by its words (\"Okafor\")."
    )

    @Argument(help: ArgumentHelp("The source's name.", valueName: "name"))
    var name: String

    @Flag(name: .long, help: "Print the source and its quotations as one JSON document.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            guard let profile = try library.openExisting().speaker(named: name) else {
                throw SpeakerNotFound(name: name)
            }
            if json {
                try JSONOutput.print(SpeakerProfileDocument(profile))
                return
            }
            let summary = profile.summary
            print(PrintableText.speaker(summary.speaker))
            print("\(summary.speaker.sourceClass.rawValue) · \(Quantity.phrase(summary.quoteCount, "quote")) in \(Quantity.phrase(summary.articleCount, "article"))")
            var lastArticle: Int64?
            for quote in profile.quotes {
                if quote.article.id != lastArticle {
                    lastArticle = quote.article.id
                    let byline = PrintableText.byline(site: quote.article.site, published: quote.article.published)
                    print("\n\(PrintableText.title(quote.article.title)) [\(quote.article.id)]" + (byline.isEmpty ? "" : " · \(byline)"))
                    if let role = quote.speaker?.role { print("  as \(TerminalText.line(role))") }
                }
                print("  " + QuotePresentation.text(TerminalText.line(quote.text), kind: quote.kind))
            }
        }
    }
}

/// No source matches a name.
struct SpeakerNotFound: Error, CustomStringConvertible {
    let name: String
    var description: String { "no source named \"\(TerminalText.line(name))\" in the library" }
}

/// `byline speaker --json`: the speaker's fields, their counts and every quotation.
struct SpeakerProfileDocument: Encodable {
    let profile: SpeakerProfile

    init(_ profile: SpeakerProfile) { self.profile = profile }

    private enum CodingKeys: String, CodingKey {
        case quotes
        case quoteCount = "quote_count"
        case articleCount = "article_count"
    }

    func encode(to encoder: Encoder) throws {
        try SpeakerDocument(profile.summary.speaker).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(profile.summary.quoteCount, forKey: .quoteCount)
        try container.encode(profile.summary.articleCount, forKey: .articleCount)
        try container.encode(profile.quotes.map(LibraryQuoteDocument.init), forKey: .quotes)
    }
}
