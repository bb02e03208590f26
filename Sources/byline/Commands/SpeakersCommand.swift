import ArgumentParser
import BylineCore
import BylineStore

/// `byline speakers`: who the library quotes most.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the sources the library quotes most, with role, affiliation and counts."
    )

    @Option(name: .long, help: ArgumentHelp("Only sources of this class (expert, official, journalist, …).", valueName: "class"))
    var `class`: SourceClassChoice?

    @Option(name: .long, help: ArgumentHelp("At most this many sources.", valueName: "n"))
    var limit = 50

    @Flag(name: .long, help: "Print the sources as one JSON document.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            let speakers = try library.open().speakers(class: `class`?.sourceClass, limit: max(1, limit))
            if json {
                try JSONOutput.print(["speakers": speakers.map(SpeakerSummaryDocument.init)])
                return
            }
            if speakers.isEmpty { print("No quoted sources yet."); return }
            for entry in speakers {
                let counts = "\(entry.quoteCount) quote\(entry.quoteCount == 1 ? "" : "s") in \(entry.articleCount) article\(entry.articleCount == 1 ? "" : "s")"
                print("\(String(entry.quoteCount).leftPadded(to: 5))  \(PrintableText.speaker(entry.speaker))")
                print("       \(entry.speaker.sourceClass.rawValue) · \(counts)")
            }
        }
    }
}

/// The JSON form of a source with its counts.
struct SpeakerSummaryDocument: Encodable {
    let name: String
    let kind: String
    let `class`: String
    let role: String?
    let affiliation: String?
    let quotes: Int
    let articles: Int

    init(_ summary: SpeakerSummary) {
        name = summary.speaker.name
        kind = summary.speaker.kind.rawValue
        `class` = summary.speaker.sourceClass.rawValue
        role = summary.speaker.role
        affiliation = summary.speaker.affiliation
        quotes = summary.quoteCount
        articles = summary.articleCount
    }

    private enum CodingKeys: String, CodingKey { case name, kind, `class`, role, affiliation, quotes, articles }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(`class`, forKey: .class)
        try container.encode(role, forKey: .role)
        try container.encode(affiliation, forKey: .affiliation)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(articles, forKey: .articles)
    }
}

/// `--class`'s choices: the source classes of CONTRACT.md.
enum SourceClassChoice: String, ExpressibleByArgument, CaseIterable {
    case expert, official, journalist, media, organization, document, anonymous, other

    var sourceClass: Source.Class { Source.Class(rawValue: rawValue)! }
}
