import ArgumentParser
import BylineStore

/// `byline speaker NAME`: everything one source said across the library.
struct SpeakerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker",
        abstract: "Show everything one source said across the library, newest first.",
        discussion: "The name is matched exactly (case and accents aside), else by its words (\"Stanton\")."
    )

    @Argument(help: ArgumentHelp("The source's name.", valueName: "name"))
    var name: String

    @Flag(name: .long, help: "Print the source and its quotations as one JSON document.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            guard let profile = try library.open().speaker(named: name) else {
                throw SpeakerNotFound(name: name)
            }
            if json {
                try JSONOutput.print(SpeakerProfileDocument(profile))
                return
            }
            let summary = profile.summary
            print(PrintableText.speaker(summary.speaker))
            print("\(summary.speaker.sourceClass.rawValue) · \(summary.quoteCount) quotes in \(summary.articleCount) articles")
            var lastArticle: Int64?
            for quote in profile.quotes {
                if quote.article.id != lastArticle {
                    lastArticle = quote.article.id
                    let byline = PrintableText.byline(site: quote.article.site, published: quote.article.published)
                    print("\n\(PrintableText.title(quote.article.title)) [\(quote.article.id)]" + (byline.isEmpty ? "" : " · \(byline)"))
                    if let role = quote.speaker?.role { print("  as \(PrintableText.line(role))") }
                }
                print("  “\(PrintableText.line(quote.text))”")
            }
        }
    }
}

/// No source matches a name.
struct SpeakerNotFound: Error, CustomStringConvertible {
    let name: String
    var description: String { "no source named \"\(PrintableText.line(name))\" in the library" }
}

/// `byline speaker --json`.
struct SpeakerProfileDocument: Encodable {
    let name: String
    let kind: String
    let `class`: String
    let role: String?
    let affiliation: String?
    let quoteCount: Int
    let articleCount: Int
    let quotes: [LibraryQuoteDocument]

    init(_ profile: SpeakerProfile) {
        let speaker = profile.summary.speaker
        name = speaker.name
        kind = speaker.kind.rawValue
        `class` = speaker.sourceClass.rawValue
        role = speaker.role
        affiliation = speaker.affiliation
        quoteCount = profile.summary.quoteCount
        articleCount = profile.summary.articleCount
        quotes = profile.quotes.map(LibraryQuoteDocument.init)
    }

    private enum CodingKeys: String, CodingKey {
        case name, kind, `class`, role, affiliation, quotes
        case quoteCount = "quote_count"
        case articleCount = "article_count"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(`class`, forKey: .class)
        try container.encode(role, forKey: .role)
        try container.encode(affiliation, forKey: .affiliation)
        try container.encode(quoteCount, forKey: .quoteCount)
        try container.encode(articleCount, forKey: .articleCount)
        try container.encode(quotes, forKey: .quotes)
    }
}
