import ArgumentParser
import BylineApp
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
            let speakers = try library.openExisting().speakers(class: `class`?.sourceClass, limit: max(1, limit))
            if json {
                try JSONOutput.print(["speakers": speakers.map(SpeakerSummaryDocument.init)])
                return
            }
            if speakers.isEmpty { print("No quoted sources yet."); return }
            for entry in speakers {
                let counts = "\(Quantity.phrase(entry.quoteCount, "quote")) in \(Quantity.phrase(entry.articleCount, "article"))"
                print("\(String(entry.quoteCount).leftPadded(to: 5))  \(PrintableText.speaker(entry.speaker))")
                print("       \(entry.speaker.sourceClass.rawValue) · \(counts)")
            }
        }
    }
}

/// The JSON form of a source with its counts: the speaker's fields, then `quotes` and `articles`.
struct SpeakerSummaryDocument: Encodable {
    let summary: SpeakerSummary

    init(_ summary: SpeakerSummary) { self.summary = summary }

    private enum CodingKeys: String, CodingKey { case quotes, articles }

    func encode(to encoder: Encoder) throws {
        try SpeakerDocument(summary.speaker).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summary.quoteCount, forKey: .quotes)
        try container.encode(summary.articleCount, forKey: .articles)
    }
}

/// `--class`'s choices: the source classes of CONTRACT.md.
enum SourceClassChoice: String, ExpressibleByArgument, CaseIterable {
    case expert, official, journalist, media, organization, document, anonymous, other

    var sourceClass: Source.Class { Source.Class(rawValue: rawValue)! }
}
