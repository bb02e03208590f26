import BylineCore
import BylineStore

/// The JSON form of an article's quotes, as `byline quotes --json` prints it (see CONTRACT.md).
struct QuotesDocument: Encodable {
    let title: String?
    let text: String
    let quotes: [QuoteDocument]

    init(article: Article, analysis: Analysis) {
        title = article.title
        text = article.text
        let scalars = [Unicode.Scalar](scalarsOf: article.text)
        quotes = analysis.quotes.map { QuoteDocument($0, analysis: analysis, scalars: scalars) }
    }

    private enum CodingKeys: String, CodingKey { case title, text, quotes }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(quotes, forKey: .quotes)
    }
}

/// The JSON form of one quote, with explicit nulls.
struct QuoteDocument: Encodable {
    let start: Int
    let end: Int
    let text: String
    let kind: String
    let cue: MentionDocument?
    let speaker: SpeakerDocument?

    init(_ quote: Quote, analysis: Analysis, scalars: [Unicode.Scalar]) {
        start = quote.range.start
        end = quote.range.end
        text = scalars.string(in: quote.range)
        kind = quote.kind.rawValue
        cue = quote.cue.map(MentionDocument.init)
        speaker = analysis.source(at: quote.sourceIndex).map { SpeakerDocument($0, mention: quote.speakerMention) }
    }

    private enum CodingKeys: String, CodingKey { case start, end, text, kind, cue, speaker }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(cue, forKey: .cue)
        try container.encode(speaker, forKey: .speaker)
    }
}

/// The JSON form of a speaker, with the fields CONTRACT.md gives a quote's speaker. A speaker
/// read from an article also lists the words naming it there (`mention`, possibly null); one
/// from the library, where no single mention applies, leaves `mention` out.
struct SpeakerDocument: Encodable {
    let name: String
    let kind: String
    let `class`: String
    let role: String?
    let affiliation: String?
    let mention: MentionDocument?
    let listsMention: Bool

    init(_ source: Source, mention: Mention?) {
        name = source.name
        kind = source.kind.rawValue
        `class` = source.sourceClass.rawValue
        role = source.role
        affiliation = source.affiliation
        self.mention = mention.map(MentionDocument.init)
        listsMention = true
    }

    init(_ speaker: SpeakerReference) {
        name = speaker.name
        kind = speaker.kind.rawValue
        `class` = speaker.sourceClass.rawValue
        role = speaker.role
        affiliation = speaker.affiliation
        mention = nil
        listsMention = false
    }

    private enum CodingKeys: String, CodingKey { case name, mention, kind, `class`, role, affiliation }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if listsMention { try container.encode(mention, forKey: .mention) }
        try container.encode(kind, forKey: .kind)
        try container.encode(`class`, forKey: .class)
        try container.encode(role, forKey: .role)
        try container.encode(affiliation, forKey: .affiliation)
    }
}

/// The JSON form of words in the text: `{"text", "start", "end"}`.
struct MentionDocument: Encodable {
    let text: String
    let start: Int
    let end: Int

    init(_ mention: Mention) {
        text = mention.text
        start = mention.range.start
        end = mention.range.end
    }
}
